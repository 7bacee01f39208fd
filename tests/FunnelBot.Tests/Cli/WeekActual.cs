using System.Text.Json;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

/// <summary>A metric's actual of a week as <c>report --json</c> prints it (null: nothing entered).</summary>
public static class WeekActual
{
    public static async Task<decimal?> ReadAsync(CliRun cli, string metric, string week)
    {
        using var json = await ReportJsonTests.ReportAsync(cli, week);
        var actual = json.RootElement.GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("key").GetString() == metric)
            .GetProperty("week").GetProperty("actual");
        return actual.ValueKind == JsonValueKind.Null ? null : actual.GetDecimal();
    }
}

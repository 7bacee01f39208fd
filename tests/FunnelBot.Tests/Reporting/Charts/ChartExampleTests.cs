using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting.Charts;
using FunnelBot.TelegramBot.Digest;

namespace FunnelBot.Tests.Reporting.Charts;

/// <summary>
/// Renders the example chart from the test team's database, end to end. To refresh <c>docs/chart-example.png</c>:
/// <c>FUNNELBOT_CHART_EXAMPLE=$PWD/docs/chart-example.png dotnet test tests/FunnelBot.Tests --filter "FullyQualifiedName~ChartExample"</c>;
/// without the variable the file goes to a temp folder.
/// </summary>
public sealed class ChartExampleTests : IClassFixture<ChartTeamDatabase>
{
    private readonly ChartTeamDatabase _team;

    public ChartExampleTests(ChartTeamDatabase team)
    {
        _team = team;
    }

    [Fact]
    public void Render_TeamDatabaseWeek48_WritesA1080x1350Png()
    {
        var path = Environment.GetEnvironmentVariable("FUNNELBOT_CHART_EXAMPLE") is { Length: > 0 } wanted
            ? wanted
            : Path.Combine(Path.GetTempPath(), $"funnelbot-chart-example-{Guid.NewGuid():N}.png");
        var configuration = _team.Configuration;
        var chart = new DigestChart(_team.Scorecards, new ChartDataFromInput(configuration), new DigestChartRenderer(), new DigestFocus(configuration));

        File.WriteAllBytes(path, chart.Render(DigestKind.Weekly, new IsoWeek(2026, 48), CultureInfo.GetCultureInfo("ru-RU"))!);

        using var image = PngImage.Decode(File.ReadAllBytes(path));
        Assert.Equal((1080, 1350), (image.Width, image.Height));
    }
}

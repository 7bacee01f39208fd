using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Worked;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Worked;

/// <summary>The <c>Countermeasures</c> section, checked at start: each problem one line naming its setting, exit 2.</summary>
public sealed class CountermeasureSettingsTests
{
    [Fact]
    public async Task RunBot_BadCountermeasureSettings_StopsWithTwoNamingEachSetting()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9"; // never reached: the start stops first
        cli.Environment["FUNNELBOT_Countermeasures__FollowWeeks"] = "0";
        cli.Environment["FUNNELBOT_Countermeasures__ImprovedBy"] = "1.5";

        var result = await cli.Run().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "Countermeasures.FollowWeeks: 0 is not a number of weeks from 1 to 26",
                "Countermeasures.ImprovedBy: 1.5 is not a fraction above 0 and at most 1 (0.1 is 10 percentage points of attainment)",
            ],
            result.Error.Trim().Split('\n', StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData(1, "0.05")]
    [InlineData(26, "1")]
    public void Validate_WithinBounds_Accepted(int weeks, string improvedBy)
    {
        var options = new CountermeasureOptions { FollowWeeks = weeks, ImprovedBy = decimal.Parse(improvedBy, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.True(new CountermeasureOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Defaults_FourWeeksAndTenPoints()
    {
        Assert.Equal((4, 0.1m), (new CountermeasureOptions().FollowWeeks, new CountermeasureOptions().ImprovedBy));
    }
}

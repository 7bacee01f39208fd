using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FunnelBot.Domain.Periods;
using FunnelBot.SandboxMode;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Digest;

/// <summary>
/// The weekly digest of the shipped configuration over the sandbox's demo data (a typical week: some metrics red, two
/// off plan for three weeks, a cause with its task, an absent member) fits a phone: under 1 500 characters as the
/// channel shows them.
/// </summary>
public sealed partial class DemoDigestLengthTests
{
    private const int PhoneLimit = 1500;

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void WeeklyDigest_ShippedTeamAndDemoData_UnderFifteenHundredCharacters(string language)
    {
        var configuration = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "funnelbot.json")))!.AsObject();
        using var services = TestServices.Build(configuration, new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        Assert.NotNull(DemoDataSeeder.SeedIfEmpty(services.Services, new IsoWeek(2026, 49)));

        var digest = services.Service<DigestComposer>().Compose(DigestKind.Weekly, new IsoWeek(2026, 48), new DateOnly(2026, 11, 30), BotTexts.CultureOf(language));

        var shown = WebUtility.HtmlDecode(Tags().Replace(digest.Html, string.Empty));
        Assert.True(shown.Length < PhoneLimit, $"{shown.Length} characters:\n{shown}");
        Assert.Contains(language == "ru" ? "Требует внимания" : "Needs attention", shown, StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

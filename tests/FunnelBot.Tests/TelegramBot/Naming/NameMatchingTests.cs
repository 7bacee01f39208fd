using FunnelBot.Domain.Naming;

namespace FunnelBot.Tests.TelegramBot.Naming;

/// <summary>The pure name matching behind every command's metric and member names: no host, no team file.</summary>
public sealed class NameMatchingTests
{
    private static readonly IReadOnlyList<NameCandidate<string>> Metrics =
    [
        new("ad_clicks", ["ad_clicks", "Клики по рекламе", "Ad clicks"]),
        new("revenue", ["revenue", "Выручка", "Revenue"]),
        new("calls", ["calls", "Проведённые звонки", "Calls held"]),
        new("leads", ["leads", "Лиды", "Leads"]),
        new("qualified", ["qualified", "Квалифицированные лиды", "Qualified leads"]),
    ];

    [Theory]
    [InlineData("ad_clicks", "ad_clicks")]
    [InlineData("AD_CLICKS", "ad_clicks")]
    [InlineData("Клики по рекламе", "ad_clicks")]
    [InlineData("клики  по   рекламе", "ad_clicks")]
    [InlineData("клики", "ad_clicks")]
    [InlineData("рекл", "ad_clicks")]
    [InlineData("ad clicks", "ad_clicks")]
    [InlineData("«Выручка»", "revenue")]
    [InlineData("проведенные звонки", "calls")]
    [InlineData("ЗВОНКИ", "calls")]
    [InlineData("calls held", "calls")]
    public void Match_KeyNamePrefixCaseAndYo_FindsTheOne(string typed, string expected)
    {
        var match = NameMatching.Match(typed, Metrics);

        Assert.Equal(expected, match.One);
    }

    [Fact]
    public void Match_WholeNameBeatsPrefixesOfOthers()
    {
        // «Лиды» is a whole name of leads and the start of a word of «Квалифицированные лиды».
        var match = NameMatching.Match("лиды", Metrics);

        Assert.Equal("leads", match.One);
        Assert.True(match.Exact);
    }

    [Fact]
    public void Match_PrefixOfSeveral_IsAmbiguousWithAll()
    {
        var match = NameMatching.Match("лид", Metrics);

        Assert.Equal(["leads", "qualified"], match.Found);
        Assert.False(match.IsUnique);
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("кликипо")]
    public void Match_Nothing_IsNone(string typed) => Assert.True(NameMatching.Match(typed, Metrics).IsNone);

    [Fact]
    public void Leading_MultiWordNameBeforeArguments_TakesTheLongestExactName()
    {
        var leading = NameMatching.Leading("клики по рекламе 16.11 120", Metrics, wordsAfter: 2);

        Assert.Equal("ad_clicks", leading.Match.One);
        Assert.Equal("клики по рекламе", leading.Typed);
        Assert.Equal("16.11 120", leading.Rest);
    }

    [Fact]
    public void Leading_PrefixWordBeforeArguments_LeavesTheRest()
    {
        var leading = NameMatching.Leading("выручка 2026-12 5000000 к празднику", Metrics, wordsAfter: 2);

        Assert.Equal("revenue", leading.Match.One);
        Assert.Equal("2026-12 5000000 к празднику", leading.Rest);
    }

    [Fact]
    public void Leading_QuotedName_IsTakenWhole()
    {
        var leading = NameMatching.Leading("«Квалифицированные лиды» 2026-W47 12", Metrics, wordsAfter: 2);

        Assert.Equal("qualified", leading.Match.One);
        Assert.Equal("2026-W47 12", leading.Rest);
    }

    [Fact]
    public void Leading_Unknown_IsTheWordsBeforeTheArguments()
    {
        var leading = NameMatching.Leading("xyz 2026-W47 12", Metrics, wordsAfter: 2);

        Assert.True(leading.Match.IsNone);
        Assert.Equal("xyz", leading.Typed);
        Assert.Equal("2026-W47 12", leading.Rest);
        var words = NameMatching.Leading("клики по рекламе 2026-12 300 к празднику", Metrics.Skip(1).ToList(), wordsAfter: 2);
        Assert.Equal("клики по рекламе", words.Typed);
        Assert.Equal("2026-12 300 к празднику", words.Rest);
    }

    [Fact]
    public void Leading_AmbiguousPrefix_KeepsAllItMatched()
    {
        var leading = NameMatching.Leading("лид 2026-W47 12", Metrics, wordsAfter: 2);

        Assert.Equal(["leads", "qualified"], leading.Match.Found);
        Assert.Equal("2026-W47 12", leading.Rest);
    }

    [Theory]
    [InlineData("Ёлка  Зелёная_Ветка ", "елка зеленая ветка")]
    [InlineData("AD_CLICKS", "ad clicks")]
    public void Normalize_LowerCaseYoAndSpaces(string text, string expected) => Assert.Equal(expected, NameMatching.Normalize(text));
}

using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Documents;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// One table of bad values, each given at every entry point a value has: the check-in's answer, <c>/edit</c>,
/// <c>/plan set</c> and a data file sent in the chat. Every entry point refuses it with the same words in the member's
/// language (what was wrong, then what is expected for that metric's unit) and stores nothing.
/// </summary>
public sealed class ValueEntryTableTests : IClassFixture<ValueEntryTableTests.RussianTeam>
{
    private const string ExpectCount = "Нужно целое число, 0 или больше, например ";
    private const string ExpectMoney = "Нужна сумма, 0 или больше, не больше двух знаков после запятой, например ";
    private const string ExpectPercent = "Нужно число от 0 до 100, не больше двух знаков после запятой, например ";
    private static readonly string TenThousand = new('9', 10_000);
    private readonly RussianTeam _team;

    public ValueEntryTableTests(RussianTeam team)
    {
        _team = team;
    }

    /// <summary>
    /// The metric, what is typed, what every entry point says is wrong (the bound of every value, <c>{limit}</c>, written as
    /// the chat or the file writes numbers), and the start of what it says is expected (the example follows the convention).
    /// </summary>
    public static TheoryData<string, string, string, string> BadValues => new()
    {
        { "leads", "abc", "«abc» — не число.", ExpectCount },
        { "leads", "１２", "«１２»: наберите обычные цифры 0–9.", ExpectCount }, // full-width digits
        { "leads", "١٢", "«١٢»: наберите обычные цифры 0–9.", ExpectCount }, // Arabic-Indic digits
        { "leads", "1e309", "«1e309» — не число.", ExpectCount },
        { "ad_spend", "NaN", "«NaN» — не число.", ExpectMoney },
        { "leads", "0x10", "«0x10» — не число.", ExpectCount },
        { "leads", "1\u200F2", "есть невидимые символы (так бывает при копировании): наберите число заново.", ExpectCount }, // right-to-left mark
        { "leads", "1\u200B000", "есть невидимые символы (так бывает при копировании): наберите число заново.", ExpectCount }, // zero-width space
        { "leads", TenThousand, "Слишком длинно для числа.", ExpectCount },
        { "leads", "-0", "«-0»: значение не может быть отрицательным.", ExpectCount },
        { "ad_spend", "-5", "«-5»: значение не может быть отрицательным.", ExpectMoney },
        { "leads", "100000000000000000000", "«100000000000000000000» — слишком большое число: значение не может быть больше {limit}.", ExpectCount }, // 10^20
        { "open_rate", "100000000000000000000", "«100000000000000000000» — слишком большое число: значение не может быть больше {limit}.", ExpectPercent },
        { "leads", "12%", "«12%»: метрика «Лиды» не в процентах, введите число без «%».", ExpectCount },
        { "leads", "12 ₽", "«12 ₽»: метрика «Лиды» не в деньгах, введите число без валюты.", ExpectCount },
        { "open_rate", "12 руб", "«12 руб»: метрика «Открываемость» не в деньгах, введите число без валюты.", ExpectPercent },
        { "leads", "2.5", "«2.5»: метрика «Лиды» считается в целых числах.", ExpectCount },
        { "ad_spend", "1.2345", "«1.2345»: после запятой можно не больше двух знаков.", ExpectMoney },
        { "open_rate", "101", "«101»: процент не может быть больше 100.", ExpectPercent },
        { "open_rate", "12.3456", "«12.3456»: после запятой можно не больше двух знаков.", ExpectPercent },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task BadValue_AtEveryEntryPoint_SameRefusalNothingStored(string metric, string typed, string wrong, string expected)
    {
        var checkIn = await AnswerInCheckInAsync(metric, typed);
        var edit = await _team.Bot.SayAsync(_team.Maria, $"/edit {metric} 2026-W47 {typed}");
        var plan = await _team.Bot.SayAsync(_team.Maria, $"/plan set {metric} 2026-03 {typed}");
        var file = await _team.Bot.SendFileAsync(_team.Maria, "факты.csv", DocumentChat.Csv(false, "metric,week,value", $"{metric},2026-W47,{typed}"));

        var inChat = wrong.Replace("{limit}", "1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0000", StringComparison.Ordinal);
        var inFile = wrong.Replace("{limit}", "1000000000000000", StringComparison.Ordinal); // as files write numbers
        Assert.All([checkIn, edit, plan], reply => Assert.Contains(inChat + "\n" + expected, reply.Text, StringComparison.Ordinal));
        Assert.Contains("строка 2: " + (wrong.StartsWith('«') ? inFile : string.Empty), file.Text, StringComparison.Ordinal);
        Assert.Contains(inFile + " " + expected, file.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("процент должен", checkIn.Text + edit.Text + plan.Text + file.Text, StringComparison.OrdinalIgnoreCase);
        Assert.All([edit, plan, file], reply => Assert.Null(reply.ReplyMarkup));
        Assert.Equal(0, _team.Bot.Service<WeeklyValueStore>().Count());
        Assert.Equal(0, _team.Bot.Service<PlanStore>().Count());
    }

    /// <summary>Starts Anna's check-in, skips to <paramref name="metric"/>'s question and answers it.</summary>
    private async Task<ChatMessage> AnswerInCheckInAsync(string metric, string typed)
    {
        var bot = _team.Bot;
        var anna = _team.Anna;
        var position = Array.IndexOf(RussianTeam.AnnasMetrics, metric) + 1;
        var before = bot.LastMessageId(anna.Id);
        await bot.Driver.SendTextAsync(anna.Id, "/checkin");
        var question = await bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > before && m.Text?.Contains("(1 из 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        for (var skipped = 1; skipped < position; skipped++)
        {
            question = await bot.PressAsync(anna, "Пропустить");
        }

        Assert.Contains($"({position} из 4)", question.Text, StringComparison.Ordinal);
        var reply = await bot.SayAsync(anna, typed);
        Assert.Contains($"({position} из 4)", reply.Text, StringComparison.Ordinal); // asked again
        return reply;
    }

    /// <summary>One bot for the whole table: a team in Russian, Anna (who owns four metrics) and Maria (the manager) joined.</summary>
    public sealed class RussianTeam : IAsyncLifetime
    {
        public static readonly string[] AnnasMetrics = ["leads", "ad_spend", "open_rate", "qualified"];

        public BotTestHost Bot { get; private set; } = null!;

        public SandboxUser Anna { get; private set; } = null!;

        public SandboxUser Maria { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var configuration = TestTeam.Configuration(locale: "ru");
            configuration["Members"]![0]!["Locale"] = "ru";
            Bot = await BotTestHost.StartAsync(configuration);
            Anna = await Bot.JoinAsync("anna_ads", "Анна", "ru");
            Maria = await Bot.JoinAsync("maria_lead", "Мария", "ru");
        }

        public async Task DisposeAsync() => await Bot.DisposeAsync();
    }
}

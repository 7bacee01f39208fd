using System.Text.Json.Nodes;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.AbTests;

/// <summary>
/// <c>/ab</c> through the emulator on a fake clock: a test started on Monday 9 November 2026 (week 46), fed over three
/// weeks and read; who may start, feed and finish one; bad input refused with nothing changed. The numbers add up to
/// Fisher's tea-tasting table (3 of 4 against 1 of 4: two-sided p = 34/70 = 0.4857) and, for the finished test, to
/// Calcugator's worked example (4 of 4 against 2 of 7: two-sided p = 0.0606), see <see cref="AbTestStatisticsTests"/>.
/// </summary>
public sealed class AbTestCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 9, 9, 0, 0, TimeSpan.Zero);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        var configuration = TestTeam.Configuration();
        configuration["AbTests"] = new JsonObject { ["MinimumPerVariant"] = 5, ["MinimumDetectableLift"] = 0.2 };

        // The clock jumps a week at a time: a prompt made due by a jump would be taken for a reply.
        _bot = await BotTestHost.StartAsync(FunnelBot.Tests.Scheduling.ScheduleTestHost.DisabledSchedule(configuration), Monday);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private AbTestStore Tests => _bot.Service<AbTestStore>();

    [Fact]
    public async Task AbTest_StartedFedOverThreeWeeks_CardShowsTheWorkedExample()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var created = await _bot.SayAsync(anna, "/ab new Subject <line>; leads -> qualified; Old subject; Question in subject");

        Assert.Contains("A/B test started.", created.Text, StringComparison.Ordinal);
        Assert.Contains("A/B test #1: Subject &lt;line&gt;", created.RawText, StringComparison.Ordinal);
        Assert.Contains("Compares «Leads» → «Qualified leads»; owner: Anna", created.Text, StringComparison.Ordinal);
        var stored = Assert.Single(Tests.All());
        Assert.Equal(("leads", "qualified", "Old subject", "Question in subject", "anna", "2026-11-09"),
            (stored.TrialMetric, stored.ConversionMetric, stored.VariantA, stored.VariantB, stored.Owner, stored.Start));

        var first = await _bot.SayAsync(anna, "/ab add 1 2026-W46 1 1 2 0");
        Assert.Contains("Numbers for", first.Text, StringComparison.Ordinal);
        _bot.Time.Advance(TimeSpan.FromDays(7));
        await _bot.SayAsync(anna, "/ab add #1 16/11/2026 2 1 1 1");
        _bot.Time.Advance(TimeSpan.FromDays(7));
        var card = await _bot.SayAsync(anna, "/ab add 1 2026-W48 1 1 1 0");

        Assert.Contains("A «Old subject»: 3 of 4 converted, 75%", card.Text, StringComparison.Ordinal);
        Assert.Contains("B «Question in subject»: 1 of 4 converted, 25%", card.Text, StringComparison.Ordinal);
        Assert.Contains("Numbers for 3 weeks.", card.Text, StringComparison.Ordinal);
        Assert.Contains("Fisher's exact test, two-sided: p = 0.4857", card.Text, StringComparison.Ordinal);

        // Beta(2, 4) against Beta(4, 2): P(B > A) = 13/126 = 10.32 %; the expected losses 0.0137 (choosing A) and 0.3470.
        Assert.Contains("Probability that «Question in subject» converts better than «Old subject»: 10.32%", card.Text, StringComparison.Ordinal);
        Assert.Contains("choosing «Old subject» 1.37%, choosing «Question in subject» 34.7%", card.Text, StringComparison.Ordinal);

        // 75 % against 90 % (a 20 % lift): 99.5, so 100 a variant; 96 more at 4 in 3 weeks is 72 weeks.
        Assert.Contains("Sample to see a 20% lift over A: 100 per variant; 96 more, about 72 weeks at the current volume.", card.Text, StringComparison.Ordinal);
        Assert.Contains("Verdict: none yet: wait until each variant has at least 5 in total.", card.Text, StringComparison.Ordinal);
        Assert.Contains("B2B counts are small", card.Text, StringComparison.Ordinal);
        Assert.Contains("Do not stop at the first good-looking week", card.Text, StringComparison.Ordinal);
        Assert.Equal(3, Tests.Weeks(1).Count);
        Assert.All(Tests.Weeks(1), w => Assert.Equal((ChangeSource.Chat, "anna"), (w.Source, w.By)));

        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");
        var russian = await _bot.SayAsync(ivan, "/ab 1");
        Assert.Contains("Точный тест Фишера, двусторонний: p = 0,4857", russian.Text, StringComparison.Ordinal);
        Assert.Contains("A «Old subject»: 3 из 4, конверсия 75\u00a0%", russian.Text, StringComparison.Ordinal);

        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var list = await _bot.SayAsync(maria, "/ab");
        Assert.Contains("#1 Subject <line>: «Leads» → «Qualified leads», running since 9 November", list.Text, StringComparison.Ordinal);
        var pressed = await _bot.PressAsync(maria, "#1 Subject <line>");
        Assert.Contains("p = 0.4857", pressed.Text, StringComparison.Ordinal);

        var before = _bot.LastMessageId(maria.Id);
        await _bot.Driver.SendTextAsync(maria.Id, "/digest");
        var photo = await _bot.Driver.WaitForMessageAsync(maria.Id, m => m.MessageId > before && m.Attachment is not null, BotTestHost.Timeout);
        var digest = string.Join("\n", _bot.Driver.BotMessages(maria.Id).Where(m => m.MessageId > before && m.MessageId < photo.MessageId).Select(m => m.Text));
        Assert.Contains("A/B tests running", digest, StringComparison.Ordinal);
        Assert.Contains("#1 Subject <line>: «Old subject» 75% (3 of 4), «Question in subject» 25% (1 of 4); B better with probability 10.32%; too early to tell", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AbTest_Finished_KeepsTheDecision_AndLeavesTheDigest()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(maria, "/ab new Landing page; leads -> qualified; Long; Short; @ivan_calls; 31/01/2027");
        Assert.Equal(("ivan", "2027-01-31"), (Tests.Find(1)!.Owner, Tests.Find(1)!.End));
        await _bot.SayAsync(maria, "/ab add 1 2026-W46 4 4 7 2");

        var finished = await _bot.SayAsync(maria, "/ab finish 1 Keep the long page");

        Assert.Contains("A/B test finished, the decision is kept.", finished.Text, StringComparison.Ordinal);
        Assert.Contains("p = 0.0606", finished.Text, StringComparison.Ordinal);
        Assert.Contains("Decision: Keep the long page", finished.Text, StringComparison.Ordinal);
        var kept = Assert.Single(Tests.Finished());
        Assert.Equal(("Keep the long page", "maria", AbTestStatus.Finished), (kept.Decision, kept.FinishedBy, kept.Status));
        Assert.Empty(Tests.Running());

        var again = await _bot.SayAsync(maria, "/ab add 1 2026-W46 4 4 7 3");
        Assert.Contains("Test #1 is finished. Nothing was stored.", again.Text, StringComparison.Ordinal);
        Assert.Equal(2, Tests.Weeks(1).Single().ConversionsB);
    }

    [Fact]
    public async Task AbTest_OnlyTheManagerOrAnOwner_StartsFeedsAndFinishes()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");
        var sergey = await _bot.JoinAsync("sergey_sales", "Sergey");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var notHis = await _bot.SayAsync(ivan, "/ab new Subject; leads -> qualified; Old; New");
        Assert.Contains("Ни одна из этих метрик не ваша", notHis.Text, StringComparison.Ordinal);
        var observer = await _bot.SayAsync(sergey, "/ab new Subject; leads -> qualified; Old; New");
        Assert.Contains("A/B tests are started by the manager or by a metric's owner. Nothing was stored.", observer.Text, StringComparison.Ordinal);
        Assert.Empty(Tests.All());

        await _bot.SayAsync(anna, "/ab new Subject; leads -> qualified; Old; New");
        var feed = await _bot.SayAsync(ivan, "/ab add 1 2026-W46 10 1 10 2");
        Assert.Contains("Тест #1 меняет ответственный (Anna) или руководитель. Ничего не сохранено.", feed.Text, StringComparison.Ordinal);
        var finish = await _bot.SayAsync(sergey, "/ab finish 1 Keep it");
        Assert.Contains("Test #1 is changed by its owner (Anna) or the manager.", finish.Text, StringComparison.Ordinal);
        Assert.Empty(Tests.Weeks(1));
        Assert.Equal(AbTestStatus.Running, Tests.Find(1)!.Status);
    }

    [Fact]
    public async Task AbTest_BadInput_ClearMessage_NothingChanged()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var unknown = await _bot.SayAsync(anna, "/ab new Subject; clicks -> qualified; Old; New");
        Assert.Contains("No metric is called «clicks». Counts that can be compared: leads, qualified, calls. Nothing was stored.", unknown.Text, StringComparison.Ordinal);
        var money = await _bot.SayAsync(anna, "/ab new Subject; ad_spend -> qualified; Old; New");
        Assert.Contains("The metric «Ad spend» is not a count", money.Text, StringComparison.Ordinal);
        var shape = await _bot.SayAsync(anna, "/ab new Subject; leads qualified; Old; New");
        Assert.Contains("is not a conversion", shape.Text, StringComparison.Ordinal);
        Assert.Empty(Tests.All());

        await _bot.SayAsync(anna, "/ab new Subject; leads -> qualified; Old; New");
        var more = await _bot.SayAsync(anna, "/ab add 1 2026-W46 10 11 10 2");
        Assert.Contains("Variant «Old» would convert 11 of 10: conversions cannot exceed the total. Nothing was stored.", more.Text, StringComparison.Ordinal);
        var negative = await _bot.SayAsync(anna, "/ab add 1 2026-W46 10 1 -10 2");
        Assert.Contains("-10", negative.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", negative.Text, StringComparison.Ordinal);
        var fraction = await _bot.SayAsync(anna, "/ab add 1 2026-W46 10 1.5 10 2");
        Assert.Contains("1.5", fraction.Text, StringComparison.Ordinal);
        var before = await _bot.SayAsync(anna, "/ab add 1 2026-W45 10 1 10 2");
        Assert.Contains("lies outside test #1. Nothing was stored.", before.Text, StringComparison.Ordinal);
        var future = await _bot.SayAsync(anna, "/ab add 1 2026-W47 10 1 10 2");
        Assert.Contains("has not come yet. Nothing was stored.", future.Text, StringComparison.Ordinal);
        var missing = await _bot.SayAsync(anna, "/ab add 1 2026-W46 10 1 10");
        Assert.Contains("four numbers", missing.Text, StringComparison.Ordinal);
        var noTest = await _bot.SayAsync(anna, "/ab add 7 2026-W46 10 1 10 2");
        Assert.Contains("There is no A/B test «7».", noTest.Text, StringComparison.Ordinal);

        Assert.Empty(Tests.Weeks(1));
        Assert.Single(Tests.All());
    }
}

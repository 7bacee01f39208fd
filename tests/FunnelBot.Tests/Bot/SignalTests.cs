using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// Signal or noise through the emulator (docs/scorecard.md, "Signal or noise"): <c>/status &lt;metric&gt;</c>, the
/// check-in's why question and the digest's "needs attention" say whether a week is routine or exceptional against the
/// natural process limits of the 12 weeks before it. "Today" is Friday 27 November 2026 (W48).
/// </summary>
public sealed class SignalTests : IAsyncLifetime
{
    /// <summary>
    /// The hand-worked example of the Domain's <c>XmrChartTests</c>: X̄ = 120 / 12 = 10, moving ranges summing to 22 over
    /// 11, mR̄ = 2, natural limits 10 ± 2.66 x 2 = 4.68 to 15.32, written to a tenth towards the centre: 4.7 to 15.3.
    /// </summary>
    private static readonly decimal[] Example = [9m, 10m, 12m, 6m, 6m, 8m, 13m, 12m, 10m, 11m, 12m, 11m];
    private static readonly IsoWeek Week48 = new(2026, 48);
    private static readonly ChangeAuthor Author = new("test", ChangeSource.Cli);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WeeklyValueStore Values => _bot.Service<WeeklyValueStore>();

    /// <summary>The example in the 12 weeks before <paramref name="week"/>.</summary>
    private void SetExampleBefore(string metric, IsoWeek week)
    {
        for (var i = 0; i < Example.Length; i++)
        {
            Values.Set(new WeeklyValue(metric, week.AddWeeks(i - Example.Length), Example[i]), Author);
        }
    }

    [Fact]
    public async Task Status_Metric_ExceptionalWeek_SaysWhichLimitWithTheWindowByDates()
    {
        SetExampleBefore("leads", Week48);
        Values.Set(new WeeklyValue("leads", Week48, 16m), Author);
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/status leads");

        Assert.Contains("Signal or noise", reply.Text, StringComparison.Ordinal);
        Assert.Contains(
            "Week 23–29 November: 16, above the natural limit 15.3. Nothing like it in the 12 weeks before: worth finding out what happened.",
            reply.Text, StringComparison.Ordinal);
        Assert.Contains("Natural limits from the 12 weeks before 23 November: 4.7 to 15.3, mean 10.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("W36", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Metric_RoutineWeek_InRussian()
    {
        SetExampleBefore("qualified", Week48);
        Values.Set(new WeeklyValue("qualified", Week48, 15m), Author);
        var anna = await _bot.JoinAsync("anna_ads", "Anna", "ru");

        var reply = await _bot.SayAsync(anna, "/status qualified");

        Assert.Contains("Сигнал или шум", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Неделя 23–29 ноября: 15 — обычный разброс, в пределах естественных границ.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Границы по 12 неделям до 23 ноября: от 4,7 до 15,3, среднее 10.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Metric_WeekStillWithoutValue_JudgesTheWeekBefore_AndSaysHowManyWeeksHadValues()
    {
        // 2026-W47 judged against W35..W46, where W40 has no value: 11 values, 10 + 10 + ... with one 16.
        foreach (var back in Enumerable.Range(1, 12).Where(back => back != 7))
        {
            Values.Set(new WeeklyValue("leads", new IsoWeek(2026, 47).AddWeeks(-back), 10m), Author);
        }

        Values.Set(new WeeklyValue("leads", new IsoWeek(2026, 47), 10m), Author);
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/status leads");

        // A flat history: both limits on the mean, 10 is routine.
        Assert.Contains("Week 16–22 November: 10, routine variation, within the natural limits.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Natural limits from the 12 weeks before 16 November (11 of them with values): 10 to 10, mean 10.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Metric_TooFewWeeks_NoLimitsNoGuess()
    {
        foreach (var week in new[] { 44, 45, 46, 47 })
        {
            Values.Set(new WeeklyValue("calls", new IsoWeek(2026, week), 40m), Author);
        }

        Values.Set(new WeeklyValue("calls", Week48, 400m), Author);
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/status calls");

        Assert.Contains("Week 23–29 November: no limits yet. Values in the 12 weeks before 23 November: 4; at least 6 are needed.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("natural limit", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", "Why is Leads below plan: 3 against 10 (30%)?", "Nothing like this in the 12 weeks before: the value is below the natural limit 4.7.")]
    [InlineData("7", "Why is Leads below plan: 7 against 10 (70%)?", "This is within the usual spread of the 12 weeks before: 4.7 to 15.3.")]
    public async Task CheckIn_WhyQuestion_SaysWhetherTheWeekIsRoutineOrExceptional(string typed, string question, string signal)
    {
        SetExampleBefore("leads", Week48);
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), Author); // 10 a week
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        var why = await _bot.SayAsync(anna, typed);

        Assert.Contains(question, why.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n" + signal, why.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_WhatWorkedQuestion_InRussian_SaysTheValueIsAboveTheNaturalLimit()
    {
        SetExampleBefore("leads", Week48);
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), Author);
        var anna = await _bot.JoinAsync("anna_ads", "Anna", "ru");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Лиды (1 из 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        var worked = await _bot.SayAsync(anna, "30");

        Assert.Contains("выше плана — 30 при плане 10", worked.Text, StringComparison.Ordinal);
        Assert.Contains("Такого не было за 12 недель: значение выше естественной границы 15,3.", worked.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_NeedsAttention_NamesTheExceptionalWeek_BesideThreeWeeksOffPlan()
    {
        var plans = _bot.Service<PlanStore>();
        plans.Set(PlanEntry.ForMonth("calls", new YearMonth(2026, 10), 50m), Author); // 5 weeks: 10 a week
        plans.Set(PlanEntry.ForMonth("calls", new YearMonth(2026, 11), 40m), Author); // 4 weeks: 10 a week
        var week47 = new IsoWeek(2026, 47);

        // Calls held W35..W46: 12, 10, 11, 9, 12, 10, 11, 9, 12, 10, 8, 8: X̄ = 122 / 12; ranges 2, 1, 2, 3, 2, 1, 2, 3, 2, 2, 0
        // = 20 / 11; the lower limit is 122 / 12 - 2.66 x 20 / 11 = 5.33, written 5.4 (a tenth, towards the centre). W45 8, W46 8 and W47 2 are red: off plan
        // three weeks running, and W47's 2 is below the natural limit.
        decimal[] calls = [12m, 10m, 11m, 9m, 12m, 10m, 11m, 9m, 12m, 10m, 8m, 8m];
        for (var i = 0; i < calls.Length; i++)
        {
            Values.Set(new WeeklyValue("calls", week47.AddWeeks(i - calls.Length), calls[i]), Author);
        }

        Values.Set(new WeeklyValue("calls", week47, 2m), Author);

        // Qualified leads, no plan (never red): the example before W47, then 16, above 15.32.
        SetExampleBefore("qualified", week47);
        Values.Set(new WeeklyValue("qualified", week47, 16m), Author);
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var before = _bot.LastMessageId(maria.Id);

        await _bot.Driver.SendTextAsync(maria.Id, "/digest");
        var attention = await _bot.Driver.WaitForMessageAsync(
            maria.Id, m => m.MessageId > before && m.Text?.Contains("Needs attention", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        var lines = attention.Text!.Split('\n');
        var callsLine = Assert.Single(lines, line => line.Contains("Calls held:", StringComparison.Ordinal));
        Assert.Contains("🔴 Calls held: 2 of 10 (20%), off plan three weeks running; week 16–22 November below the natural limit 5.4 · Ivan", callsLine, StringComparison.Ordinal);
        var qualifiedLine = Assert.Single(lines, line => line.Contains("Qualified leads:", StringComparison.Ordinal));
        Assert.Equal("⚪ Qualified leads: 16, no plan, week 16–22 November above the natural limit 15.3 · Anna", qualifiedLine);
        Assert.DoesNotContain("three weeks", qualifiedLine, StringComparison.Ordinal);
    }
}

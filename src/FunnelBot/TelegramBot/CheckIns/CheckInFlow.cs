using System.Globalization;
using System.Security.Cryptography;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Runs the pure check-in step for a member: loads the state and facts, applies the step, and turns its effects
/// and replies into writes and messages of the update's response.
/// </summary>
public sealed class CheckInFlow
{
    private readonly CheckInStore _store;
    private readonly CheckInQuestions _questions;
    private readonly CheckInEffects _effects;
    private readonly CheckInRenderer _renderer;

    public CheckInFlow(CheckInStore store, CheckInQuestions questions, CheckInEffects effects, CheckInRenderer renderer)
    {
        _store = store;
        _questions = questions;
        _effects = effects;
        _renderer = renderer;
    }

    public CheckInState? Open(string member) => _store.Find(member) is { IsOpen: true } state ? state : null;

    /// <summary>Starts (or re-enters) the member's check-in for the week in their private chat.</summary>
    public void Start(TeamMember member, long chatId, CultureInfo culture, IsoWeek week, BotResponse response) =>
        Start(member, chatId, week, _questions.For(member.Key, week, culture), response);

    /// <summary>Starts it with the questions already built, in the context's culture (a prompt round builds them once per member).</summary>
    public void Start(TeamMember member, long chatId, IsoWeek week, CheckInContext context, BotResponse response)
    {
        var outcome = CheckInConversation.Start(NewConversationId(), member.Key, week, context);
        response.Write(() => _store.Save(outcome.State));
        if (context.Questions.Count == 0)
        {
            response.SendHtml(chatId, BotTexts.Html("checkin.no_metrics", context.Culture));
        }

        var intro = context.Questions.Count == 0 ? null : _renderer.Intro(outcome.State, context, context.Culture);
        _renderer.Render(outcome, context, new CheckInReplyTarget(chatId), context.Culture, response, intro: intro);
    }

    /// <summary>Feeds one input to the member's open check-in.</summary>
    public void Continue(
        TeamMember member, CheckInState state, CheckInInput input, CheckInReplyTarget target, CultureInfo culture, BotResponse response, string? typed = null)
    {
        var metrics = state.MetricKeys.Select(_questions.Metric).OfType<MetricDefinition>().ToList();
        var context = _questions.For(member.Key, metrics, state.Week, culture);
        var outcome = CheckInConversation.Step(state, input, context);
        response.Write(() =>
        {
            _effects.Apply(member, outcome.Effects, response);
            _store.Save(outcome.State);
        });
        var after = Apply(context, outcome.Effects);
        _renderer.Render(outcome, after, target, culture, response, typed);
    }

    /// <summary>The context as it will be once the step's values are stored (for the summary's figures).</summary>
    private static CheckInContext Apply(CheckInContext context, IReadOnlyList<CheckInEffect> effects)
    {
        if (effects.Count == 0)
        {
            return context;
        }

        var stored = effects.OfType<CheckInEffect.StoreValue>().ToDictionary(e => e.Metric, e => e.Value);
        return context with
        {
            Questions = [.. context.Questions.Select(q => stored.TryGetValue(q.Metric.Key, out var value) ? q with { CurrentValue = value } : q)],
        };
    }

    private static string NewConversationId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
}

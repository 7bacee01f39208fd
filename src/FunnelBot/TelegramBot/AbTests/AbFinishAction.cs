using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// <c>/ab finish &lt;test&gt; &lt;decision&gt;</c>: the owner or the manager ends a running test with the decision taken
/// (which variant stays and why). The decision is kept with the test, for "what worked" to list
/// (<see cref="AbTestStore.Finished"/>).
/// </summary>
public sealed class AbFinishAction
{
    public const int MaxDecisionLength = 300;
    private readonly AbTestStore _tests;
    private readonly AbTestRenderer _renderer;
    private readonly TeamConfiguration _team;

    public AbFinishAction(AbTestStore tests, AbTestRenderer renderer, TeamConfiguration team)
    {
        _tests = tests;
        _renderer = renderer;
        _team = team;
    }

    public void Handle(BotRequest request, BotResponse response, string arguments)
    {
        var culture = request.Culture;
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            response.SendHtml(request.ChatId, Usage(culture));
            return;
        }

        if (AbTestNumber.Find(parts[0], _tests) is not { } test)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("ab.unknown_test", culture, parts[0]));
            return;
        }

        var refusal = !AbTestAccess.MayChange(request.RequiredMember, test)
            ? BotTexts.Html("ab.not_yours", culture, test.Id, _team.FindMember(test.Owner)?.DisplayName ?? test.Owner)
            : test.Status != AbTestStatus.Running
                ? BotTexts.Html("ab.already_finished", culture, test.Id)
                : parts[1].Length > MaxDecisionLength ? BotTexts.Html("ab.decision_too_long", culture, MaxDecisionLength) : null;
        if (refusal is not null)
        {
            response.SendHtml(request.ChatId, refusal);
            return;
        }

        var who = request.RequiredMember.Key;
        response.Write(() =>
        {
            var finished = _tests.Finish(test.Id, parts[1], who);
            response.SendHtml(request.ChatId, BotTexts.Html("ab.finished", culture, new HtmlFragment(_renderer.Card(finished, culture))));
        });
    }

    public static string Usage(CultureInfo culture) => BotTexts.Html("ab.finish_usage", culture);
}

using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Naming;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Naming;

/// <summary>One button of a name choice: its label and what it puts in the name's place.</summary>
public sealed record NameOption(string Label, string Replacement)
{
    public static NameOption Of(MetricDefinition metric, CultureInfo culture) => new(metric.Names.For(culture.TwoLetterISOLanguageName), metric.Key);

    public static NameOption Of(TeamMember member) => new(member.DisplayName, "@" + member.Key);
}

/// <summary>
/// The answer to a name that matched several metrics or members, or none: a short text and one button per name to
/// choose (data <c>nm:&lt;16 hex digits&gt;:&lt;n&gt;</c>, at most 22 bytes); a press runs the same command again with the
/// chosen key in the name's place (<see cref="NameChoiceCallbacks"/>).
/// </summary>
public sealed class NameChoices
{
    public const string Prefix = "nm";

    /// <summary>The most buttons offered; a longer list is cut (the text asks for a more exact name then).</summary>
    public const int MaxOptions = 12;

    private const int MaxShownName = 40;
    private readonly NameChoiceStore _store;

    public NameChoices(NameChoiceStore store)
    {
        _store = store;
    }

    /// <summary>
    /// A metric name that did not name one metric: the several it matched, or else <paramref name="offered"/>. The
    /// command is run again as <c>/command before KEY after</c>.
    /// </summary>
    public void OfferMetrics(
        BotRequest request, BotResponse response, string command, string before, LeadingName<MetricDefinition> name, IReadOnlyList<MetricDefinition> offered)
    {
        var several = name.Match.Found.Count > 1;
        var metrics = several ? name.Match.Found : offered;
        var key = several ? "names.metric_several" : "names.metric_unknown";
        var html = BotTexts.Html(key, request.Culture, Shown(name.Typed));
        Offer(request, response, command, before, name.Rest, html, [.. metrics.Select(m => NameOption.Of(m, request.Culture))]);
    }

    /// <summary>A member name that did not name one member: the several it matched, or else every member.</summary>
    public void OfferMembers(
        BotRequest request, BotResponse response, string command, string before, string typed, string after, NameMatch<TeamMember> match,
        IReadOnlyList<TeamMember> everyone)
    {
        var several = match.Found.Count > 1;
        var members = several ? match.Found : everyone;
        var html = BotTexts.Html(several ? "names.member_several" : "names.member_unknown", request.Culture, Shown(typed));
        Offer(request, response, command, before, after, html, [.. members.Select(NameOption.Of)]);
    }

    /// <summary>A typed name as a reply shows it: cut at 40 characters.</summary>
    public static string Shown(string typed) => typed.Length > MaxShownName ? typed[..MaxShownName] + "…" : typed;

    /// <summary>Sends the text (HTML) and the buttons; the choice is stored with the reply.</summary>
    public void Offer(BotRequest request, BotResponse response, string command, string before, string after, string html, IReadOnlyList<NameOption> options)
    {
        var shown = options.Take(MaxOptions).ToList();
        if (shown.Count == 0)
        {
            response.SendHtml(request.ChatId, html, threadId: request.MessageThreadId);
            return;
        }

        var choice = _store.Prepare(request.RequiredMember.Key, command, before, after, [.. shown.Select(o => o.Replacement)]);
        response.Write(() => _store.Add(choice));
        var keyboard = shown.Select((option, index) => new OutgoingButton { Text = option.Label, Data = Data(choice.Id, index) })
            .Chunk(2).Select(row => row.ToList()).ToList();
        response.SendHtml(request.ChatId, html, keyboard, threadId: request.MessageThreadId);
    }

    /// <summary>Reads the data after the prefix (<c>0123…:3</c>); null when it is not a well-formed choice button.</summary>
    public static (string Id, int Index)? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2 || parts[0].Length != 16 || !parts[0].All(char.IsAsciiHexDigitLower)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= MaxOptions)
        {
            return null;
        }

        return (parts[0], index);
    }

    private static string Data(string id, int index) => Prefix + ":" + id + ":" + index.ToString(CultureInfo.InvariantCulture);
}

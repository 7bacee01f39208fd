using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// Tells the owner of a task someone else set (by <c>/task @…</c> or at a check-in's countermeasure step), privately,
/// in the owner's language: who set it and its card with the buttons, kept true when the task changes.
/// </summary>
public sealed class TaskAnnouncement
{
    private readonly TeamConfiguration _team;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly TaskRenderer _renderer;

    public TaskAnnouncement(TeamConfiguration team, MemberDirectory members, MemberCultures cultures, TaskRenderer renderer)
    {
        _team = team;
        _members = members;
        _cultures = cultures;
        _renderer = renderer;
    }

    /// <summary>Queues the announcement inside the transaction that created <paramref name="task"/>; nothing when the author is the owner or the owner has no private chat.</summary>
    public void ToOwner(TaskView task, TeamMember author, BotResponse response)
    {
        if (task.Owner == author.Key || _team.FindMember(task.Owner) is not { } owner || _members.PrivateChatOf(owner.Key) is not { } chat)
        {
            return;
        }

        var culture = _cultures.For(owner);
        var card = new HtmlFragment(_renderer.Card(task, culture));
        response.SendHtml(
            chat, BotTexts.Html("task.assigned_to_you", culture, author.DisplayName, card), TaskButtons.For(task.Number, culture),
            memberKey: owner.Key, topics: [TaskMessageTopic.For(TaskMessageKind.Card, task.Number, culture).ToString()]);
    }
}

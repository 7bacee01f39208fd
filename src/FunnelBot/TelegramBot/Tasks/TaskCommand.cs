using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// <c>/task &lt;text&gt; [@member] [date]</c>: a new task, by default for the caller and due in 7 days (team zone). Members
/// create their own; the manager may give one to anyone, who then gets the card too. <c>/task 12</c> shows task 12 with
/// its history.
/// </summary>
public sealed class TaskCommand : IBotCommand
{
    private const int DefaultDays = 7;
    private readonly WorkTaskStore _tasks;
    private readonly MemberDirectory _members;
    private readonly MentionedMember _mentioned;
    private readonly TaskRenderer _renderer;
    private readonly TeamClock _calendar;
    private readonly TaskAnnouncement _announcement;

    public TaskCommand(
        WorkTaskStore tasks, MemberDirectory members, TaskRenderer renderer, TeamClock calendar, MentionedMember mentioned,
        TaskAnnouncement announcement)
    {
        _announcement = announcement;
        _mentioned = mentioned;
        _tasks = tasks;
        _members = members;
        _renderer = renderer;
        _calendar = calendar;
    }

    public string Name => "task";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var arguments = request.Arguments.Trim();
        if (int.TryParse(arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            Show(number, request, response);
            return Task.CompletedTask;
        }

        var today = _calendar.Today;
        var text = NewTaskText.Parse(arguments, culture, today);
        var refusal = Refusal(text, request);
        if (refusal is not null)
        {
            response.SendHtml(request.ChatId, refusal);
            return Task.CompletedTask;
        }

        if (!_mentioned.Resolve(text.Mention, request, response, Name, "task.assign_manager_only", _ => true, out var owner))
        {
            return Task.CompletedTask;
        }

        var caller = request.RequiredMember;
        var task = new NewWorkTask(text.Title, owner.Key, caller.Key, text.Due ?? today.AddDays(DefaultDays));

        // The short number is given inside the update's transaction, so the replies are queued from there.
        response.Write(() =>
        {
            var created = TaskView.Of(_tasks.Create(task));
            response.SendHtml(
                request.ChatId, BotTexts.Html("task.created", culture, new HtmlFragment(_renderer.Card(created, culture))),
                TaskButtons.For(created.Number, culture), topics: [TaskMessageTopic.For(TaskMessageKind.Card, created.Number, culture).ToString()]);
            _announcement.ToOwner(created, caller, response);
        });
        return Task.CompletedTask;
    }

    private string? Refusal(NewTaskText text, BotRequest request)
    {
        var culture = request.Culture;
        var caller = request.RequiredMember;
        if (text.Title.Length == 0)
        {
            var example = Dates.Numeric(_calendar.Today.AddDays(DefaultDays), culture);
            var someone = _members.Members.FirstOrDefault(m => m.Key != caller.Key)?.Key ?? caller.Key;
            return BotTexts.Html("task.usage", culture, someone, example);
        }

        if (text.Title.Length > NewTaskText.MaxTitleLength)
        {
            return BotTexts.Html("task.too_long", culture, NewTaskText.MaxTitleLength);
        }

        if (text.DateOutsideYears is { } outside)
        {
            return OutsideYearsText.Html(outside, culture);
        }

        if (text.NoSuchDate is { } noSuchDate)
        {
            return BotTexts.Html("task.bad_date", culture, noSuchDate, Dates.Numeric(_calendar.Today.AddDays(DefaultDays), culture));
        }

        if (text.PastDate is { } past)
        {
            return BotTexts.Html("task.past_date", culture, past, Dates.Numeric(_calendar.Today, culture));
        }

        return null;
    }

    private void Show(int number, BotRequest request, BotResponse response)
    {
        var task = _tasks.Find(number);
        if (task is null)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("task.not_found", request.Culture, number));
            return;
        }

        var view = TaskView.Of(task);
        var mayChange = view.Status == WorkTaskStatus.Open && (task.Owner == request.RequiredMember.Key || request.IsManager);
        response.SendHtml(request.ChatId, _renderer.CardWithHistory(task, request.Culture), mayChange ? TaskButtons.For(number, request.Culture) : null);
    }
}

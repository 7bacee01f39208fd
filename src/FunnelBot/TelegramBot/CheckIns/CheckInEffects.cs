using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Tasks;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Carries out what a check-in step decided, inside the update's transaction: values, reasons and tasks (a task given
/// to someone else is announced to them privately).
/// </summary>
public sealed class CheckInEffects
{
    private readonly WeeklyValueStore _values;
    private readonly DeviationStore _deviations;
    private readonly WorkTaskStore _tasks;
    private readonly TaskAnnouncement _announcement;

    public CheckInEffects(WeeklyValueStore values, DeviationStore deviations, WorkTaskStore tasks, TaskAnnouncement announcement)
    {
        _announcement = announcement;
        _values = values;
        _deviations = deviations;
        _tasks = tasks;
    }

    public void Apply(TeamMember author, IReadOnlyList<CheckInEffect> effects, BotResponse response)
    {
        foreach (var effect in effects)
        {
            Apply(author, effect, response);
        }
    }

    private void Apply(TeamMember author, CheckInEffect effect, BotResponse response)
    {
        var member = author.Key;
        switch (effect)
        {
            case CheckInEffect.StoreValue value:
                _values.Set(new WeeklyValue(value.Metric, value.Week, value.Value), new ChangeAuthor(member, ChangeSource.Chat), value.FunnelConfirmed);
                break;
            case CheckInEffect.RecordDeviation deviation:
                _deviations.Update(deviation.Metric, deviation.Week, record =>
                {
                    record.Kind = deviation.Kind;
                    record.Causes = [.. deviation.Causes];
                    record.OtherText = deviation.OtherText;
                    record.Deviation = deviation.Deviation;
                    record.ReportedBy = member;
                    record.WhatWorked = null;
                    record.TaskNumber = null;
                    record.NoCountermeasure = false;
                });
                break;
            case CheckInEffect.RecordWhatWorked worked:
                _deviations.Update(worked.Metric, worked.Week, record => record.WhatWorked = worked.Text);
                break;
            case CheckInEffect.RecordNoCountermeasure none:
                _deviations.Update(none.Metric, none.Week, record => record.NoCountermeasure = true);
                break;
            case CheckInEffect.CreateTask task:
                var created = _tasks.Create(new NewWorkTask(task.Title, task.Owner, member, task.Due, task.Metric, task.Week));
                _deviations.Update(task.Metric, task.Week, record => record.TaskNumber = created.Id);
                _announcement.ToOwner(TaskView.Of(created), author, response);
                break;
        }
    }
}

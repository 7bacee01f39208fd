using System.Text;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>Tasks overdue on the digest's day, with their owners (data from <see cref="IOverdueTasks"/>).</summary>
public sealed class OverdueTasksSection : IDigestSection
{
    private readonly IOverdueTasks _tasks;
    private readonly DigestNames _names;

    public OverdueTasksSection(IOverdueTasks tasks, DigestNames names)
    {
        _tasks = tasks;
        _names = names;
    }

    public int Order => 500;

    public string? Render(DigestContext context)
    {
        var tasks = _tasks.Overdue(context.AsOf);
        if (tasks.Count == 0)
        {
            return null;
        }

        var culture = context.Culture;
        var text = new StringBuilder(BotTexts.Html("digest.overdue_header", culture));
        foreach (var task in tasks)
        {
            text.Append('\n').Append(BotTexts.Html(
                "digest.overdue_line", culture, _names.Member(task.OwnerKey), task.Title, Dates.DayAndMonth(task.Due, culture)));
        }

        return text.ToString();
    }
}

using System.Globalization;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// The topic a message about a task is sent with (<c>task:card:12:ru</c>): what kind of message it is, for which
/// task, in which language, so that <see cref="TaskMessageRefresh"/> can write it again after a change.
/// </summary>
public sealed record TaskMessageTopic(TaskMessageKind Kind, int Number, string Language)
{
    private const string Prefix = "task";
    private static readonly string[] Languages = ["ru", "en"];

    /// <summary>Every topic any kind of message about task <paramref name="number"/> can carry, one per kind and language.</summary>
    public static IEnumerable<TaskMessageTopic> AllOf(int number) =>
        from kind in Enum.GetValues<TaskMessageKind>()
        from language in Languages
        select new TaskMessageTopic(kind, number, language);

    public static TaskMessageTopic For(TaskMessageKind kind, int number, CultureInfo culture) =>
        new(kind, number, culture.TwoLetterISOLanguageName);

    public static TaskMessageTopic? Parse(string topic)
    {
        var parts = topic.Split(':');
        if (parts.Length != 4 || parts[0] != Prefix
            || !Enum.TryParse<TaskMessageKind>(parts[1], ignoreCase: true, out var kind)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !Languages.Contains(parts[3]))
        {
            return null;
        }

        return new TaskMessageTopic(kind, number, parts[3]);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{Kind.ToString().ToLowerInvariant()}:{Number}:{Language}");
}

using System.Text.RegularExpressions;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// Version 3: a task's history entries keep what happened as data (<see cref="WorkTaskChange.Kind"/>, owner, dates)
/// instead of an English sentence ("created for anna, due 2026-12-10", "due 2026-12-10 -> 2026-12-17", "done"), so
/// that a Russian reader reads them in Russian. Entries already in the new shape are left as they are.
/// </summary>
internal sealed partial class TaskHistoryStructured : ISchemaMigration
{
    public int Version => 3;

    public string Description => "task history entries store their kind and dates instead of an English sentence";

    public void Apply(FunnelDatabase database)
    {
        var tasks = database.Raw(WorkTaskStore.CollectionName);
        foreach (var task in tasks.FindAll().ToList())
        {
            if (!task["History"].IsArray)
            {
                continue;
            }

            var changed = false;
            foreach (var entry in task["History"].AsArray.Where(e => e.IsDocument).Select(e => e.AsDocument))
            {
                changed |= Restructure(entry);
            }

            if (changed)
            {
                tasks.Update(task);
            }
        }
    }

    /// <summary>Turns one sentence into data; false when the entry has no sentence (already new) or one this release never wrote.</summary>
    private static bool Restructure(BsonDocument entry)
    {
        if (!entry.TryGetValue("What", out var what) || !what.IsString)
        {
            return false;
        }

        var text = what.AsString;
        if (Created().Match(text) is { Success: true } created)
        {
            entry["Kind"] = nameof(WorkTaskChangeKind.Created);
            entry["Owner"] = created.Groups["owner"].Value;
            entry["DueTo"] = created.Groups["due"].Value;
        }
        else if (Moved().Match(text) is { Success: true } moved)
        {
            entry["Kind"] = nameof(WorkTaskChangeKind.DueMoved);
            entry["DueFrom"] = moved.Groups["from"].Value;
            entry["DueTo"] = moved.Groups["to"].Value;
        }
        else if (text == "done")
        {
            entry["Kind"] = nameof(WorkTaskChangeKind.Done);
        }
        else
        {
            return false;
        }

        entry.Remove("What");
        return true;
    }

    [GeneratedRegex(@"^created for (?<owner>\S+), due (?<due>\d{4}-\d{2}-\d{2})$")]
    private static partial Regex Created();

    [GeneratedRegex(@"^due (?<from>\d{4}-\d{2}-\d{2}) -> (?<to>\d{4}-\d{2}-\d{2})$")]
    private static partial Regex Moved();
}

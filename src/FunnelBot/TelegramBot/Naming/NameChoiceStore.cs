using System.Security.Cryptography;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Naming;

/// <summary>
/// A command whose metric or member name matched several or none, waiting for its author to press one of the offered
/// names: the command, the arguments before and after the name, and what each button puts in its place. Only
/// <see cref="Id"/> and the option's number travel in the callback data.
/// </summary>
public sealed class NameChoiceDocument
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The member key of who asked (and alone may choose).</summary>
    public string Member { get; set; } = string.Empty;

    public string Command { get; set; } = string.Empty;

    public string Before { get; set; } = string.Empty;

    public string After { get; set; } = string.Empty;

    /// <summary>What replaces the name, per button (a metric key, or <c>@key</c> of a member).</summary>
    public List<string> Options { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>The command's arguments with option <paramref name="index"/> in the name's place.</summary>
    public string Arguments(int index) => string.Join(' ', new[] { Before, Options[index], After }.Where(part => part.Length > 0));
}

/// <summary>The name choices waiting for a press (collection <c>name_choices</c>); a pressed one is removed.</summary>
public sealed class NameChoiceStore
{
    public const string CollectionName = "name_choices";

    private readonly ILiteCollection<NameChoiceDocument> _choices;
    private readonly TimeProvider _time;

    public NameChoiceStore(FunnelDatabase database, TimeProvider time)
    {
        _choices = database.Collection<NameChoiceDocument>(CollectionName);
        _time = time;
    }

    /// <summary>A new choice with a fresh 16-hex-digit id (not yet saved: see <see cref="Add"/>).</summary>
    public NameChoiceDocument Prepare(string member, string command, string before, string after, IReadOnlyList<string> options) => new()
    {
        Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
        Member = member,
        Command = command,
        Before = before.Trim(),
        After = after.Trim(),
        Options = [.. options],
        CreatedAt = _time.GetUtcNow().UtcDateTime,
    };

    public void Add(NameChoiceDocument choice) => _choices.Insert(choice);

    public NameChoiceDocument? Find(string id) => _choices.FindById(id);

    public void Remove(string id) => _choices.Delete(id);

    /// <summary>Forgets choices offered longer than <paramref name="keep"/> ago (their buttons are stale by then); returns how many.</summary>
    public int PurgeOlderThan(TimeSpan keep)
    {
        var before = _time.GetUtcNow().UtcDateTime - keep;
        return _choices.DeleteMany(choice => choice.CreatedAt < before);
    }
}

namespace FunnelBot.Domain.Naming;

/// <summary>
/// What a typed name matched: one item (<see cref="IsUnique"/>), several (the person has to choose) or none. Exact
/// means the text equals a key or a whole name (after <see cref="NameMatching.Normalize"/>), not just a prefix.
/// </summary>
public sealed record NameMatch<T>(IReadOnlyList<T> Found, bool Exact)
{
    public bool IsUnique => Found.Count == 1;

    public bool IsNone => Found.Count == 0;

    /// <summary>The one item matched, or null when none or several.</summary>
    public T? One => Found.Count == 1 ? Found[0] : default;
}

/// <summary>Something that can be named in a command: the item and every name it answers to (key, names, username...).</summary>
public sealed record NameCandidate<T>(T Item, IReadOnlyList<string> Names);

/// <summary>A name at the start of a command's arguments, what it matched and the arguments after it.</summary>
public sealed record LeadingName<T>(string Typed, NameMatch<T> Match, string Rest);

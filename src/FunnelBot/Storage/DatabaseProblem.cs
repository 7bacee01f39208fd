namespace FunnelBot.Storage;

/// <summary>What <see cref="DatabaseIntegrityCheck"/> found wrong with a database file.</summary>
public sealed record DatabaseProblem(DatabaseProblemKind Kind, string Detail)
{
    public static DatabaseProblem Damaged(string reason) => new(DatabaseProblemKind.Damaged, reason);

    public static DatabaseProblem Unreadable(string reason) => new(DatabaseProblemKind.Unreadable, reason);

    /// <summary>A password that is missing or does not fit: <paramref name="line"/> is the whole line, naming <c>Storage.Password</c>.</summary>
    public static DatabaseProblem Password(string line) => new(DatabaseProblemKind.Password, line);
}

/// <summary>Why a database file cannot be opened.</summary>
public enum DatabaseProblemKind
{
    /// <summary>The file is not a sound LiteDB database: empty, cut short, a broken header or page.</summary>
    Damaged,

    /// <summary>The file system refuses to read it (permissions, an I/O error).</summary>
    Unreadable,

    /// <summary>Encrypted without a password set, a wrong password, or a password set for a plain file.</summary>
    Password,
}

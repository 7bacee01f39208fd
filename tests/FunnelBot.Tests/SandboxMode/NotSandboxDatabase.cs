using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Members;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>The files the sandbox must refuse, made the way they come about.</summary>
public enum NotSandboxFile
{
    /// <summary>A team's database with a value and Maria bound to her real user, recorded as a team one (as the bot does).</summary>
    Team,

    /// <summary>The same, written by a release before the record existed: no record.</summary>
    OlderRelease,

    /// <summary>A team's database with a password.</summary>
    PasswordProtected,

    /// <summary>Not a database at all.</summary>
    Garbage,
}

/// <summary>Writes a <see cref="NotSandboxFile"/> with the real stores.</summary>
public static class NotSandboxDatabase
{
    /// <summary>Maria's real Telegram user in the team databases (the sandbox would bind her to an emulator user).</summary>
    public const long MariasUserId = 42;

    public static readonly IsoWeek Week = new(2026, 10);

    public static void Create(NotSandboxFile kind, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (kind == NotSandboxFile.Garbage)
        {
            var bytes = new byte[10_000];
            new Random(7).NextBytes(bytes);
            File.WriteAllBytes(path, bytes);
            return;
        }

        var time = TimeProvider.System;
        using var database = new FunnelDatabase(path, kind == NotSandboxFile.PasswordProtected ? "s3cret" : null);
        if (kind != NotSandboxFile.OlderRelease)
        {
            new DatabaseInfoStore(database, time).RecordIfMissing(DatabaseKind.Team);
        }

        new WeeklyValueStore(database, new ChangeHistory(database, time)).Set(new WeeklyValue("leads", Week, 12m), ChangeAuthor.CliImport);
        new MemberBindingStore(database).Save(new MemberBinding
        {
            Id = "maria", UserId = MariasUserId, ChatId = MariasUserId, Username = "maria_lead", BoundAt = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc),
        });
    }
}

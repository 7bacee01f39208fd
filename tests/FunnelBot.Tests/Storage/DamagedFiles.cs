using FunnelBot.Domain.Periods;
using FunnelBot.Storage;

namespace FunnelBot.Tests.Storage;

/// <summary>The ways a database file turns up damaged, made from a real database with data in it.</summary>
public enum Damage
{
    /// <summary>A 0-byte file (a copy that failed, a full disk at creation).</summary>
    Empty,

    /// <summary>Cut off in the middle of a page (a copy or download that stopped).</summary>
    CutMidPage,

    /// <summary>Cut off at a page boundary: whole pages, but fewer than the header counts.</summary>
    CutAtPage,

    /// <summary>The header page overwritten with other bytes.</summary>
    CorruptHeader,
}

public static class DamagedFiles
{
    public const int PageSize = 8192;

    /// <summary>Writes a team database with a year of weekly values (several pages), closed cleanly (no log file).</summary>
    public static void WriteSound(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var database = new FunnelDatabase(path, null);
        new DatabaseInfoStore(database, TimeProvider.System).RecordIfMissing(DatabaseKind.Team);
        var values = new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System));
        for (var week = 1; week <= 52; week++)
        {
            values.Set(new WeeklyValue("leads", new IsoWeek(2026, week), week), ChangeAuthor.CliImport);
            values.Set(new WeeklyValue("qualified", new IsoWeek(2026, week), week / 2), ChangeAuthor.CliImport);
        }
    }

    /// <summary>Writes a sound database at <paramref name="path"/>, then damages it.</summary>
    public static void Write(Damage damage, string path)
    {
        WriteSound(path);
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case Damage.Empty:
                File.WriteAllBytes(path, []);
                break;
            case Damage.CutMidPage:
                File.WriteAllBytes(path, bytes[..(bytes.Length - (PageSize / 2))]);
                break;
            case Damage.CutAtPage:
                File.WriteAllBytes(path, bytes[..(2 * PageSize)]);
                break;
            default:
                new Random(12).NextBytes(bytes.AsSpan(16, 200));
                File.WriteAllBytes(path, bytes);
                break;
        }
    }
}

using FunnelBot.Storage;
using FunnelBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.Storage;

/// <summary>A real LiteDB file in a temp folder with the stores over it and a fake clock.</summary>
public sealed class StoreFixture : IDisposable
{
    public StoreFixture(string? password = null)
    {
        Folder = new TempFolder();
        Path = Folder.File("db/funnelbot.db");
        Database = new FunnelDatabase(Path, password);
        History = new ChangeHistory(Database, Time);
        Values = new WeeklyValueStore(Database, History);
        Plans = new PlanStore(Database, History);
    }

    public TempFolder Folder { get; }

    public string Path { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 9, 7, 30, 0, TimeSpan.Zero));

    public FunnelDatabase Database { get; }

    public ChangeHistory History { get; }

    public WeeklyValueStore Values { get; }

    public PlanStore Plans { get; }

    public void Dispose()
    {
        Database.Dispose();
        Folder.Dispose();
    }
}

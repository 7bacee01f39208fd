using System.Text;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.Tests.Storage;

public sealed class StoragePasswordTests
{
    [Fact]
    public void Database_WithPassword_CannotBeOpenedWithoutIt()
    {
        using var folder = new Support.TempFolder();
        var path = folder.File("secret.db");
        using (var store = new FunnelDatabase(path, "s3cret"))
        {
            var history = new ChangeHistory(store, TimeProvider.System);
            new WeeklyValueStore(store, history).Set(new WeeklyValue("distinctive_metric", new IsoWeek(2026, 10), 12m), ChangeAuthor.Cli);
        }

        Assert.ThrowsAny<LiteException>(() =>
        {
            using var plain = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            _ = plain.GetCollectionNames().ToList();
        });
        Assert.DoesNotContain("distinctive_metric", Encoding.UTF8.GetString(File.ReadAllBytes(path)), StringComparison.Ordinal);
        using var reopened = new FunnelDatabase(path, "s3cret");
        var values = new WeeklyValueStore(reopened, new ChangeHistory(reopened, TimeProvider.System));
        Assert.Equal(12m, values.Get("distinctive_metric", new IsoWeek(2026, 10)));
    }

    [Fact]
    public void Database_WithoutPassword_IsPlain()
    {
        using var folder = new Support.TempFolder();
        var path = folder.File("plain.db");
        using (var store = new FunnelDatabase(path, ""))
        {
            var history = new ChangeHistory(store, TimeProvider.System);
            new WeeklyValueStore(store, history).Set(new WeeklyValue("distinctive_metric", new IsoWeek(2026, 10), 12m), ChangeAuthor.Cli);
        }

        Assert.Contains("distinctive_metric", Encoding.UTF8.GetString(File.ReadAllBytes(path)), StringComparison.Ordinal);
    }
}

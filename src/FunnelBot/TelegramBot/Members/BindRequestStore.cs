using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Members;

/// <summary>Requests to be bound to a member by username, waiting for a manager (collection <c>bind_requests</c>).</summary>
public sealed class BindRequestStore
{
    private readonly ILiteCollection<BindRequest> _requests;

    public BindRequestStore(FunnelDatabase database)
    {
        _requests = database.Collection<BindRequest>("bind_requests");
        _requests.EnsureIndex(r => r.UserId);
        _requests.EnsureIndex(r => r.Member);
        _requests.EnsureIndex(r => r.Status);
    }

    public BindRequest? Find(string id) => _requests.FindById(id);

    public BindRequest? PendingFrom(long userId) =>
        _requests.Find(r => r.UserId == userId && r.Status == BindRequestStatus.Pending).FirstOrDefault();

    public IReadOnlyList<BindRequest> Pending() => [.. _requests.Find(r => r.Status == BindRequestStatus.Pending).OrderBy(r => r.CreatedAt)];

    public IReadOnlyList<BindRequest> PendingFor(string member) =>
        [.. _requests.Find(r => r.Member == member && r.Status == BindRequestStatus.Pending)];

    public void Add(BindRequest request) => _requests.Insert(request);

    public static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    public void Save(BindRequest request) => _requests.Update(request);

    /// <summary>Forgets requests decided before <paramref name="before"/> (UTC); a pending one is always kept. Returns how many.</summary>
    public int PurgeDecidedBefore(DateTime before)
    {
        var decided = _requests.Find(r => r.Status != BindRequestStatus.Pending)
            .Where(r => (r.DecidedAt ?? r.CreatedAt) < before)
            .Select(r => r.Id)
            .ToList();
        foreach (var id in decided)
        {
            _requests.Delete(id);
        }

        return decided.Count;
    }
}

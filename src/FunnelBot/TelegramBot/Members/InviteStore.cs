using System.Security.Cryptography;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Members;

/// <summary>Invitation codes for members who have not started the bot yet (collection <c>invites</c>).</summary>
public sealed class InviteStore
{
    private readonly ILiteCollection<Invite> _invites;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public InviteStore(FunnelDatabase database, TimeProvider time, TeamConfiguration team)
    {
        _time = time;
        _lifetime = team.Access.InvitationLifetime;
        _invites = database.Collection<Invite>("invites");
        _invites.EnsureIndex(i => i.Member);
    }

    /// <summary>
    /// The member's valid invitation, or a new one that is not stored yet: store it with <see cref="Save"/> in the
    /// same transaction that sends its link.
    /// </summary>
    public Invite Prepare(string member, string createdBy)
    {
        var now = Now;
        return _invites.Find(i => i.Member == member).FirstOrDefault(i => i.IsValidAt(now))
            ?? new Invite { Id = NewCode(), Member = member, CreatedAt = now, ExpiresAt = now + _lifetime, CreatedBy = createdBy };
    }

    /// <summary>Stores a prepared invitation (again: harmless for one that is stored already).</summary>
    public void Save(Invite invite) => _invites.Upsert(invite);

    /// <summary>A valid invitation by its code, or null for an unknown, used, expired or revoked one.</summary>
    public Invite? Valid(string code) => _invites.FindById(code) is { } invite && invite.IsValidAt(Now) ? invite : null;

    /// <summary>The member's invitations that would still bind someone.</summary>
    public IReadOnlyList<Invite> ValidFor(string member)
    {
        var now = Now;
        return [.. _invites.Find(i => i.Member == member).Where(i => i.IsValidAt(now))];
    }

    public void MarkUsed(Invite invite)
    {
        invite.UsedAt = Now;
        _invites.Update(invite);
    }

    /// <summary>Revokes every valid invitation of the member; returns how many there were.</summary>
    public int Revoke(string member)
    {
        var valid = ValidFor(member);
        foreach (var invite in valid)
        {
            invite.RevokedAt = Now;
            _invites.Update(invite);
        }

        return valid.Count;
    }

    /// <summary>
    /// Forgets invitations that stopped binding anyone (used, revoked or expired) longer than <paramref name="keep"/>
    /// ago; a valid one is always kept. Returns how many were removed.
    /// </summary>
    public int PurgeEndedOlderThan(TimeSpan keep)
    {
        var now = Now;
        var before = now - keep;
        var ended = _invites.FindAll()
            .Where(invite => !invite.IsValidAt(now) && EndOf(invite) < before)
            .Select(invite => invite.Id)
            .ToList();
        foreach (var id in ended)
        {
            _invites.Delete(id);
        }

        return ended.Count;
    }

    /// <summary>When an invitation that no longer binds stopped binding: the first of used, revoked and expired.</summary>
    private static DateTime EndOf(Invite invite) =>
        new[] { invite.UsedAt, invite.RevokedAt, invite.ExpiresAt }.OfType<DateTime>().DefaultIfEmpty(invite.CreatedAt).Min();

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private static string NewCode() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
}

using System.Security.Cryptography;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Members;

/// <summary>A one-tap invitation: <c>https://t.me/&lt;bot&gt;?start=&lt;code&gt;</c> binds whoever opens it to the member.</summary>
public sealed class Invite
{
    /// <summary>The code: 16 random URL-safe characters (Telegram allows A-Z, a-z, 0-9, _ and -, up to 64).</summary>
    public string Id { get; set; } = string.Empty;

    public string Member { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime? UsedAt { get; set; }
}

/// <summary>Invitation codes for members who have not started the bot yet (collection <c>invites</c>).</summary>
public sealed class InviteStore
{
    private readonly ILiteCollection<Invite> _invites;
    private readonly TimeProvider _time;

    public InviteStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _invites = database.Collection<Invite>("invites");
        _invites.EnsureIndex(i => i.Member);
    }

    /// <summary>The member's unused invitation, made when there is none.</summary>
    public Invite For(string member)
    {
        var existing = _invites.FindOne(i => i.Member == member && i.UsedAt == null);
        if (existing is not null)
        {
            return existing;
        }

        var invite = new Invite { Id = NewCode(), Member = member, CreatedAt = _time.GetUtcNow().UtcDateTime };
        _invites.Insert(invite);
        return invite;
    }

    /// <summary>An unused invitation by its code, or null.</summary>
    public Invite? Unused(string code) => _invites.FindById(code) is { UsedAt: null } invite ? invite : null;

    public void MarkUsed(Invite invite)
    {
        invite.UsedAt = _time.GetUtcNow().UtcDateTime;
        _invites.Update(invite);
    }

    private static string NewCode() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
}

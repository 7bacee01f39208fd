using FunnelBot.Configuration;
using FunnelBot.Sandbox.Driver;
using FunnelBot.Sandbox.State;
using FunnelBot.TelegramBot.Members;

namespace FunnelBot.SandboxMode;

/// <summary>A configured member and the emulator user who plays them.</summary>
public sealed record SandboxMember(TeamMember Member, SandboxUser User);

/// <summary>
/// The demo team in the emulator: one user per configured member, with the member's username and language, and
/// fixed ids so that a reused sandbox database still knows them. Each member is bound to their user at once, so
/// they can check in without <c>/start</c>.
/// </summary>
internal static class SandboxTeam
{
    /// <summary>The id of the first member without a configured user id; the next ones follow in configuration order.</summary>
    public const long FirstUserId = 500_000_001;

    public static IReadOnlyList<SandboxMember> Create(EmulatorDriver driver, TeamConfiguration team) =>
        [.. team.Members.Select((member, index) => new SandboxMember(
            member,
            driver.CreateUser(
                member.DisplayName,
                member.Username?.TrimStart('@'),
                member.Locale ?? team.Team.Locale,
                member.UserId ?? (FirstUserId + index))))];

    public static void Bind(IEnumerable<SandboxMember> members, MemberBindingStore bindings, DateTimeOffset now)
    {
        foreach (var (member, user) in members)
        {
            bindings.Save(new MemberBinding
            {
                Id = member.Key,
                UserId = user.Id,
                ChatId = user.Id,
                Username = user.Username,
                LanguageCode = MemberCultures.Supported(user.LanguageCode),
                BoundAt = bindings.ForMember(member.Key)?.BoundAt ?? now.UtcDateTime,
                Unreachable = false,
            });
        }
    }
}

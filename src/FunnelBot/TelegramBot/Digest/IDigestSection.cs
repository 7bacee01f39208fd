namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// One block of the digest, registered in DI (<c>services.AddSingleton&lt;IDigestSection, MySection&gt;()</c>): the
/// composer renders every registered section in <see cref="Order"/> and leaves out those that return null. Sections
/// write Telegram HTML, one item per line (the message is split at lines), escaping every configured or typed text.
/// </summary>
public interface IDigestSection
{
    /// <summary>Position in the digest: metrics 100, ratios 200, standing issues 300, causes 400, overdue 500, numbers off the funnel 550, missing 600, green zone 700.</summary>
    int Order { get; }

    string? Render(DigestContext context);
}

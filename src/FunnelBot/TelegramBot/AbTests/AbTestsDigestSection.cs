using System.Text;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>The digest's running A/B tests, one line each (left out when none runs).</summary>
public sealed class AbTestsDigestSection : IDigestSection
{
    private readonly AbTestStore _tests;
    private readonly AbTestRenderer _renderer;

    public AbTestsDigestSection(AbTestStore tests, AbTestRenderer renderer)
    {
        _tests = tests;
        _renderer = renderer;
    }

    public int Order => 650;

    public string? Render(DigestContext context)
    {
        var running = _tests.Running();
        if (running.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(BotTexts.Html("ab.digest_header", context.Culture));
        foreach (var test in running)
        {
            text.Append('\n').Append(_renderer.DigestLine(test, context.Culture));
        }

        return text.ToString();
    }
}

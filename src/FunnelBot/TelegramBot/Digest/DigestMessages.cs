using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.Logging;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// Turns a digest into what a chat receives: the text (split only where Telegram's 4096 limit forces it) with its
/// "All metrics" button, then the chart as one photo. A chart that fails to draw is logged and left out rather than holding back the text.
/// </summary>
public sealed partial class DigestMessages
{
    private readonly DigestComposer _composer;
    private readonly IDigestChart _chart;
    private readonly ILogger<DigestMessages> _logger;

    public DigestMessages(DigestComposer composer, IDigestChart chart, ILogger<DigestMessages> logger)
    {
        _composer = composer;
        _chart = chart;
        _logger = logger;
    }

    /// <summary>Composes the digest and adds its messages for <paramref name="chatId"/> to <paramref name="response"/>.</summary>
    public Digest AddTo(BotResponse response, DigestKind kind, IsoWeek week, DateOnly asOf, CultureInfo culture, long chatId, int? threadId)
    {
        var digest = _composer.Compose(kind, week, asOf, culture);
        response.SendHtml(chatId, digest.Html, DigestCallbacks.Keyboard(week, culture), threadId: threadId);
        if (Chart(digest, culture) is { } png)
        {
            response.Send(Photo(chatId, threadId, png, ChartFileName(kind, week), digest.ChartCaption));
        }

        return digest;
    }

    public static OutgoingMessage Photo(long chatId, int? threadId, byte[] png, string fileName, string caption) =>
        new() { ChatId = chatId, ThreadId = threadId, Kind = OutgoingKind.Photo, File = png, FileName = fileName, Html = caption };

    public static string ChartFileName(DigestKind kind, IsoWeek week) =>
        kind == DigestKind.Weekly ? $"digest-{week}.png" : $"results-{week.Month}.png";

    private byte[]? Chart(Digest digest, CultureInfo culture)
    {
        try
        {
            return _chart.Render(digest.Kind, digest.Week, culture, digest.Input);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogChartFailed(exception, digest.Week.ToString());
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The digest chart of {Week} could not be drawn; the digest goes without it")]
    private partial void LogChartFailed(Exception exception, string week);
}

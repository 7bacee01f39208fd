using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Scheduling;

/// <summary>
/// Posts a digest to the channel: its messages and the run's key in one LiteDB transaction, so the run is either
/// fully queued and recorded, or neither. Without a channel nothing is sent nor recorded (a channel configured later
/// still gets the run if it is within the catch-up window).
/// </summary>
public sealed partial class ChannelDigest
{
    private readonly TeamConfiguration _team;
    private readonly DigestMessages _digests;
    private readonly MemberCultures _cultures;
    private readonly ResponseWriter _writer;
    private readonly JobRunStore _runs;
    private readonly ILogger<ChannelDigest> _logger;

    public ChannelDigest(
        TeamConfiguration team, DigestMessages digests, MemberCultures cultures, ResponseWriter writer, JobRunStore runs, ILogger<ChannelDigest> logger)
    {
        _team = team;
        _digests = digests;
        _cultures = cultures;
        _writer = writer;
        _runs = runs;
        _logger = logger;
    }

    public int Post(DigestKind kind, ScheduledRun run)
    {
        if (!_team.Team.HasChannel)
        {
            LogNoChannel(run.Key);
            return 0;
        }

        var response = new BotResponse();
        _digests.AddTo(response, kind, run.Week, run.Day, _cultures.Team, _team.Team.ChannelChatId, _team.Team.ChannelThreadId);
        _writer.Apply(response, () => _runs.Record(run.Key, run.Slot));
        return response.Messages.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key}: no team channel is configured (Team:ChannelChatId); nothing posted")]
    private partial void LogNoChannel(string key);
}

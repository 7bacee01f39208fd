using FunnelBot.Domain.Periods;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>The week the latest check-in prompt (at or before a moment) asked for; null when prompts are switched off or none was due lately.</summary>
public interface IPromptedWeek
{
    IsoWeek? Latest(DateTimeOffset now);
}

using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.TelegramBot.Outgoing;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// The check-in's button data: <c>ci:&lt;conversation&gt;:&lt;version&gt;:&lt;choice&gt;:&lt;argument&gt;</c>, well under
/// Telegram's 64 bytes. Conversation and version make a button of another conversation, or of an earlier step of this
/// one, recognisably stale.
/// </summary>
public static class CheckInButtons
{
    public const string Prefix = "ci";

    private static readonly Dictionary<CheckInChoice, string> Codes = new()
    {
        [CheckInChoice.SameAsLastWeek] = "s",
        [CheckInChoice.Zero] = "z",
        [CheckInChoice.Skip] = "k",
        [CheckInChoice.Back] = "b",
        [CheckInChoice.ConfirmYes] = "y",
        [CheckInChoice.ConfirmNo] = "n",
        [CheckInChoice.Correct] = "c",
        [CheckInChoice.Finish] = "f",
        [CheckInChoice.Cancel] = "x",
        [CheckInChoice.ToggleCause] = "t",
        [CheckInChoice.OtherCause] = "o",
        [CheckInChoice.CausesDone] = "d",
        [CheckInChoice.NoCountermeasure] = "m",
        [CheckInChoice.PickOwner] = "w",
        [CheckInChoice.DueInDays] = "u",
        [CheckInChoice.CorrectValue] = "v",
        [CheckInChoice.TypeText] = "e",
    };

    public static OutgoingButton Button(string text, CheckInState state, CheckInChoice choice, int argument = 0) => new()
    {
        Text = text,
        Data = string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{state.Id}:{state.Version}:{Codes[choice]}:{argument}"),
    };

    /// <summary>Reads the data after the prefix; null when it is not a well-formed check-in button.</summary>
    public static CheckInButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 4 || parts[0].Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var argument))
        {
            return null;
        }

        var choice = Codes.FirstOrDefault(pair => pair.Value == parts[2]);
        return choice.Value is null ? null : new CheckInButton(parts[0], version, choice.Key, argument);
    }
}

/// <summary>A pressed check-in button: which conversation and step it belongs to, and what it chooses.</summary>
public sealed record CheckInButton(string ConversationId, int Version, CheckInChoice Choice, int Argument)
{
    public bool BelongsTo(CheckInState state) => state.Id == ConversationId && state.Version == Version;
}

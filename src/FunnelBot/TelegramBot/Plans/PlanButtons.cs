using System.Globalization;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>What a plan button asks for.</summary>
public enum PlanButtonAction
{
    Confirm,
    Cancel,

    /// <summary>Confirm, and also replace the month plans set by hand (a plan from last year).</summary>
    ConfirmReplacingManual,

    /// <summary>Compute again, planning incomplete months from the same months two years back.</summary>
    TakeTwoYearsBack,

    /// <summary>Compute again, leaving incomplete months without a new plan.</summary>
    LeaveOut,
}

/// <summary>A pressed plan button: what it asks for, on the pending change with this id.</summary>
public sealed record PlanButton(string ChangeId, PlanButtonAction Action);

/// <summary>
/// The buttons under a plan preview: data <c>pl:&lt;code&gt;:&lt;id&gt;</c> with the pending change's 32-hex-digit id
/// (37 bytes, under Telegram's 64); codes c (confirm), x (cancel), r (confirm and replace manual plans), b (two years
/// back), l (leave out). The data is untrusted: anything else is not a plan button.
/// </summary>
public static class PlanButtons
{
    public const string Prefix = "pl";

    private static readonly Dictionary<string, PlanButtonAction> Codes = new(StringComparer.Ordinal)
    {
        ["c"] = PlanButtonAction.Confirm,
        ["x"] = PlanButtonAction.Cancel,
        ["r"] = PlanButtonAction.ConfirmReplacingManual,
        ["b"] = PlanButtonAction.TakeTwoYearsBack,
        ["l"] = PlanButtonAction.LeaveOut,
    };

    /// <summary>Confirm / Cancel.</summary>
    public static List<List<OutgoingButton>> For(string changeId, CultureInfo culture) =>
        [[Button(PlanButtonAction.Confirm, "plan.button_confirm", changeId, culture), Button(PlanButtonAction.Cancel, "plan.button_cancel", changeId, culture)]];

    /// <summary>
    /// A plan from last year: the other choice for incomplete months (when it would change something), Confirm (when
    /// there is anything to store) and Cancel, and "replace manual plans too" on its own row (when some would be replaced).
    /// </summary>
    public static List<List<OutgoingButton>> ForFromLastYear(
        string changeId, PlanButtonAction? choice, int twoYearsBack, bool canConfirm, bool hasManual, CultureInfo culture)
    {
        var rows = new List<List<OutgoingButton>>();
        if (choice == PlanButtonAction.TakeTwoYearsBack)
        {
            rows.Add([Button(choice.Value, "plan.button_two_years_back", changeId, culture, twoYearsBack.ToString("D4", CultureInfo.InvariantCulture))]);
        }
        else if (choice == PlanButtonAction.LeaveOut)
        {
            rows.Add([Button(choice.Value, "plan.button_leave_out", changeId, culture)]);
        }

        var confirm = Button(PlanButtonAction.Confirm, "plan.button_confirm", changeId, culture);
        var cancel = Button(PlanButtonAction.Cancel, "plan.button_cancel", changeId, culture);
        rows.Add(canConfirm ? [confirm, cancel] : [cancel]);
        if (hasManual)
        {
            rows.Add([Button(PlanButtonAction.ConfirmReplacingManual, "plan.button_replace_manual", changeId, culture)]);
        }

        return rows;
    }

    /// <summary>Reads the data after the prefix (<c>c:0123…</c>); null when it is not a well-formed plan button.</summary>
    public static PlanButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2 || parts[1].Length != 32 || !parts[1].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        return Codes.TryGetValue(parts[0], out var action) ? new PlanButton(parts[1], action) : null;
    }

    private static OutgoingButton Button(PlanButtonAction action, string textKey, string changeId, CultureInfo culture, params object?[] arguments) => new()
    {
        Text = arguments.Length == 0 ? BotTexts.Template(textKey, culture) : string.Format(culture, BotTexts.Template(textKey, culture), arguments),
        Data = $"{Prefix}:{Codes.Single(pair => pair.Value == action).Key}:{changeId}",
    };
}

namespace FunnelBot.Sandbox.Markup;

/// <summary>An inline button: a callback button (<see cref="CallbackData"/>) or a link (<see cref="Url"/>).</summary>
public sealed record InlineButton(string Text, string? CallbackData, string? Url);

/// <summary>An inline keyboard: rows of buttons.</summary>
public sealed record InlineKeyboard(IReadOnlyList<IReadOnlyList<InlineButton>> Rows)
{
    public IEnumerable<InlineButton> Buttons => Rows.SelectMany(row => row);

    public bool HasCallbackData(string data) => Buttons.Any(b => b.CallbackData == data);

    /// <summary>Value equality over the rows (records compare lists by reference).</summary>
    public bool SameAs(InlineKeyboard? other) =>
        other is not null
        && Rows.Count == other.Rows.Count
        && Rows.Zip(other.Rows).All(pair => pair.First.SequenceEqual(pair.Second));
}

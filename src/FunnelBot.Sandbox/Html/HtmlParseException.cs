namespace FunnelBot.Sandbox.Html;

/// <summary>Telegram would refuse this HTML; <see cref="Exception.Message"/> is the reason (with the byte offset).</summary>
public sealed class HtmlParseException : Exception
{
    public HtmlParseException()
    {
    }

    public HtmlParseException(string message)
        : base(message)
    {
    }

    public HtmlParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace FunnelBot.Configuration;

/// <summary>Reads enum values written in the configuration: any case, with or without underscores (<c>online_ads</c>, <c>OnlineAds</c>).</summary>
public static class EnumText
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Trim().Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), compact, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The configuration spelling of a value: lower case with underscores (<c>OnlineAds</c> -> <c>online_ads</c>).</summary>
    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>The accepted spellings, for messages: <c>reach|contact|...</c>.</summary>
    public static string Choices<TEnum>()
        where TEnum : struct, Enum =>
        string.Join('|', Enum.GetValues<TEnum>().Select(ToText));
}

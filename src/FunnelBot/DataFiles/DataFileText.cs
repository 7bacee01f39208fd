using System.Text;

namespace FunnelBot.DataFiles;

/// <summary>What the bytes of a received file turned out to be.</summary>
public enum DataFileTextStatus
{
    /// <summary>UTF-8 text with something in it.</summary>
    Text,

    /// <summary>No bytes, or only a byte order mark and blank lines.</summary>
    Empty,

    /// <summary>Not valid UTF-8 (e.g. saved as Windows-1251 or as UTF-16 "Unicode text").</summary>
    NotUtf8,
}

/// <summary>A received file's bytes decoded strictly as UTF-8 (a BOM accepted and dropped), or why they are not.</summary>
public sealed record DataFileText(DataFileTextStatus Status, string Text)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DataFileText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DataFileText(DataFileTextStatus.NotUtf8, "");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new DataFileText(DataFileTextStatus.NotUtf8, "");
        }

        // UTF-16 without a byte order mark is valid UTF-8 byte by byte, but full of NUL characters.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return new DataFileText(DataFileTextStatus.NotUtf8, "");
        }

        return string.IsNullOrWhiteSpace(text) ? new DataFileText(DataFileTextStatus.Empty, "") : new DataFileText(DataFileTextStatus.Text, text);
    }
}

using System.Globalization;
using FunnelBot.DataFiles;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>A pressed format button: the format, and the one file asked for (null: every file).</summary>
public sealed record ExportButton(ExportFormat Format, ExportFile? File);

/// <summary>
/// The format buttons under <c>/export</c>'s question: data <c>ex:&lt;c|x&gt;:&lt;file|all&gt;</c> (CSV or workbook; at
/// most 17 bytes, far under Telegram's 64). The data is untrusted: anything else is not an export button.
/// </summary>
public static class ExportButtons
{
    public const string Prefix = "ex";
    private const string Every = "all";

    public static List<List<OutgoingButton>> For(ExportFile? file, CultureInfo culture) =>
    [
        [
            new OutgoingButton { Text = BotTexts.Template("export.button_csv", culture), Data = Data("c", file) },
            new OutgoingButton { Text = BotTexts.Template("export.button_xlsx", culture), Data = Data("x", file) },
        ],
    ];

    /// <summary>Reads the data after the prefix (<c>x:plans</c>); null when it is not a well-formed export button.</summary>
    public static ExportButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2)
        {
            return null;
        }

        ExportFormat? format = parts[0] switch
        {
            "c" => ExportFormat.Csv,
            "x" => ExportFormat.Xlsx,
            _ => null,
        };
        if (format is null)
        {
            return null;
        }

        if (parts[1] == Every)
        {
            return new ExportButton(format.Value, null);
        }

        return DataFileExporter.TryParse(parts[1], out var file) && parts[1] == DataFileExporter.NameOf(file) ? new ExportButton(format.Value, file) : null;
    }

    private static string Data(string format, ExportFile? file) => $"{Prefix}:{format}:{(file is { } one ? DataFileExporter.NameOf(one) : Every)}";
}

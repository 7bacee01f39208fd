using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FunnelBot.TelegramBot.Documents;

/// <summary>
/// A CSV document or a workbook (.xlsx, its first sheet) the manager sends in a private chat: recognised by its header
/// row (English or Russian, as either export writes it) and imported exactly as <c>import actuals</c> or
/// <c>import plans</c> would, all rows or none, stored with the update that brought it. The caption is ignored.
/// Members and observers are refused; the router answers strangers and ignores groups.
/// </summary>
public sealed class DocumentImport
{
    /// <summary>The largest file imported (Telegram lets bots download up to 20 MB; a team's CSV is far smaller).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>How many bad lines a refusal lists; the rest are counted.</summary>
    public const int MaxProblemsShown = 20;

    private static readonly string[] CsvExtensions = [".csv", ".txt"];
    private static readonly string[] CsvMimeTypes = ["text/csv", "text/plain", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel.csv"];
    private const string XlsxMimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private readonly ITelegramBotClient _bot;
    private readonly DataFileService _dataFiles;
    private readonly TeamConfiguration _team;

    public DocumentImport(ITelegramBotClient bot, DataFileService dataFiles, TeamConfiguration team)
    {
        _bot = bot;
        _dataFiles = dataFiles;
        _team = team;
    }

    public async Task HandleAsync(BotRequest request, Document document, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var name = string.IsNullOrWhiteSpace(document.FileName) ? "file" : document.FileName;
        if (!request.IsManager)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("refuse.manager_only", culture));
            return;
        }

        var workbook = IsWorkbook(document);
        if (!workbook && !LooksLikeCsv(document))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("import.not_csv", culture, name));
            return;
        }

        var bytes = document.FileSize is > MaxBytes ? null : await DownloadAsync(document, cancellationToken);
        if (bytes is null)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("import.too_big", culture, name, MaxBytes / (1024 * 1024)));
            return;
        }

        var table = workbook || XlsxRecords.LooksLikeZip(bytes) ? ReadWorkbook(bytes, name, culture, request, response) : ReadCsv(bytes, name, culture, request, response);
        if (table is null)
        {
            return;
        }

        var import = _dataFiles.Prepare(table.Layout!.Kind, table);
        if (import.IsRefused)
        {
            response.SendHtml(request.ChatId, Refusal(name, import.Problems, culture));
            return;
        }

        var author = new ChangeAuthor(request.RequiredMember.Key, ChangeSource.Import);
        response.Write(() => import.Store(author));
        var done = table.Layout.Kind == DataFileKind.Actuals ? "import.done_actuals" : "import.done_plans";
        var text = new StringBuilder(BotTexts.Html(done, culture, name, import.Rows, import.Changes, import.Unchanged));
        if (import.FunnelBreaks.Count > 0)
        {
            text.Append("\n\n").Append(BotTexts.Html("import.funnel_header", culture));
            foreach (var broken in import.FunnelBreaks.Take(MaxProblemsShown))
            {
                text.Append('\n').Append(BotTexts.Html(
                    "import.funnel_line", culture, PeriodNames.WeekWithYear(broken.Week, culture), new HtmlFragment(FunnelText.Break(broken, _team, culture))));
            }

            if (import.FunnelBreaks.Count > MaxProblemsShown)
            {
                text.Append('\n').Append(BotTexts.Html("import.more_problems", culture, import.FunnelBreaks.Count - MaxProblemsShown));
            }
        }

        response.SendHtml(request.ChatId, text.ToString());
    }

    /// <summary>The table of a CSV file with a known header, or null with the reason answered.</summary>
    private static DataFileTable? ReadCsv(byte[] bytes, string name, CultureInfo culture, BotRequest request, BotResponse response)
    {
        var decoded = DataFileText.Decode(bytes);
        if (decoded.Status != DataFileTextStatus.Text)
        {
            response.SendHtml(request.ChatId, BotTexts.Html(decoded.Status == DataFileTextStatus.Empty ? "import.empty" : "import.not_utf8", culture, name));
            return null;
        }

        var table = DataFileFormat.DetectFile(decoded.Text) is null ? null : CsvRecords.Read(new StringReader(decoded.Text));
        if (table?.Layout is null)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("import.unknown_header", culture, name));
            return null;
        }

        return table;
    }

    /// <summary>The table of a workbook's first sheet with a known header, or null with the reason answered.</summary>
    private static DataFileTable? ReadWorkbook(byte[] bytes, string name, CultureInfo culture, BotRequest request, BotResponse response)
    {
        var read = XlsxRecords.Read(bytes);
        var refusal = read.Status switch
        {
            XlsxReadStatus.Unreadable => BotTexts.Html("import.bad_xlsx", culture, name),
            XlsxReadStatus.TooBig => BotTexts.Html("import.xlsx_too_big", culture, name, XlsxRecords.MaxUnpackedBytes / (1024 * 1024)),
            _ when read.Table!.HeaderLine == 0 => BotTexts.Html("import.empty", culture, name),
            _ when read.Table.Layout is null => BotTexts.Html("import.unknown_header", culture, name),
            _ => null,
        };
        if (refusal is not null)
        {
            response.SendHtml(request.ChatId, refusal);
            return null;
        }

        return read.Table;
    }

    private static bool IsWorkbook(Document document) =>
        string.Equals(Path.GetExtension(document.FileName ?? ""), ".xlsx", StringComparison.OrdinalIgnoreCase)
        || string.Equals(document.MimeType, XlsxMimeType, StringComparison.OrdinalIgnoreCase);
    private static bool LooksLikeCsv(Document document)
    {
        var extension = Path.GetExtension(document.FileName ?? "");
        return CsvExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
            || CsvMimeTypes.Contains(document.MimeType ?? "", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file's bytes, or null when it turns out bigger than <see cref="MaxBytes"/>.</summary>
    private async Task<byte[]?> DownloadAsync(Document document, CancellationToken cancellationToken)
    {
        var file = await _bot.GetFile(document.FileId, cancellationToken);
        if (file.FileSize is > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await _bot.DownloadFile(file.FilePath ?? throw new InvalidOperationException("getFile gave no file path."), buffer, cancellationToken);
        return buffer.Length > MaxBytes ? null : buffer.ToArray();
    }

    private static string Refusal(string name, IReadOnlyList<DataFileProblem> problems, CultureInfo culture)
    {
        var text = new StringBuilder(BotTexts.Html("import.refused", culture, name, problems.Count));
        foreach (var problem in problems.Take(MaxProblemsShown))
        {
            var reasons = new HtmlFragment(DataFileReasonHtml.Html(problem.Reasons, culture));
            text.Append('\n').Append(BotTexts.Html("import.problem", culture, problem.Line.ToString(CultureInfo.InvariantCulture), reasons));
        }

        if (problems.Count > MaxProblemsShown)
        {
            text.Append('\n').Append(BotTexts.Html("import.more_problems", culture, problems.Count - MaxProblemsShown));
        }

        return text.ToString();
    }
}

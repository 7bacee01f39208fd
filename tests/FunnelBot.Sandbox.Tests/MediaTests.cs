using FunnelBot.Sandbox.State;
using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.Sandbox.Tests;

public sealed class MediaTests : EmulatorTestBase
{
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
        0, 0, 4, 0xB0, 0, 0, 2, 0xBC, 8, 6, 0, 0, 0, 0xDE, 0xAD, 0xBE, 0xEF,
    ];

    [Fact]
    public async Task SendPhoto_MultipartUpload_BytesArriveIntact()
    {
        var user = Driver.CreateUser("Anna");
        using var stream = new MemoryStream(Png);

        var sent = await Bot.SendPhoto(user.Id, InputFile.FromStream(stream, "chart.png"), caption: "<b>Funnel</b>", parseMode: ParseMode.Html);

        var stored = Assert.Single(Driver.BotMessages(user.Id));
        Assert.Equal(AttachmentKind.Photo, stored.Attachment!.Kind);
        Assert.Equal(Png, stored.Attachment.Content.ToArray());
        Assert.Equal("Funnel", stored.Caption);
        Assert.Equal("Funnel", sent.Caption);
        Assert.Equal(MessageEntityType.Bold, Assert.Single(sent.CaptionEntities!).Type);
        Assert.Equal((1200, 700), (sent.Photo!.Single().Width, sent.Photo!.Single().Height));
    }

    [Fact]
    public async Task SendDocument_MultipartUpload_BytesNameAndTypeArriveIntact()
    {
        var user = Driver.CreateUser("Anna");
        var csv = "week;leads\n42;17\n"u8.ToArray();
        using var stream = new MemoryStream(csv);

        var sent = await Bot.SendDocument(user.Id, InputFile.FromStream(stream, "report.csv"), caption: "Report");

        var stored = Assert.Single(Driver.BotMessages(user.Id)).Attachment!;
        Assert.Equal(csv, stored.Content.ToArray());
        Assert.Equal("report.csv", stored.FileName);
        Assert.Equal("report.csv", sent.Document!.FileName);
        Assert.Equal(csv.Length, sent.Document.FileSize);
    }

    [Fact]
    public async Task SendDocument_ByKnownFileId_ReusesFile()
    {
        var user = Driver.CreateUser("Anna");
        using var stream = new MemoryStream([1, 2, 3]);
        var first = await Bot.SendDocument(user.Id, InputFile.FromStream(stream, "a.bin"));

        var second = await Bot.SendDocument(user.Id, InputFile.FromFileId(first.Document!.FileId));

        Assert.Equal(first.Document.FileId, second.Document!.FileId);
    }

    [Fact]
    public async Task SendPhoto_CaptionOver1024AfterParsing_Is400()
    {
        var user = Driver.CreateUser("Anna");
        using var stream = new MemoryStream(Png);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Bot.SendPhoto(user.Id, InputFile.FromStream(stream, "c.png"), caption: new string('x', 1025)));

        Assert.Equal("Bad Request: message caption is too long", error.Message);
    }

    [Fact]
    public async Task GetFile_DocumentFromUser_DownloadsSameBytes()
    {
        var user = Driver.CreateUser("Anna");
        var content = Enumerable.Range(0, 5000).Select(i => (byte)(i % 251)).ToArray();
        await Driver.SendDocumentAsync(user.Id, "leads.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content, caption: "import");
        var document = Assert.Single(await Bot.GetUpdates()).Message!.Document!;

        var file = await Bot.GetFile(document.FileId);
        using var downloaded = new MemoryStream();
        await Bot.DownloadFile(file.FilePath!, downloaded);

        Assert.Equal("leads.xlsx", document.FileName);
        Assert.Equal(content.Length, file.FileSize);
        Assert.Equal(content, downloaded.ToArray());
    }

    [Fact]
    public async Task GetFile_UnknownId_Is400()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetFile("nope"));

        Assert.Equal("Bad Request: invalid file_id", error.Message);
    }
}

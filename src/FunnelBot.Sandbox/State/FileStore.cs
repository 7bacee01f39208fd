using System.Globalization;

namespace FunnelBot.Sandbox.State;

/// <summary>Files sent by users or by the bot, by file_id and by file_path. Thread-safe.</summary>
internal sealed class FileStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, StoredFile> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> byPath = new(StringComparer.Ordinal);
    private int counter;

    public StoredFile Add(string folder, string? fileName, string? mimeType, ReadOnlyMemory<byte> content)
    {
        lock (gate)
        {
            var number = ++counter;
            var extension = Path.GetExtension(fileName ?? string.Empty);
            var fileId = string.Create(CultureInfo.InvariantCulture, $"BQACAgIAAxk{number:D6}{folder}");
            var uniqueId = string.Create(CultureInfo.InvariantCulture, $"AgAD{number:D6}");
            var path = string.Create(CultureInfo.InvariantCulture, $"{folder}/file_{number}{extension}");
            var file = new StoredFile(fileId, uniqueId, path, fileName, mimeType, content);
            byId[fileId] = file;
            byPath[path] = file;
            return file;
        }
    }

    public StoredFile? FindById(string fileId)
    {
        lock (gate)
        {
            return byId.GetValueOrDefault(fileId);
        }
    }

    public StoredFile? FindByPath(string path)
    {
        lock (gate)
        {
            return byPath.GetValueOrDefault(path);
        }
    }
}

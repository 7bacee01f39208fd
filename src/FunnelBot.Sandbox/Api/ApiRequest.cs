using System.Globalization;
using System.Text.Json;
using FunnelBot.Sandbox.Json;

namespace FunnelBot.Sandbox.Api;

/// <summary>
/// The parameters of one Bot API call, whatever way they came (query string, urlencoded or multipart form, JSON).
/// Scalars are kept as strings; objects and arrays as their JSON text, as Telegram accepts both.
/// </summary>
internal sealed class ApiRequest(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, UploadedFile> files)
{
    public string? GetString(string name) => values.TryGetValue(name, out var value) ? value : null;

    public string RequireString(string name) =>
        GetString(name) is { Length: > 0 } value ? value : throw BotApiError.MissingParameter(name);

    public long? GetLong(string name)
    {
        var text = GetString(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BotApiError.BadRequest($"invalid {name} specified");
    }

    public int? GetInt(string name)
    {
        var value = GetLong(name);
        return value is null ? null : (int)Math.Clamp(value.Value, int.MinValue, int.MaxValue);
    }

    public bool GetBool(string name) =>
        GetString(name) is { } text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");

    /// <summary>Reads a JSON-typed parameter (reply_markup, scope, commands, …); null when absent.</summary>
    public T? GetJson<T>(string name)
        where T : class
    {
        var text = GetString(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, BotJson.Options);
        }
        catch (JsonException)
        {
            throw BotApiError.BadRequest($"can't parse {name} JSON object");
        }
    }

    /// <summary>An input file: a multipart part named directly, or referenced as attach://name.</summary>
    public UploadedFile? GetFile(string name)
    {
        if (files.TryGetValue(name, out var direct))
        {
            return direct;
        }

        var value = GetString(name);
        const string attach = "attach://";
        if (value is not null && value.StartsWith(attach, StringComparison.Ordinal))
        {
            return files.TryGetValue(value[attach.Length..], out var attached)
                ? attached
                : throw BotApiError.BadRequest($"can't find attached file \"{value}\"");
        }

        return null;
    }
}

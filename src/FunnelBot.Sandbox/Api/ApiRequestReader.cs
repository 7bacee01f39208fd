using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FunnelBot.Sandbox.Api;

/// <summary>Builds an <see cref="ApiRequest"/> from a GET query, an urlencoded or multipart form, or a JSON body.</summary>
internal static class ApiRequestReader
{
    public static async Task<ApiRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            await ReadFormAsync(request, values, files, ct);
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            await ReadJsonAsync(request, values, ct);
        }

        return new ApiRequest(values, files);
    }

    private static async Task ReadFormAsync(
        HttpRequest request, Dictionary<string, string> values, Dictionary<string, UploadedFile> files, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        foreach (var (key, value) in form)
        {
            values[key] = value.ToString();
        }

        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            files[file.Name] = new UploadedFile(file.FileName, file.ContentType, buffer.ToArray());
        }
    }

    private static async Task ReadJsonAsync(HttpRequest request, Dictionary<string, string> values, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            throw BotApiError.BadRequest("can't parse JSON object");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.Null or JsonValueKind.Undefined:
                        break;
                    case JsonValueKind.String:
                        values[property.Name] = property.Value.GetString()!;
                        break;
                    default:
                        values[property.Name] = property.Value.GetRawText();
                        break;
                }
            }
        }
    }
}

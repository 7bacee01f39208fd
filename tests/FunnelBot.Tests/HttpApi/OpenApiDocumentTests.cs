using System.Net;
using System.Text.Json;
using FunnelBot.HttpApi.PushApi;
using FunnelBot.Tests.Bot.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using static FunnelBot.Tests.HttpApi.Support.PushApiClient;

namespace FunnelBot.Tests.HttpApi;

/// <summary>The served OpenAPI document validates, and a client that knows only it can write a batch and read the report.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task Document_ReadByMicrosoftOpenApi_ValidAndEnoughToWriteABatchAndReadTheReport()
    {
        await using var bot = await BotTestHost.StartAsync(settings: HttpHostTests.OnAFreePort);
        using var http = For(bot, NewKey(bot, "openapi-client"));

        await using var served = await http.GetStreamAsync(new Uri(PushApiEndpoints.OpenApiPath, UriKind.Relative));
        var settings = new OpenApiReaderSettings();
        var read = await OpenApiDocument.LoadAsync(served, "json", settings);
        var document = read.Document!;

        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!);
        Assert.Equal(["/api/v1/plans", "/api/v1/scorecard", "/api/v1/values"], document.Paths.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(PushApiOpenApi.SchemeName, document.Components!.SecuritySchemes!.Keys);

        var (writePath, write) = Operation(document, "writeValues");
        var (readPath, report) = Operation(document, "readScorecard");
        Assert.Equal(HttpMethod.Post, write.Method);
        var body = write.Operation.RequestBody!.Content!["application/json"].Schema!;
        Assert.Contains("values", body.Properties!.Keys);
        var item = body.Properties["values"].Items!;
        Assert.Superset(new HashSet<string> { "metric", "week", "value" }, item.Properties!.Keys.ToHashSet());
        var weekParameter = Assert.Single(report.Operation.Parameters!, p => p.Name == "week").Name!;

        using var written = await http.SendAsync(new HttpRequestMessage(write.Method, writePath)
        {
            Content = Json($$"""{"values": [{"metric": "leads", "week": "2026-W47", "value": "41"}, {"metric": "calls", "week": "2026-W47", "value": 9}]}"""),
        });
        using var scorecard = JsonDocument.Parse(await http.GetStringAsync(new Uri($"{readPath}?{weekParameter}=2026-W47", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Contains(write.Operation.Responses!.Keys, code => code == "200");
        var metrics = scorecard.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("key").GetString()!, m => m.GetProperty("week").GetProperty("actual").GetDecimal());
        Assert.Equal((41m, 9m), (metrics["leads"], metrics["calls"]));
    }

    private static (string Path, (HttpMethod Method, OpenApiOperation Operation) Found) Operation(OpenApiDocument document, string id)
    {
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                if (operation.OperationId == id)
                {
                    return (path, (method, operation));
                }
            }
        }

        throw new Xunit.Sdk.XunitException($"no operation {id}");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FunnelBot.Sandbox.Tests.Support;

namespace FunnelBot.Sandbox.Tests;

/// <summary>Telegram accepts parameters as a GET query, an urlencoded form, JSON or multipart; so does the emulator.</summary>
public sealed class WireFormatTests : EmulatorTestBase
{
    [Fact]
    public async Task SendMessage_GetQuery_Accepted()
    {
        var user = Driver.CreateUser("Anna");
        using var http = CreateHttpClient();

        using var body = await ReadAsync(await http.GetAsync($"/bot{Token}/sendMessage?chat_id={user.Id}&text=hi%20there"));

        Assert.True(body.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal("hi there", body.RootElement.GetProperty("result").GetProperty("text").GetString());
    }

    [Fact]
    public async Task SendMessage_UrlEncodedFormWithJsonMarkup_Accepted()
    {
        var user = Driver.CreateUser("Anna");
        using var http = CreateHttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "<i>form</i>",
            ["parse_mode"] = "HTML",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"Go","callback_data":"go"}]]}""",
        });

        using var body = await ReadAsync(await http.PostAsync($"/bot{Token}/sendMessage", form));

        var result = body.RootElement.GetProperty("result");
        Assert.Equal("form", result.GetProperty("text").GetString());
        Assert.Equal("go", result.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
    }

    [Fact]
    public async Task SendMessage_MissingText_Is400ShapedLikeTelegram()
    {
        var user = Driver.CreateUser("Anna");
        using var http = CreateHttpClient();

        using var response = await http.PostAsJsonAsync($"/bot{Token}/sendMessage", new { chat_id = user.Id });
        using var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(400, body.RootElement.GetProperty("error_code").GetInt32());
        Assert.Equal("Bad Request: message text is empty", body.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task InjectedTooManyRequests_CarriesParametersRetryAfter()
    {
        Faults.TooManyRequests(1, 5);
        using var http = CreateHttpClient();

        using var response = await http.PostAsync($"/bot{Token}/getMe", null);
        using var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(5, body.RootElement.GetProperty("parameters").GetProperty("retry_after").GetInt32());
    }

    [Fact]
    public async Task MethodName_CaseInsensitive_LikeTelegram()
    {
        using var http = CreateHttpClient();

        using var body = await ReadAsync(await http.GetAsync($"/bot{Token}/GETME"));

        Assert.True(body.RootElement.GetProperty("ok").GetBoolean());
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        }
    }
}

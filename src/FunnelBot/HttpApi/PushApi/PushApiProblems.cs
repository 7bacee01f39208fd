using Microsoft.AspNetCore.Http;

namespace FunnelBot.HttpApi.PushApi;

/// <summary>The push API's refusals as RFC 7807 problem details (<c>application/problem+json</c>); none echoes a secret.</summary>
public static class PushApiProblems
{
    private const string TypeBase = "https://funnelbot.invalid/problems/";

    public static IResult Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problem(StatusCodes.Status401Unauthorized, "unauthorized", "A valid API key is needed", "Send 'Authorization: Bearer <key>' with a key the manager made.");
    }

    public static IResult NotJson(long line, long position) =>
        Problem(StatusCodes.Status400BadRequest, "malformed-json", "The body is not valid JSON",
            FormattableString.Invariant($"The JSON breaks at line {line + 1}, position {position + 1}."),
            new Dictionary<string, object?> { ["line"] = line + 1, ["position"] = position + 1 });

    public static IResult BadShape(string what) => Problem(StatusCodes.Status400BadRequest, "bad-request", "The request is not of the expected shape", what);

    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "The body is too large", FormattableString.Invariant($"At most {limit} bytes are accepted."));

    public static IResult NotJsonMedia() =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "The body must be JSON", "Send 'Content-Type: application/json'.");

    public static IResult Refused(IReadOnlyList<ValueRefusalOutput> refused) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "values-refused", "Values were refused; nothing was stored",
            FormattableString.Invariant($"{refused.Count} of the values were refused."), new Dictionary<string, object?> { ["errors"] = refused });

    public static IResult OutOfScope(IReadOnlyList<string> metrics) =>
        Problem(StatusCodes.Status403Forbidden, "out-of-scope", "The key may not write these metrics; nothing was stored",
            "Not in the key's scope: " + string.Join(", ", metrics) + ".", new Dictionary<string, object?> { ["metrics"] = metrics });

    public static IResult IdempotencyKeyReused() =>
        Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "The Idempotency-Key was used for another request",
            "Use a new Idempotency-Key for a different request.");

    public static IResult BadIdempotencyKey() =>
        Problem(StatusCodes.Status400BadRequest, "bad-idempotency-key", "The Idempotency-Key header is not 1-100 visible ASCII characters", null);

    public static IResult BadWeek(string parameter) =>
        Problem(StatusCodes.Status400BadRequest, "bad-week", "Not a week", $"'{parameter}' takes an ISO week such as 2026-W48 or a date inside one (yyyy-MM-dd) of the supported years.");

    public static IResult BadYear() => Problem(StatusCodes.Status400BadRequest, "bad-year", "Not a year", "'year' takes a year of the supported years, e.g. 2026.");

    public static IResult TooManyRequests(TimeSpan? retryAfter) =>
        Problem(StatusCodes.Status429TooManyRequests, "too-many-requests", "Too many requests for this key",
            retryAfter is { } wait ? FormattableString.Invariant($"Try again in {Math.Ceiling(wait.TotalSeconds)} s.") : "Try again later.");

    private static IResult Problem(int status, string type, string title, string? detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail, statusCode: status, title: title, type: TypeBase + type, extensions: extensions);
}

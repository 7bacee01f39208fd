using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FunnelBot.Sandbox.Page;

/// <summary>
/// Serves the web chat page (wwwroot: plain HTML, CSS and JavaScript, embedded in the assembly) at <c>/</c>. The page
/// talks only to the driver's <c>/sandbox/api</c> routes.
/// </summary>
internal static class WebChatPage
{
    private const string ResourcePrefix = "FunnelBot.Sandbox.wwwroot.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    public static void Map(IEndpointRouteBuilder routes)
    {
        var assembly = typeof(WebChatPage).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var fileName = resource[ResourcePrefix.Length..];
            var content = Read(assembly, resource);
            var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");
            routes.MapGet("/" + fileName, () => File(content, contentType));
            if (fileName == "index.html")
            {
                routes.MapGet("/", () => File(content, contentType));
            }
        }
    }

    private static PageFile File(byte[] content, string contentType) => new(content, contentType);

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A static file that the browser must revalidate (the page changes with the build, not by URL).</summary>
    private sealed class PageFile(byte[] content, string contentType) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = contentType;
            httpContext.Response.Headers.CacheControl = "no-cache";
            httpContext.Response.Headers["X-Content-Type-Options"] = "nosniff";
            httpContext.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";
            await httpContext.Response.Body.WriteAsync(content);
        }
    }
}

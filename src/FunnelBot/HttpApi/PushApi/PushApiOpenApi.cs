using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FunnelBot.HttpApi.PushApi;

/// <summary>The OpenAPI document of the push API: only <c>/api/v1</c>, its title, and the bearer key every operation needs.</summary>
public static class PushApiOpenApi
{
    public const string SchemeName = "apiKey";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "FunnelBot push API",
                Version = "v1",
                Description = "Write weekly values, read a week's scorecard and a year's plans. Every request needs 'Authorization: Bearer <key>' with a key the manager made (/apikey in a private chat, or the command line's 'apikey create').",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A key of the form fbk_..., shown once when it is made.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
            return Task.CompletedTask;
        });
    }
}

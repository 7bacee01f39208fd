using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.ApiKeys;

/// <summary>
/// <c>/apikey</c> (manager, private chat): the keys of the push API. <c>/apikey new name [metric ...]</c> makes one and
/// shows it once (only its hash is kept; the message itself waits in the outbox until Telegram took it);
/// <c>/apikey revoke name</c> revokes one; <c>/apikey</c> lists the keys not revoked, never a key itself.
/// </summary>
public sealed class ApiKeyCommand : IBotCommand
{
    private readonly ApiKeyStore _keys;
    private readonly TeamConfiguration _team;

    public ApiKeyCommand(ApiKeyStore keys, TeamConfiguration team)
    {
        _keys = keys;
        _team = team;
    }

    public string Name => "apikey";

    public CommandAccess Access => CommandAccess.Manager;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var words = request.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        switch (verb)
        {
            case "new" when words.Length >= 2:
                Create(words[1], words[2..], request, response);
                break;
            case "revoke" when words.Length == 2:
                Revoke(words[1], request, response);
                break;
            default:
                List(request, response);
                break;
        }

        return Task.CompletedTask;
    }

    private void Create(string name, string[] metrics, BotRequest request, BotResponse response)
    {
        if (!ApiKeyStore.IsName(name))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("apikey.bad_name", request.Culture, name));
            return;
        }

        var entered = _team.Metrics.Where(metric => metric.Kind == MetricKind.Entered).Select(metric => metric.Key).ToList();
        if (metrics.FirstOrDefault(metric => !entered.Contains(metric, StringComparer.Ordinal)) is { } unknown)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("apikey.bad_metric", request.Culture, unknown, string.Join(", ", entered)));
            return;
        }

        if (_keys.NameTaken(name))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("apikey.exists", request.Culture, name));
            return;
        }

        var created = _keys.Prepare(name, metrics, request.RequiredMember.Key);
        response.OnlyIf(() => !_keys.NameTaken(name));
        response.Write(() => _keys.Save(created));
        response.SendHtml(request.ChatId, BotTexts.Html("apikey.created", request.Culture, name, Scope(created.Key, request), created.Secret));
    }

    private void Revoke(string name, BotRequest request, BotResponse response)
    {
        if (!_keys.NameTaken(name))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("apikey.revoke_none", request.Culture, name));
            return;
        }

        response.Write(() => _keys.Revoke(name, request.RequiredMember.Key));
        response.SendHtml(request.ChatId, BotTexts.Html("apikey.revoked", request.Culture, name));
    }

    private void List(BotRequest request, BotResponse response)
    {
        var keys = _keys.Active();
        var text = new StringBuilder(keys.Count == 0 ? BotTexts.Html("apikey.none", request.Culture) : BotTexts.Html("apikey.header", request.Culture));
        foreach (var key in keys)
        {
            text.Append('\n').Append(BotTexts.Html("apikey.line", request.Culture, key.Name, Scope(key, request)));
        }

        text.Append("\n\n").Append(BotTexts.Html("apikey.usage", request.Culture));
        response.SendHtml(request.ChatId, text.ToString());
    }

    private static string Scope(ApiKeyDocument key, BotRequest request) =>
        key.Metrics.Count == 0 ? BotTexts.Template("apikey.scope_all", request.Culture) : string.Join(", ", key.Metrics);
}

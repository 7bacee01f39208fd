using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Methods;

/// <summary>answerCallbackQuery.</summary>
internal sealed class CallbackMethods(EmulatorContext context)
{
    private const int MaxAnswerLength = 200;

    public void Register(MethodRegistry registry) => registry.Add("answerCallbackQuery", Answer);

    private object Answer(ApiRequest request)
    {
        var id = request.RequireString("callback_query_id");
        var text = request.GetString("text");
        if (text is not null && text.Length > MaxAnswerLength)
        {
            throw BotApiError.BadRequest("MESSAGE_TOO_LONG");
        }

        var answer = new CallbackAnswer(id, text, request.GetBool("show_alert"), request.GetString("url"));
        return context.Callbacks.TryAnswer(answer)
            ? true
            : throw BotApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
    }
}

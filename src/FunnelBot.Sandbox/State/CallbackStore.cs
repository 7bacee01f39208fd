using System.Globalization;

namespace FunnelBot.Sandbox.State;

/// <summary>Button presses waiting for answerCallbackQuery, and the answers given. Thread-safe.</summary>
internal sealed class CallbackStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, CallbackAnswer?> queries = new(StringComparer.Ordinal);
    private long counter = 4_382_000_000_000_000;

    public ChangeSignal Answered { get; } = new();

    public string NewQuery()
    {
        lock (gate)
        {
            var id = (++counter).ToString(CultureInfo.InvariantCulture);
            queries[id] = null;
            return id;
        }
    }

    /// <summary>Records the answer; false when the id is unknown or already answered.</summary>
    public bool TryAnswer(CallbackAnswer answer)
    {
        lock (gate)
        {
            if (!queries.TryGetValue(answer.CallbackQueryId, out var existing) || existing is not null)
            {
                return false;
            }

            queries[answer.CallbackQueryId] = answer;
        }

        Answered.Pulse();
        return true;
    }

    public CallbackAnswer? FindAnswer(string queryId)
    {
        lock (gate)
        {
            return queries.GetValueOrDefault(queryId);
        }
    }
}

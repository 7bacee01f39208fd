using FunnelBot.Sandbox.Faults;
using FunnelBot.Sandbox.Flood;
using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox;

/// <summary>Everything one emulator instance shares between its Bot API, its driver and its faults.</summary>
internal sealed class EmulatorContext
{
    public EmulatorContext(EmulatorOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        Faults = new EmulatorFaults(options.FloodLimits);
        Flood = new FloodLimiter(Time);
        Mapper = new BotApiMapper(this);
        WebhookDelivery = new Webhooks.WebhookDelivery(this);
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public ChatStore Chats { get; } = new();

    public Reachability Reachability { get; } = new();

    public FileStore Files { get; } = new();

    public CallbackStore Callbacks { get; } = new();

    public CommandStore Commands { get; } = new();

    public UpdateQueue Updates { get; } = new();

    public RequestCounter Requests { get; } = new();

    public Methods.PollCoordinator Polls { get; } = new();

    public WebhookState Webhook { get; } = new();

    public Webhooks.WebhookDelivery WebhookDelivery { get; }

    public EmulatorFaults Faults { get; }

    public FloodLimiter Flood { get; }

    public BotApiMapper Mapper { get; }

    /// <summary>Cancelled when the emulator stops, so that long polls end at once.</summary>
    public CancellationTokenSource Stopping { get; } = new();

    public DateTimeOffset Now => Time.GetUtcNow();
}

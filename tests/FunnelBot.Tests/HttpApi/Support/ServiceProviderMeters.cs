using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Tests.HttpApi.Support;

/// <summary>A meter factory of its own for a part built without a host, disposed with its meters.</summary>
public sealed class ServiceProviderMeters : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public IMeterFactory Factory => _services.GetRequiredService<IMeterFactory>();

    public void Dispose() => _services.Dispose();
}

namespace FunnelBot.Tests.HttpApi.Support;

/// <summary>
/// Tests that read <c>/metrics</c> run alone: the exporter listens to every meter named <c>FunnelBot</c> in the
/// process, so a bot host of another test running at the same time would add its samples to the scrape.
/// </summary>
[CollectionDefinition(nameof(MetricsScrapes), DisableParallelization = true)]
public sealed class MetricsScrapes;

namespace FunnelBot.Configuration;

/// <summary>
/// The <c>Countermeasures</c> section: how many full weeks a metric is followed after its countermeasure task closes
/// (<see cref="FollowWeeks"/>), and by how much the mean attainment after must exceed the attainment before to count as
/// improved (<see cref="ImprovedBy"/>, a fraction: 0.1 = 10 percentage points).
/// </summary>
public sealed class CountermeasureOptions
{
    public const string Section = "Countermeasures";

    public int FollowWeeks { get; set; } = 4;

    public decimal ImprovedBy { get; set; } = 0.1m;
}

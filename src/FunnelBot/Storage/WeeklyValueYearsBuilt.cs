namespace FunnelBot.Storage;

/// <summary>
/// Version 4: the weekly values get their year rows (<see cref="WeeklyValueYearDocument"/>), which reports read
/// instead of every week's document. The rows are made again from all stored values, so the step is safe to repeat;
/// the values themselves do not change.
/// </summary>
internal sealed class WeeklyValueYearsBuilt : ISchemaMigration
{
    public int Version => 4;

    public string Description => "the weekly values get one row per metric and ISO year, which reports read";

    public void Apply(FunnelDatabase database) =>
        new WeeklyValueYears(database).RebuildFrom(database.Raw(WeeklyValueStore.CollectionName));
}

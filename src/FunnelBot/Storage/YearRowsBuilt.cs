namespace FunnelBot.Storage;

/// <summary>
/// Version 4: the weekly values and the plans get their year rows (<see cref="WeeklyValueYearDocument"/>,
/// <see cref="PlanYearDocument"/>), which reports read instead of every week's value and every plan. The rows are made
/// again from all stored values and plans, so the step is safe to repeat; the values and plans themselves do not change.
/// </summary>
internal sealed class YearRowsBuilt : ISchemaMigration
{
    public int Version => 4;

    public string Description => "the weekly values and the plans get one row per metric and year, which reports read";

    public void Apply(FunnelDatabase database)
    {
        new WeeklyValueYears(database).RebuildFrom(database.Raw(WeeklyValueStore.CollectionName));
        new PlanYears(database).RebuildFrom(database.Collection<PlanDocument>(PlanStore.CollectionName).FindAll().Select(plan => plan.ToEntry()));
    }
}

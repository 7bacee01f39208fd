namespace FunnelBot.Domain.Periods;

/// <summary>The calendar day of an instant in a time zone: the one rule every "local day" and "week of" uses.</summary>
public static class LocalDay
{
    /// <summary>The calendar day in <paramref name="zone"/> at <paramref name="moment"/>.</summary>
    public static DateOnly Of(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    /// <summary>The ISO week of the day in <paramref name="zone"/> at <paramref name="moment"/>.</summary>
    public static IsoWeek WeekOf(DateTimeOffset moment, TimeZoneInfo zone) => IsoWeek.Containing(Of(moment, zone));
}

namespace FunnelBot.DataFiles;

/// <summary>
/// The columns of a data file, in the file's order, with the names its header gives them. The export writes
/// <see cref="Of"/>; the import takes any header <see cref="Recognise"/> knows: the English or Russian names (case,
/// spaces, quotes and a byte order mark ignored), in any order, the columns for people (the metric's name, the period
/// in words) present or not, so that a file exported in either language imports back as it is.
/// </summary>
public sealed class DataFileLayout
{
    private static readonly Dictionary<string, (DataFileColumn Column, FileLanguage Language)> KnownNames = new(StringComparer.Ordinal)
    {
        ["metric"] = (DataFileColumn.MetricKey, FileLanguage.English),
        ["week"] = (DataFileColumn.Week, FileLanguage.English),
        ["period"] = (DataFileColumn.Period, FileLanguage.English),
        ["value"] = (DataFileColumn.Value, FileLanguage.English),
        ["note"] = (DataFileColumn.Note, FileLanguage.English),
        ["код метрики"] = (DataFileColumn.MetricKey, FileLanguage.Russian),
        ["метрика"] = (DataFileColumn.MetricName, FileLanguage.Russian),
        ["код недели"] = (DataFileColumn.Week, FileLanguage.Russian),
        ["неделя"] = (DataFileColumn.WeekDates, FileLanguage.Russian),
        ["код периода"] = (DataFileColumn.Period, FileLanguage.Russian),
        ["период"] = (DataFileColumn.PeriodWords, FileLanguage.Russian),
        ["значение"] = (DataFileColumn.Value, FileLanguage.Russian),
        ["план"] = (DataFileColumn.Value, FileLanguage.Russian),
        ["примечание"] = (DataFileColumn.Note, FileLanguage.Russian),
    };

    private static readonly HashSet<DataFileColumn> ActualsColumns =
        [DataFileColumn.MetricKey, DataFileColumn.MetricName, DataFileColumn.Week, DataFileColumn.WeekDates, DataFileColumn.Value];

    private static readonly HashSet<DataFileColumn> PlansColumns =
        [DataFileColumn.MetricKey, DataFileColumn.MetricName, DataFileColumn.Period, DataFileColumn.PeriodWords, DataFileColumn.Value, DataFileColumn.Note];

    private readonly List<DataFileColumn> _columns;

    private DataFileLayout(DataFileKind kind, FileLanguage language, IReadOnlyList<(DataFileColumn Column, string Name)> columns)
    {
        Kind = kind;
        Language = language;
        _columns = [.. columns.Select(column => column.Column)];
        Names = [.. columns.Select(column => column.Name)];
    }

    public DataFileKind Kind { get; }

    /// <summary>The language of the names: Russian when any name is Russian.</summary>
    public FileLanguage Language { get; }

    public IReadOnlyList<DataFileColumn> Columns => _columns;

    public IReadOnlyList<string> Names { get; }

    /// <summary>The header row as the file's language writes it: <c>metric,week,value</c>, <c>Код метрики;Метрика;…</c>.</summary>
    public string Header => string.Join(Language.Separator(), Names);

    /// <summary>
    /// The fewest fields a row may have: one less than the header when the note is the last column (an empty note may
    /// be left out).
    /// </summary>
    public int MinFields => Columns.Count > 0 && Columns[^1] == DataFileColumn.Note ? Columns.Count - 1 : Columns.Count;

    /// <summary>The most fields a row may have: one more than a plans header without a note column (the note after the value).</summary>
    public int MaxFields => Kind == DataFileKind.Plans && !Columns.Contains(DataFileColumn.Note) ? Columns.Count + 1 : Columns.Count;

    /// <summary>The layout the export writes for <paramref name="kind"/> in <paramref name="language"/>.</summary>
    public static DataFileLayout Of(DataFileKind kind, FileLanguage language) => (kind, language) switch
    {
        (DataFileKind.Actuals, FileLanguage.English) => new(kind, language, [(DataFileColumn.MetricKey, "metric"), (DataFileColumn.Week, "week"), (DataFileColumn.Value, "value")]),
        (DataFileKind.Plans, FileLanguage.English) =>
            new(kind, language, [(DataFileColumn.MetricKey, "metric"), (DataFileColumn.Period, "period"), (DataFileColumn.Value, "value"), (DataFileColumn.Note, "note")]),
        (DataFileKind.Actuals, _) => new(kind, language,
            [(DataFileColumn.MetricKey, "Код метрики"), (DataFileColumn.MetricName, "Метрика"), (DataFileColumn.Week, "Код недели"), (DataFileColumn.WeekDates, "Неделя"), (DataFileColumn.Value, "Значение")]),
        _ => new(kind, language,
            [(DataFileColumn.MetricKey, "Код метрики"), (DataFileColumn.MetricName, "Метрика"), (DataFileColumn.Period, "Код периода"), (DataFileColumn.PeriodWords, "Период"), (DataFileColumn.Value, "План"), (DataFileColumn.Note, "Примечание")]),
    };

    /// <summary>
    /// The layout of a header row, or null when it is no data file's: every name known, none twice, a metric key,
    /// a value and either a week (actuals) or a period (plans), with only the columns of that file.
    /// </summary>
    public static DataFileLayout? Recognise(IReadOnlyList<string> names)
    {
        var columns = new List<(DataFileColumn Column, string Name)>();
        var language = FileLanguage.English;
        foreach (var name in names)
        {
            if (!KnownNames.TryGetValue(Normalize(name), out var known) || columns.Any(column => column.Column == known.Column))
            {
                return null;
            }

            columns.Add((known.Column, name.TrimStart('\uFEFF').Trim().Trim('"').Trim()));
            language = known.Language == FileLanguage.Russian ? FileLanguage.Russian : language;
        }

        var present = columns.Select(column => column.Column).ToHashSet();
        if (!present.Contains(DataFileColumn.MetricKey) || !present.Contains(DataFileColumn.Value))
        {
            return null;
        }

        return present.Contains(DataFileColumn.Week) && present.IsSubsetOf(ActualsColumns) ? new DataFileLayout(DataFileKind.Actuals, language, columns)
            : present.Contains(DataFileColumn.Period) && present.IsSubsetOf(PlansColumns) ? new DataFileLayout(DataFileKind.Plans, language, columns)
            : null;
    }

    /// <summary>Where <paramref name="column"/> is in a row; for a plans file without a note column, the note is the field after the last.</summary>
    public int IndexOf(DataFileColumn column)
    {
        var index = _columns.IndexOf(column);
        return index < 0 && column == DataFileColumn.Note && Kind == DataFileKind.Plans ? Columns.Count : index;
    }

    /// <summary>The field of <paramref name="column"/> in a row; empty when the row has none.</summary>
    public string Field(IReadOnlyList<string> fields, DataFileColumn column)
    {
        var index = IndexOf(column);
        return index >= 0 && index < fields.Count ? fields[index] : "";
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.TrimStart('\uFEFF').Trim().Trim('"').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}

using FunnelBot.DataFiles;

namespace FunnelBot.Tests.DataFiles;

public sealed class DataFileLayoutTests
{
    [Theory]
    [InlineData("metric|week|value", DataFileKind.Actuals, FileLanguage.English, 3, 3)]
    [InlineData("metric|period|value|note", DataFileKind.Plans, FileLanguage.English, 3, 4)]
    [InlineData("metric|period|value", DataFileKind.Plans, FileLanguage.English, 3, 4)]
    [InlineData("Код метрики|Метрика|Код недели|Неделя|Значение", DataFileKind.Actuals, FileLanguage.Russian, 5, 5)]
    [InlineData("Код метрики|Метрика|Код периода|Период|План|Примечание", DataFileKind.Plans, FileLanguage.Russian, 5, 6)]
    [InlineData("\uFEFF\"код  МЕТРИКИ\" | код недели |ЗНАЧЕНИЕ", DataFileKind.Actuals, FileLanguage.Russian, 3, 3)] // case, spaces, quotes, BOM
    [InlineData("Код недели|Значение|Код метрики", DataFileKind.Actuals, FileLanguage.Russian, 3, 3)]                // any order
    [InlineData("metric|Код периода|Значение|Примечание|Период", DataFileKind.Plans, FileLanguage.Russian, 5, 5)]     // mixed, note not last
    public void Recognise_KnownHeader_TellsTheFileLanguageAndRowWidths(string header, DataFileKind kind, FileLanguage language, int fewest, int most)
    {
        var layout = DataFileLayout.Recognise(header.Split('|'));

        Assert.NotNull(layout);
        Assert.Equal((kind, language, fewest, most), (layout.Kind, layout.Language, layout.MinFields, layout.MaxFields));
    }

    [Theory]
    [InlineData("metric|week|value|note")]                 // a note belongs to plans
    [InlineData("Код метрики|Неделя|Значение")]            // dates, but no week code
    [InlineData("Код метрики|Код недели|Код периода|Значение")]
    [InlineData("metric|week|value|value")]
    [InlineData("Код метрики|Метрика|Код недели")]
    [InlineData("metric|week|value|comment")]
    [InlineData("")]
    public void Recognise_NoDataFileHeader_IsNull(string header)
    {
        Assert.Null(DataFileLayout.Recognise(header.Split('|')));
    }

    [Theory]
    [InlineData(DataFileKind.Actuals, FileLanguage.English)]
    [InlineData(DataFileKind.Plans, FileLanguage.English)]
    [InlineData(DataFileKind.Actuals, FileLanguage.Russian)]
    [InlineData(DataFileKind.Plans, FileLanguage.Russian)]
    public void Of_WhatTheExportWrites_IsRecognisedAsItself(DataFileKind kind, FileLanguage language)
    {
        var written = DataFileLayout.Of(kind, language);

        var read = DataFileLayout.Recognise(written.Header.Split(language.Separator()));

        Assert.NotNull(read);
        Assert.Equal((kind, language), (read.Kind, read.Language));
        Assert.Equal(written.Columns, read.Columns);
        Assert.Equal(written.Header, read.Header);
    }

    [Theory]
    [InlineData("2026-03", "март 2026")]
    [InlineData("2026-12", "декабрь 2026")]
    [InlineData("2026-W48", "23.11.2026–29.11.2026")]
    [InlineData("2026-W53", "28.12.2026–03.01.2027")]
    [InlineData("2026", "2026 год")]
    [InlineData("odd", "odd")]
    public void SpreadsheetPeriods_PeriodInWords(string code, string words)
    {
        Assert.Equal(words, SpreadsheetPeriods.Period(code));
    }
}

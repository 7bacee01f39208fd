namespace FunnelBot.DataFiles;

/// <summary>A workbook's column letters: A, B, …, Z, AA, … (how MiniExcel keys the cells of a row).</summary>
public static class XlsxColumns
{
    public static string NameOf(int index)
    {
        var name = "";
        for (var number = index + 1; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }
}

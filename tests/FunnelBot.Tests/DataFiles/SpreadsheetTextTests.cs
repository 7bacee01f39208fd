using FunnelBot.DataFiles;

namespace FunnelBot.Tests.DataFiles;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("\ncmd", "'\ncmd")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("\u00A0\u3000=1+1", "'\u00A0\u3000=1+1")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("\uFF20SUM(A1)", "'\uFF20SUM(A1)")]
    [InlineData("'=1+1", "''=1+1")]
    [InlineData("''-x", "'''-x")]
    [InlineData("vacation, Anna", "vacation, Anna")]
    [InlineData("1 = 1", "1 = 1")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("''", "''")]
    [InlineData(" ", " ")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Guard_Text_StartsWithAnApostropheOnlyWhenASpreadsheetWouldRunIt(string? text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Guard(text));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("  -5 for the fair")]
    [InlineData("'=1+1")]
    [InlineData("'''@x")]
    [InlineData("'quoted")]
    [InlineData("'")]
    [InlineData("\uFF0B1")]
    [InlineData("plain note")]
    public void Unguard_WhatGuardWrote_GivesBackTheText(string text) =>
        Assert.Equal(text, SpreadsheetText.Unguard(SpreadsheetText.Guard(text)));

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("'", "'")]
    [InlineData("=1+1", "=1+1")]
    public void Unguard_HandWrittenField_DropsOnlyAnApostropheBeforeAFormula(string field, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Unguard(field));
}

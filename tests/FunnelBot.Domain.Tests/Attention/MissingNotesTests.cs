using FunnelBot.Domain.Attention;

namespace FunnelBot.Domain.Tests.Attention;

public sealed class MissingNotesTests
{
    [Theory]
    [InlineData(false, 0, false, MissingNote.Cause | MissingNote.Countermeasure)]
    [InlineData(true, 0, false, MissingNote.Countermeasure)]
    [InlineData(false, 1, false, MissingNote.Cause)]
    [InlineData(true, 2, false, MissingNote.None)]
    [InlineData(true, 0, true, MissingNote.None)] // the owner said no countermeasure is needed
    [InlineData(false, 0, true, MissingNote.Cause)]
    public void Of_WhatARedWeekStillLacks(bool hasCause, int countermeasures, bool noCountermeasure, MissingNote expected) =>
        Assert.Equal(expected, MissingNotes.Of(hasCause, countermeasures, noCountermeasure));
}

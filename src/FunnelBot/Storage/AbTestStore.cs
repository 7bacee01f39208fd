using FunnelBot.Domain.Periods;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>A new A/B test as <c>/ab new</c> asks for it.</summary>
public sealed record NewAbTest(
    string Name, string TrialMetric, string ConversionMetric, string VariantA, string VariantB, string Owner, DateOnly Start, DateOnly? End,
    string CreatedBy);

/// <summary>One week's numbers of both variants.</summary>
public sealed record AbTestWeekNumbers(IsoWeek Week, long TrialsA, long ConversionsA, long TrialsB, long ConversionsB);

/// <summary>
/// A/B tests, numbered from 1, and their weekly numbers per variant. Finishing a test records the decision; nothing is
/// deleted. Every write bumps <see cref="FunnelDatabase.Changes"/>, since the digest lists running tests.
/// </summary>
public sealed class AbTestStore
{
    public const string CollectionName = "ab_tests";
    public const string WeeksCollectionName = "ab_test_weeks";
    public const string PendingCollectionName = "ab_test_pending";
    private readonly ILiteCollection<AbTestDocument> _tests;
    private readonly ILiteCollection<AbTestWeekDocument> _weeks;
    private readonly ILiteCollection<AbTestPendingDocument> _pending;
    private readonly DataVersion _changes;
    private readonly TimeProvider _time;

    public AbTestStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _changes = database.Changes;
        _tests = database.Collection<AbTestDocument>(CollectionName);
        _tests.EnsureIndex(t => t.Status);
        _weeks = database.Collection<AbTestWeekDocument>(WeeksCollectionName);
        _weeks.EnsureIndex(w => w.Test);
        _pending = database.Collection<AbTestPendingDocument>(PendingCollectionName);
    }

    public static string WeekIdOf(int test, IsoWeek week) => $"{test}|{week}";

    /// <summary>Stores the test under the next free number (LiteDB's sequence, under its write lock) and returns it.</summary>
    public AbTestDocument Create(NewAbTest test)
    {
        var document = new AbTestDocument
        {
            Name = test.Name,
            TrialMetric = test.TrialMetric,
            ConversionMetric = test.ConversionMetric,
            VariantA = test.VariantA,
            VariantB = test.VariantB,
            Owner = test.Owner,
            Start = AbTestDocument.DateText.Write(test.Start),
            End = test.End is { } end ? AbTestDocument.DateText.Write(end) : null,
            Status = AbTestStatus.Running,
            CreatedBy = test.CreatedBy,
            CreatedAt = _time.GetUtcNow().UtcDateTime,
        };
        _changes.Bump();
        _tests.Insert(document);
        return document;
    }

    public AbTestDocument? Find(int number) => _tests.FindById(number);

    /// <summary>Every test, by number.</summary>
    public IReadOnlyList<AbTestDocument> All() => [.. _tests.FindAll().OrderBy(t => t.Id)];

    public IReadOnlyList<AbTestDocument> Running() => [.. _tests.Find(t => t.Status == AbTestStatus.Running).OrderBy(t => t.Id)];

    /// <summary>The finished tests with their decisions, latest first: what "what worked" lists.</summary>
    public IReadOnlyList<AbTestDocument> Finished() =>
        [.. _tests.Find(t => t.Status == AbTestStatus.Finished).OrderByDescending(t => t.FinishedAt).ThenByDescending(t => t.Id)];

    /// <summary>Creates or replaces the numbers of a week.</summary>
    public void Record(int test, AbTestWeekNumbers numbers, ChangeAuthor author)
    {
        _ = _tests.FindById(test) ?? throw new InvalidOperationException($"A/B test {test} does not exist.");
        _changes.Bump();
        _weeks.Upsert(new AbTestWeekDocument
        {
            Id = WeekIdOf(test, numbers.Week),
            Test = test,
            IsoYear = numbers.Week.Year,
            Week = numbers.Week.Week,
            TrialsA = numbers.TrialsA,
            ConversionsA = numbers.ConversionsA,
            TrialsB = numbers.TrialsB,
            ConversionsB = numbers.ConversionsB,
            By = author.Who,
            Source = author.Source,
            At = _time.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>The weeks recorded for a test, oldest first.</summary>
    public IReadOnlyList<AbTestWeekDocument> Weeks(int test) =>
        [.. _weeks.Find(w => w.Test == test).OrderBy(w => w.IsoYear).ThenBy(w => w.Week)];

    public AbTestWeekDocument? Week(int test, IsoWeek week) => _weeks.FindById(WeekIdOf(test, week));

    /// <summary>Finishes a running test with the decision taken.</summary>
    public AbTestDocument Finish(int number, string decision, string who)
    {
        var test = _tests.FindById(number) ?? throw new InvalidOperationException($"A/B test {number} does not exist.");
        test.Status = AbTestStatus.Finished;
        test.Decision = decision;
        test.FinishedBy = who;
        test.FinishedAt = _time.GetUtcNow().UtcDateTime;
        _changes.Bump();
        _tests.Update(test);
        return test;
    }

    /// <summary>Notes that <paramref name="member"/> was asked for a week's numbers of a test (replacing an earlier question).</summary>
    public void Ask(string member, int test, IsoWeek week) =>
        _pending.Upsert(new AbTestPendingDocument { Id = member, Test = test, IsoYear = week.Year, Week = week.Week });

    /// <summary>The test and week the member was last asked about and has not answered, if any.</summary>
    public (int Test, IsoWeek Week)? Asked(string member) =>
        _pending.FindById(member) is { } pending ? (pending.Test, new IsoWeek(pending.IsoYear, pending.Week)) : null;

    public void ClearAsked(string member) => _pending.Delete(member);
}

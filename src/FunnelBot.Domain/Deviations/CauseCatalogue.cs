using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Deviations;

/// <summary>
/// The causes the check-in offers when a number is off plan: the usual causes from the method (fewer leads, worse
/// leads), causes of positive deviations, "other", and whatever the team adds in its configuration.
/// </summary>
public sealed class CauseCatalogue
{
    public CauseCatalogue(IEnumerable<Cause> teamCauses)
    {
        var all = BuiltIn.Where(c => c.Code != Cause.OtherCode).ToList();
        all.AddRange(teamCauses.Where(c => all.TrueForAll(known => known.Code != c.Code)));
        all.Add(BuiltIn.Single(c => c.Code == Cause.OtherCode));
        All = all;
    }

    public IReadOnlyList<Cause> All { get; }

    /// <summary>The causes offered for a deviation of this kind at this stage, "other" last.</summary>
    public IReadOnlyList<Cause> For(FunnelStage stage, DeviationKind kind) => [.. All.Where(c => c.Fits(stage, kind))];

    public Cause? Find(string code) => All.FirstOrDefault(c => c.Code == code);

    /// <summary>The built-in causes; codes are stable because reasons are stored and counted by them.</summary>
    public static IReadOnlyList<Cause> BuiltIn { get; } =
    [
        new("call_plan_missed", new("Не выполнен план звонков (разговоров в день)", "Call plan missed (conversations per day)"), CauseFamily.Volume),
        new("click_plan_missed", new("Не выполнен план по кликам", "Click plan missed"), CauseFamily.Volume),
        new("budget_off", new("Бюджета не хватило или он потрачен с плохим результатом", "Budget short, or spent with poor results"), CauseFamily.Volume),
        new("mailing_not_sent", new("Рассылка не отправлена", "Mailing not sent"), CauseFamily.Volume),
        new("too_many_mailings", new("Слишком много рассылок, отписки", "Too many mailings, unsubscribes"), CauseFamily.Volume),
        new("call_list_small", new("База для обзвона меньше, чем есть в CRM", "Call list smaller than the CRM holds"), CauseFamily.Volume),
        new("low_quality_conversations", new("Разговоры низкого качества", "Low-quality conversations"), CauseFamily.Volume),
        new("late_contact", new("С клиентом связались не вовремя", "Client not contacted in time"), CauseFamily.Quality),
        new("wishes_ignored", new("Не учли пожелания клиента (просил звонок в среду, позвонили в четверг)", "Client's wishes ignored (asked for a call on Wednesday, got one on Thursday)"), CauseFamily.Quality),
        new("negative_feedback_ignored", new("Нет реакции на негативный отзыв", "No reaction to negative feedback"), CauseFamily.Quality),
        new("weak_technical_answer", new("Слабый технический ответ", "Weak technical answer"), CauseFamily.Quality),
        new("competitor_criticised", new("Критиковали конкурента", "A competitor was criticised"), CauseFamily.Quality),
        new("no_reason_to_choose_us", new("Не смогли объяснить, почему выбрать нас", "Could not say why to choose us"), CauseFamily.Quality),
        new("price_wrong", new("Цена неверная, не названа, слишком высокая или низкая", "Price wrong, missing, too high or too low"), CauseFamily.Quality),
        new("double_contact", new("Позвонили клиенту, с которым только что говорил менеджер по продажам", "Called a client a sales manager had just spoken with"), CauseFamily.Quality),
        new("new_campaign", new("Новая кампания", "New campaign"), CauseFamily.Positive),
        new("event_effect", new("Эффект мероприятия", "An event paid off"), CauseFamily.Positive),
        new("seasonality", new("Сезонность", "Seasonality"), CauseFamily.Positive),
        new("repeated_what_worked", new("Повторили то, что сработало", "Repeated what worked"), CauseFamily.Positive),
        new(Cause.OtherCode, new("Другое", "Other"), CauseFamily.Other),
    ];

    /// <summary>The built-in causes only. Declared after <see cref="BuiltIn"/>: static initialisers run in order.</summary>
    public static CauseCatalogue Default { get; } = new([]);
}

using StudyDecks.Core.Generation;

namespace StudyDecks.Core.Tests.Generation;

public sealed class WeekdayDatesTests
{
    private static readonly DateOnly Tuesday = new(2024, 10, 1);

    [Test]
    public void A_weekday_is_the_last_such_day_on_or_before_the_article_date()
    {
        Assert.That(WeekdayDates.Dated(Tuesday, WeekdayDates.OnWeekday().Match("met on Monday in")), Is.EqualTo("September 30, 2024"));
        Assert.That(WeekdayDates.Dated(Tuesday, WeekdayDates.OnWeekday().Match("met on Tuesday in")), Is.EqualTo("October 1, 2024"));
    }

    [TestCase("met on Sunday and Monday in", "September 29 and 30, 2024")]
    [TestCase("met on Monday or Tuesday in", "September 30 or October 1, 2024")]
    [TestCase("met on Saturday and Monday in", "September 28 and 30, 2024")]
    public void Two_weekdays_joined_are_dated_as_one_phrase(string text, string expected)
    {
        var match = WeekdayDates.OnWeekday().Match(text);
        Assert.That(WeekdayDates.Dated(Tuesday, match), Is.EqualTo(expected));
    }

    [Test]
    public void Two_weekdays_that_would_run_backwards_are_not_dated()
    {
        var match = WeekdayDates.OnWeekday().Match("met on Tuesday and Wednesday in");
        Assert.That(WeekdayDates.Dated(Tuesday, match), Is.Null);
    }

    [Test]
    public void A_question_dated_from_the_sentence_weekday_rests_on_the_article_date()
    {
        Assert.That(WeekdayDates.DatesWeekdayOf("The ministers met on September 30, 2024, in Washington.", "The ministers met Monday in Washington.", Tuesday), Is.True);
    }

    [Test]
    public void A_statement_dated_from_a_report_s_opening_yesterday_rests_on_the_article_s_date()
    {
        Assert.That(WeekdayDates.DatesWeekdayOf("On September 30, 2024, the ministers met in Washington.", "Yesterday, the ministers met in Washington.", Tuesday), Is.True);
    }

    [TestCase("The ministers met in _____.", "The ministers met Monday in Washington.")]
    [TestCase("The ministers met on September 30, 2024, in _____.", "The ministers met on September 30, 2024, in Washington.")]
    public void A_question_with_no_date_its_sentence_lacks_does_not(string question, string sentence)
    {
        Assert.That(WeekdayDates.DatesWeekdayOf(question, sentence, Tuesday), Is.False);
    }

    [Test]
    public void Nothing_is_dated_in_an_undated_article()
    {
        Assert.That(WeekdayDates.DatesWeekdayOf("The ministers met on September 30, 2024.", "The ministers met Monday.", null), Is.False);
    }
}

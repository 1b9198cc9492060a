using StudyDecks.Core.Generation;

namespace StudyDecks.Core.Tests.Generation;

public sealed class WeekdayDatesTests
{
    private static readonly DateOnly Tuesday = new(2024, 10, 1);

    [Test]
    public void A_weekday_is_the_last_such_day_on_or_before_the_article_date()
    {
        Assert.That(WeekdayDates.Date(Tuesday, "Monday"), Is.EqualTo("September 30, 2024"));
        Assert.That(WeekdayDates.Date(Tuesday, "Tuesday"), Is.EqualTo("October 1, 2024"));
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

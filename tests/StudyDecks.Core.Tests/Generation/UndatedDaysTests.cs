using StudyDecks.Core.Generation;

namespace StudyDecks.Core.Tests.Generation;

public sealed class UndatedDaysTests
{
    private static readonly DateOnly August21 = new(2015, 8, 21);

    [Test]
    public void A_day_before_the_article_takes_its_year_and_a_comma_when_the_sentence_goes_on()
    {
        Assert.That(UndatedDays.WithYears("The broadcasts began on August 10 and Seoul says so.", August21, ahead: false), Is.EqualTo("The broadcasts began on August 10, 2015, and Seoul says so."));
        Assert.That(UndatedDays.WithYears("The broadcasts began on August 10.", August21, ahead: false), Is.EqualTo("The broadcasts began on August 10, 2015."));
    }

    [Test]
    public void A_day_late_in_the_year_before_a_report_of_January_is_last_year_s()
    {
        Assert.That(UndatedDays.WithYears("The hotel collapsed on December 30.", new DateOnly(2006, 1, 12), ahead: false), Is.EqualTo("The hotel collapsed on December 30, 2005."));
    }

    [Test]
    public void A_day_after_a_report_of_the_past_is_left_without_a_year()
    {
        Assert.That(UndatedDays.WithYears("The broadcasts began on September 2.", August21, ahead: false), Is.EqualTo("The broadcasts began on September 2."));
    }

    [Test]
    public void A_day_after_the_article_in_a_sentence_that_looks_ahead_is_this_year_s_or_next()
    {
        Assert.That(UndatedDays.WithYears("The vote will be held on September 2.", August21, ahead: true), Is.EqualTo("The vote will be held on September 2, 2015."));
        Assert.That(UndatedDays.WithYears("The vote will be held on March 2.", August21, ahead: true), Is.EqualTo("The vote will be held on March 2, 2016."));
    }

    [Test]
    public void A_month_alone_as_a_time_takes_the_year_of_the_report()
    {
        var june8 = new DateOnly(2008, 6, 8);
        Assert.That(UndatedDays.WithYears("In April, President Lee agreed to resume imports.", june8, ahead: false), Is.EqualTo("In April 2008, President Lee agreed to resume imports."));
        Assert.That(UndatedDays.WithYears("Protests have grown since early May.", june8, ahead: false), Is.EqualTo("Protests have grown since early May 2008."));
        Assert.That(UndatedDays.WithYears("The ban began in December.", new DateOnly(2008, 2, 1), ahead: false), Is.EqualTo("The ban began in December 2007."));
        Assert.That(UndatedDays.WithYears("The vote will be held in March.", August21, ahead: true), Is.EqualTo("The vote will be held in March 2016."));
    }

    [Test]
    public void A_month_alone_with_its_year_or_far_back_or_no_month_is_left_as_it_is()
    {
        Assert.That(UndatedDays.WithYears("In April 2007, the ban began.", August21, ahead: false), Is.EqualTo("In April 2007, the ban began."));
        Assert.That(UndatedDays.WithYears("In May of 2007, the ban began.", August21, ahead: false), Is.EqualTo("In May of 2007, the ban began."));
        Assert.That(UndatedDays.WithYears("In November, the ban began.", August21, ahead: false), Is.EqualTo("In November, the ban began."));
        Assert.That(UndatedDays.WithYears("In Washington, the ban began.", August21, ahead: false), Is.EqualTo("In Washington, the ban began."));
        Assert.That(UndatedDays.WithYears("In March next year, Putin will face voters.", August21, ahead: true), Is.EqualTo("In March next year, Putin will face voters."));
    }

    [Test]
    public void A_day_more_than_half_a_year_back_is_left_without_a_year()
    {
        Assert.That(UndatedDays.WithYears("The law passed on January 5.", August21, ahead: false), Is.EqualTo("The law passed on January 5."));
    }

    [TestCase("from November 20 to December 11 in")]
    [TestCase("from January 23 through March 9 in")]
    public void A_span_takes_one_year_after_its_end(string span)
    {
        var written = UndatedDays.WithYears($"The exhibit runs {span} Evansville.", new DateOnly(2015, 1, 28), ahead: true);
        Assert.That(written, Does.Contain(span.Replace(" in", ", 2015, in", StringComparison.Ordinal)));
    }

    [TestCase("The war ended on May 5, 1982, in the South Atlantic.")]
    [TestCase("The Broncos won Super Bowl 50 in Santa Clara.")]
    [TestCase("Apollo 11 landed on the Moon.")]
    [TestCase("The ship sailed from December 20 to January 5 across the Pacific.")]
    [TestCase("The envoys met on February 3 and 4, 2016, in Geneva.")]
    [TestCase("The envoys met on January 31 and February 1, 2016, in Geneva.")]
    public void A_dated_day_a_number_after_a_name_and_a_span_across_a_new_year_are_left_as_they_are(string text)
    {
        Assert.That(UndatedDays.WithYears(text, new DateOnly(2016, 2, 9), ahead: true), Is.EqualTo(text));
    }
}

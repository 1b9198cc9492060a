using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Tests.Articles;

public sealed class TitleYearsTests
{
    [TestCase("Oil Embargo, 1973–1974", 1973, 1974)]
    [TestCase("French and Indian War/Seven Years’ War, 1754–63", 1754, 1763)]
    [TestCase("The United States and the French Revolution, 1789–1799", 1789, 1799)]
    public void A_title_closing_with_a_span_of_years_gives_its_first_and_last(string title, int from, int to)
    {
        Assert.That(TitleYears.Span(title), Is.EqualTo((from, to)));
    }

    [TestCase(1754, "63", 1763)]
    [TestCase(1754, "1763", 1763)]
    [TestCase(1645, "6", 1646)]
    [TestCase(1999, "2001", 2001)]
    public void A_spans_end_takes_the_starts_century_or_decade_when_cut_short(int from, string to, int end)
    {
        Assert.That(TitleYears.EndYear(from, to), Is.EqualTo(end));
    }

    [TestCase("The Madrid Conference, 1991")]
    [TestCase("Barbary Wars, 1801–1805 and 1815–1816")]
    [TestCase("Jeff Gordon wins the 2014 Brickyard 400")]
    [TestCase("Scores of 1990-1995 reviewed")]
    public void A_title_that_does_not_close_with_one_span_gives_none(string title)
    {
        Assert.That(TitleYears.Span(title), Is.Null);
    }

    [TestCase("Oil Embargo, 1973–1974", "The _____ Oil Embargo was a turning point.")]
    [TestCase("Oil Embargo, 1973–1974", "The embargo was lifted in _____.")]
    [TestCase("French and Indian War/Seven Years’ War, 1754–63", "The Seven Years’ War ended in _____.")]
    [TestCase("The Blockade of Confederate Ports, 1861–1865", "The blockade began in _____.")]
    public void A_question_naming_what_the_title_s_years_date_names_its_subject(string title, string question)
    {
        Assert.That(TitleYears.NamesSubject(title, question), Is.True);
    }

    [TestCase("The Blockade of Confederate Ports, 1861–1865", "Until the capture of Fort Fisher in _____, blockade running ships still came.")]
    [TestCase("Oil Embargo, 1973–1974", "Discussions with the embargoed states began in _____.")]
    [TestCase("The Madrid Conference, 1991", "The Madrid Conference opened in _____.")]
    public void A_question_about_another_event_or_a_title_with_no_span_does_not(string title, string question)
    {
        Assert.That(TitleYears.NamesSubject(title, question), Is.False);
    }

    [TestCase("The Madrid Conference, 1991", true)]
    [TestCase("Oil Embargo, 1973–1974", true)]
    [TestCase("French and Indian War/Seven Years’ War, 1754–63", true)]
    [TestCase("Barbary Wars, 1801–1805 and 1815–1816", true)]
    [TestCase("Dublin Pride 2018 attracts tens of thousands of people", false)]
    [TestCase("UEFA Euro 2016, days 4 and 5: three wins, two draws", false)]
    [TestCase("Fan Expo Canada 2016", false)]
    [TestCase("Scores of 1990-1995 reviewed", false)]
    public void Only_a_title_closing_with_the_years_after_a_comma_names_a_period(string title, bool period)
    {
        Assert.That(TitleYears.ClosesWithPeriod(title), Is.EqualTo(period));
    }
}

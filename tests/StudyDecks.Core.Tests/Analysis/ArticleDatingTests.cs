namespace StudyDecks.Core.Tests.Analysis;

/// <summary>
/// An undated article's own years tell about when it was written: a release that tells of 2022 and 2024 is not offered
/// "2028" beside its 2022 (set 27, both blind reviewers).
/// </summary>
public sealed class ArticleDatingTests
{
    [Test]
    public void The_latest_year_an_article_names_is_found_in_years_and_dates()
    {
        var analysis = ArticleText.Analyze("In 2022, the university joined the program. The team received a second award in March 2024.");

        Assert.That(analysis.LatestYearNamed, Is.EqualTo(2024));
    }

    [TestCase("The mission is targeting a launch no earlier than 2028.")]
    [TestCase("The agency will open a new centre in 2030.")]
    [TestCase("The next summit is scheduled for 2027.")]
    public void A_year_in_a_sentence_that_looks_ahead_is_not_the_latest_year_named(string plan)
    {
        var analysis = ArticleText.Analyze("The mission succeeded its forerunner in 2018. " + plan);

        Assert.That(analysis.LatestYearNamed, Is.EqualTo(2018));
    }

    [Test]
    public void An_article_that_names_no_year_has_no_latest_year()
    {
        var analysis = ArticleText.Analyze("The university joined the program and received an award.");

        Assert.That(analysis.LatestYearNamed, Is.Null);
    }
}

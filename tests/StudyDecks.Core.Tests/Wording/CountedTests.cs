using StudyDecks.Core.Wording;

namespace StudyDecks.Core.Tests.Wording;

public sealed class CountedTests
{
    [TestCase(0, "0 articles")]
    [TestCase(1, "1 article")]
    [TestCase(2, "2 articles")]
    public void A_count_takes_the_noun_in_its_number(int count, string expected) =>
        Assert.That(Counted.Of(count, "article"), Is.EqualTo(expected));

    [TestCase(1, "a 1-question quiz")]
    [TestCase(4, "a 4-question quiz")]
    [TestCase(8, "an 8-question quiz")]
    [TestCase(11, "an 11-question quiz")]
    [TestCase(18, "an 18-question quiz")]
    [TestCase(50, "a 50-question quiz")]
    [TestCase(80, "an 80-question quiz")]
    [TestCase(100, "a 100-question quiz")]
    public void A_count_as_an_adjective_takes_the_article_of_the_number_as_said(int count, string expected) =>
        Assert.That(Counted.AsAdjective(count, "question", "quiz"), Is.EqualTo(expected));
}

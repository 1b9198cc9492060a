using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Tests.Analysis;

public class AcronymMatcherTests
{
    [TestCase("SDF", "Syrian Democratic Forces")]
    [TestCase("FBI", "Federal Bureau of Investigation")]
    [TestCase("D-ISIS", "Defeat ISIS")]
    [TestCase("KRG", "Kurdistan Regional Government")]
    [TestCase("AT&T", "American Telephone & Telegraph")]
    [TestCase("SDF", "Self-Defense Forces")]
    [TestCase("NATO", "North Atlantic Treaty, Organization")]
    public void An_expansion_spelling_the_letters_matches(string acronym, string expansion) =>
        Assert.That(AcronymMatcher.Matches(acronym, expansion), Is.True);

    [TestCase("SDF", "Syrian Defence")]
    [TestCase("UN", "United")]
    [TestCase("FBI", "federal Bureau Investigation")]
    [TestCase("D-ISIS", "Defeat Islamic State")]
    [TestCase("S", "Syrian Democratic Forces")]
    [TestCase("SDF", "")]
    public void An_expansion_of_other_letters_or_of_one_word_does_not_match(string acronym, string expansion) =>
        Assert.That(AcronymMatcher.Matches(acronym, expansion), Is.False);
}

using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Tests.Analysis;

public class AcronymMatcherTests
{
    [TestCase("SDF", "Syrian Democratic Forces", true)]
    [TestCase("FBI", "Federal Bureau of Investigation", true)] // a small word gives no letter
    [TestCase("D-ISIS", "Defeat ISIS", true)] // a word in capitals gives itself
    [TestCase("AT&T", "American Telephone & Telegraph", true)]
    [TestCase("SDF", "Self-Defense Forces", true)]
    [TestCase("NDI", "National De-Certification Index", true)] // a hyphenated word may give its first initial only
    [TestCase("NDCI", "National De-Certification Index", true)]
    [TestCase("NI", "National De-Certification Index", false)] // its first part still gives one
    [TestCase("NATO", "North Atlantic Treaty, Organization", true)]
    [TestCase("G7", "Group of Seven", true)] // a number word gives its digits
    [TestCase("G–10", "Group of Ten", true)]
    [TestCase("G20", "Group of 20", true)] // a number gives itself
    [TestCase("SSS", "Seven Seas Society", true)] // a number word may still give its initial
    [TestCase("G8", "Group of Seven", false)]
    [TestCase("SDF", "Syrian Defence", false)] // a letter left over
    [TestCase("UN", "United", false)] // one word
    [TestCase("FBI", "federal Bureau Investigation", false)] // a lower-case word gives no letter
    [TestCase("D-ISIS", "Defeat Islamic State", false)]
    [TestCase("S", "Syrian Democratic Forces", false)]
    [TestCase("SDF", "", false)]
    public void Only_an_expansion_whose_words_spell_the_letters_matches(string acronym, string expansion, bool matches) =>
        Assert.That(AcronymMatcher.Matches(acronym, expansion), Is.EqualTo(matches));
}

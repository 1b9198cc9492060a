using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Tests.Analysis;

[TestFixture]
public sealed class LexiconFirstNameTests
{
    [TestCase("Anne", true)]
    [TestCase("Jo-Anne", true)] // first names joined by a hyphen, which the lists do not spell out
    [TestCase("Mary-Kate", true)]
    [TestCase("Jo-anne", false)] // each part capitalised
    [TestCase("Anne-Xolani", false)] // each part a first name
    [TestCase("Al-Maliki", false)]
    [TestCase("Zulu", false)]
    public void A_first_name_is_one_the_lists_hold_or_first_names_joined_by_hyphens(string word, bool isFirstName) =>
        Assert.That(Lexicon.Default.IsFirstName(word), Is.EqualTo(isFirstName));
}

using StudyDecks.Export.Anki;

namespace StudyDecks.Export.Tests.Anki;

public sealed class AnkiNamesTests
{
    [TestCase("Global Coalition to Defeat ISIS", "Global Coalition to Defeat ISIS")]
    [TestCase("History::Rome", "History:Rome")]
    [TestCase("a:::b", "a:b")]
    [TestCase("  two\nlines\t ", "two lines")]
    [TestCase(" \n ", AnkiNames.FallbackDeckName)]
    public void A_deck_title_becomes_one_deck_name_on_one_line(string title, string expected)
    {
        Assert.That(AnkiNames.DeckName(title), Is.EqualTo(expected));
    }

    [Test]
    public void Tags_lose_spaces_quotes_and_case_insensitive_duplicates()
    {
        var tags = AnkiNames.Tags(["who", "two words", "\"quoted\"", "WHO", " ", "::", "history::rome"]);

        Assert.That(tags, Is.EqualTo(new[] { "who", "two_words", "quoted", "history::rome" }));
    }
}

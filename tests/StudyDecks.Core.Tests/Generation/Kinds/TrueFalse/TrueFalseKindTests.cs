using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Kinds.TrueFalse;

public sealed class TrueFalseKindTests
{
    [TestCase("The United States began to convene an international Middle East peace conference in 1988.", "Middle East")]
    public void A_place_that_qualifies_a_noun_is_not_swapped(string sentence, string place)
    {
        // Arrange: other places in the article to swap in.
        var article = ArticleText.Read(sentence + "\n\nDelegates came from Egypt, Jordan and Syria to Madrid, and later to Moscow and Paris in 1992.");

        // Act: every seed, so that both the true and the false statement are tried.
        var statements = StatementsOf(article, sentence);

        // Assert
        Assert.That(statements.Where(card => !card.Question.Contains(place + " ", StringComparison.Ordinal)).Select(card => card.Question), Is.Empty);
    }

    [Test]
    public void A_place_that_does_not_qualify_a_noun_still_gives_a_statement()
    {
        // Arrange
        const string sentence = "Secretary of State James Baker flew to Madrid in October 1991.";
        var article = ArticleText.Read(sentence + "\n\nDelegates came from Egypt, Jordan and Syria, and later talks moved to Moscow and Paris in 1992.");

        // Act
        var statements = StatementsOf(article, sentence);

        // Assert
        Assert.That(statements, Is.Not.Empty);
    }

    [Test]
    public void A_person_after_a_noun_for_their_calling_is_not_swapped()
    {
        // Arrange: other people in the article to swap in.
        const string sentence = "In 1943, professional golfer Carl Hoff opened a jazz club.";
        var article = ArticleText.Read(sentence + "\n\nShe later sang with Stan Kenton, Louis Armstrong and Thelonious Monk in New York in 1945.");

        // Act: every seed, so that both the true and the false statement are tried.
        var statements = StatementsOf(article, sentence);

        // Assert
        Assert.That(statements.Where(card => !card.Question.Contains("golfer Carl Hoff", StringComparison.Ordinal)).Select(card => card.Question), Is.Empty);
    }

    /// <summary>The true/false statements made from the sentence under every seed from 1 to 12, so that both the true and the false one are tried.</summary>
    private static List<Card> StatementsOf(Article article, string sentence) =>
        Enumerable.Range(1, 12)
            .SelectMany(seed => DeckGenerator.Generate([article], new GenerationOptions("True or false", Seed: seed, AllCandidates: true)).Cards)
            .Where(card => card.Type == CardType.TrueFalse && card.Explanation == sentence)
            .ToList();
}

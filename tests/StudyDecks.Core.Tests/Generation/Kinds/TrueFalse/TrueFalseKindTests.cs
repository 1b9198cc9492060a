using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Facts;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Generation.Kinds.TrueFalse;
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

    [Test]
    public void A_sentence_gives_one_statement_whichever_of_its_names_is_written_first()
    {
        // Arrange: a sentence with two places the statement could turn on, and places to swap in.
        var article = ArticleText.Read("The delegates flew from Washington to Madrid in October 1991.\n\nOthers came from Egypt, Jordan and Syria, and later talks moved to Moscow and Paris in 1992.");
        var lexicon = Lexicon.Default;
        var analysis = new ArticleAnalyzer(lexicon).Analyze(article);
        List<Proposal> ProposalsOfFirstSentence() =>
            [.. new TrueFalseKind().Proposals(analysis, new GenerationContext(lexicon, [analysis], 1, [new RoleFinder(lexicon), new QuoteFinder(lexicon)])).Where(proposal => proposal.Sentence.Index == 0)];

        // Act: the proposals written last to first, and first to last.
        var backwards = Enumerable.Reverse(ProposalsOfFirstSentence()).Select(proposal => proposal.Write()).OfType<Card>().ToList();
        var forwards = ProposalsOfFirstSentence().Select(proposal => proposal.Write()).OfType<Card>().ToList();

        // Assert: one statement, the same, on the first name.
        Assert.That(ProposalsOfFirstSentence().Select(proposal => proposal.Answer), Is.EqualTo(new[] { "Washington", "Madrid" }));
        Assert.That(forwards, Has.Count.EqualTo(1));
        Assert.That(backwards.Select(card => (card.Id, card.Question)), Is.EqualTo(forwards.Select(card => (card.Id, card.Question))));
        Assert.That(forwards[0].Id, Is.EqualTo(GenerationContext.CardId(article.Id, analysis.Sentences[0].Text, "Washington", "true-false")));
    }

    /// <summary>The true/false statements made from the sentence under every seed from 1 to 12, so that both the true and the false one are tried.</summary>
    private static List<Card> StatementsOf(Article article, string sentence) =>
        Enumerable.Range(1, 12)
            .SelectMany(seed => DeckGenerator.Generate([article], new GenerationOptions("True or false", Seed: seed, AllCandidates: true)).Cards)
            .Where(card => card.Type == CardType.TrueFalse && card.Explanation == sentence)
            .ToList();
}

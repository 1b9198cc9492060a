using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Quality;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Kinds.Quotes;

public class WhoSaidKindTests
{
    private const string Body =
        "“Congratulations to the PACE team on a successful launch,” said NASA Administrator Bill Nelson. "
        + "“Missions such as PACE are supporting the climate agenda and helping us answer urgent questions about our changing climate.”\n\n"
        + "“It’s been an honor to work with the PACE team and witness their dedication,” said Marjorie Haskell, PACE program executive at NASA Headquarters. "
        + "“The passion and teamwork are matched only by the excitement of the science community for the data.”\n\n"
        + "Jeremy Werdell, the project scientist, watched the launch from Florida with the team.";

    [Test]
    public void A_quotation_whose_speaker_is_named_in_the_sentence_before_is_asked_with_that_passage_as_source()
    {
        // Arrange
        var article = ArticleText.Read(Body);

        // Act
        var deck = DeckGenerator.Generate([article], new GenerationOptions("Quotes", AllCandidates: true));
        var card = deck.Cards.Single(card => card.Question.Contains("Missions such as PACE", StringComparison.Ordinal));

        // Assert
        Assert.That(card.Answer, Is.EqualTo("Bill Nelson"));
        Assert.That(card.Explanation, Does.StartWith("“Congratulations").And.EndWith("changing climate.”"));
        Assert.That(article.Text[card.Source.Start..card.Source.End], Is.EqualTo(card.Explanation));
        Assert.That(CardLinter.Check(card, article), Is.Empty);
    }

    [Test]
    public void The_passage_card_keeps_the_id_of_its_quotation_sentence()
    {
        // Arrange
        var article = ArticleText.Read(Body);

        // Act
        var deck = DeckGenerator.Generate([article], new GenerationOptions("Quotes", AllCandidates: true));
        var card = deck.Cards.Single(card => card.Question.Contains("The passion and teamwork", StringComparison.Ordinal));

        // Assert
        // Three people in the article: two wrong options only, so the card is asked without options.
        Assert.That(card.Type, Is.EqualTo(CardType.ShortAnswer));
        Assert.That(card.Id, Is.EqualTo(GenerationContext.CardId(article.Id, "“The passion and teamwork are matched only by the excitement of the science community for the data.”", "Marjorie Haskell", "who-said")));
    }

    [Test]
    public void A_passage_never_reaches_into_the_paragraph_before()
    {
        // Arrange: "he added" opens a paragraph; its speaker is named only in the paragraph before.
        var article = ArticleText.Read(
            "As Najmaldin Karim stated in Rome in 2021, “Most of the fighters in Kirkuk are local people from Kirkuk.”\n\n"
            + "“Peshmerga fought ISIS bravely in Kirkuk, and hundreds of them were killed in 2014,” he added.");

        // Act
        var deck = DeckGenerator.Generate([article], new GenerationOptions("Quotes", AllCandidates: true));

        // Assert: no card's source holds a line break, which a deck cannot store.
        Assert.That(deck.Cards.Select(card => card.Explanation), Has.None.Contains("\n"));
    }
}

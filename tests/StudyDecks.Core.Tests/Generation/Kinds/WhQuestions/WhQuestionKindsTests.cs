using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Quality;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Kinds.WhQuestions;

public class WhQuestionKindsTests
{
    private const string Body =
        "The ministers met in Rome on June 28, 2021.\n\n" +
        "Notably, in November 2015, a coordinated attack among three ISIS teams in Paris killed 130 people and wounded another 400.\n\n" +
        "The U.S. pledged $148 million to the stabilization fund, and France gave $35 million.\n\n" +
        "In 1971, Nixon ended the convertibility of the dollar into gold.\n\n" +
        "Iraq has repatriated over 10,400 of its citizens.";

    private static IReadOnlyList<Card> Cards() => DeckGenerator.Generate([ArticleText.Read(Body, date: "2021-06-28")], new GenerationOptions("Test", AllCandidates: true)).Cards;

    [Test]
    public void Counts_sums_and_years_are_asked_as_questions_with_options_of_the_same_form()
    {
        // Act
        var cards = Cards().Where(card => card.Tags[0] is "how-many" or "how-much" or "when").ToDictionary(card => card.Answer);

        // Assert
        Assert.That(cards["130"].Question, Is.EqualTo("How many people did a coordinated attack among three ISIS teams in Paris kill in November 2015?"));
        Assert.That(cards["$148 million"].Question, Is.EqualTo("How much did the U.S. pledge to the stabilization fund?"));
        Assert.That(cards["1971"].Question, Is.EqualTo("In what year did Nixon end the convertibility of the dollar into gold?"));
        Assert.That(cards["10,400"].Question, Is.EqualTo("About how many of its citizens had Iraq repatriated by 2021?"));
        Assert.That(cards["$148 million"].Distractors, Has.Count.EqualTo(3).And.All.Match(@"^\$\d+ million$"));
        Assert.That(cards["1971"].Distractors, Has.Count.EqualTo(3).And.All.Match(@"^19[67]\d$"));
        Assert.That(cards["130"].Distractors, Does.Not.Contain("400"));
    }

    [Test]
    public void A_question_replaces_the_cloze_of_the_same_answer_and_every_card_passes_the_linter()
    {
        // Arrange
        var article = ArticleText.Read(Body);

        // Act
        var deck = DeckGenerator.Generate([article], new GenerationOptions("Test"));

        // Assert
        Assert.That(deck.Cards.Where(card => card.Answer is "130" or "1971" or "$148 million").Select(card => card.Type), Has.None.EqualTo(CardType.Cloze));
        Assert.That(CardLinter.Check(deck, [article]), Is.Empty);
    }
}

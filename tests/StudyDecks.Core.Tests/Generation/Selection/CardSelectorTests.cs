using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation.Selection;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Tests.Generation.Selection;

public class CardSelectorTests
{
    private const double MinimumScore = 1.0;

    /// <summary>The card ids the tests use, each with its own stem.</summary>
    private static readonly string[] Ids = ["low", "best", "good", "weak", "fine", "a", "b", "c", "d", "first", "second", "other", "e"];

    /// <summary>Stems different enough that none reads as a repeat of another (S9).</summary>
    private static readonly string[] Stems =
    [
        "Farmers in Kenya harvested _____ tonnes of maize.",
        "The orchestra played _____ concerts across Europe.",
        "Engineers tested _____ prototypes of the lunar rover.",
        "Voters elected _____ mayors in the northern provinces.",
        "Doctors treated _____ patients during the winter outbreak.",
        "Pilots flew _____ missions over the southern desert.",
        "Students planted _____ trees along the river bank.",
        "Miners dug _____ shafts beneath the old copper town.",
        "Sailors charted _____ islands in the western ocean.",
        "Bakers sold _____ loaves at the harvest festival.",
        "Scientists catalogued _____ species of deep-sea fish.",
        "Volunteers rebuilt _____ schools after the flood.",
        "Weavers finished _____ carpets for the royal palace.",
    ];

    /// <summary>A scored cloze of sentence <paramref name="sentence"/> asking <paramref name="answer"/>.</summary>
    private static Card Scored(string id, int sentence, string answer, double score, string kind = "cloze")
    {
        var stem = Stems[Array.IndexOf(Ids, id)];
        var text = stem.Replace("_____", answer, StringComparison.Ordinal);
        return new Card(id, CardType.Cloze, stem, answer, [], AnswerKind.Number, text, new CardSource("a", sentence, 0, text.Length), [kind, "number", "a"])
        {
            Score = new CardScore(score, []),
        };
    }

    [Test]
    public void The_best_scored_cards_are_kept_up_to_the_budget_in_article_order()
    {
        // Arrange
        Card[] cards = [Scored("low", 0, "11", 1.5), Scored("best", 1, "12", 3.0), Scored("good", 2, "13", 2.5)];

        // Act
        var chosen = CardSelector.Select(cards, budget: 2, MinimumScore, new StemIndex());

        // Assert
        Assert.That(chosen.Select(card => card.Id), Is.EqualTo(new[] { "best", "good" }));
    }

    [Test]
    public void A_card_below_the_minimum_score_is_never_kept_even_under_budget()
    {
        // Arrange
        Card[] cards = [Scored("weak", 0, "11", 0.9), Scored("fine", 1, "12", 1.1)];

        // Act
        var chosen = CardSelector.Select(cards, budget: 5, MinimumScore, new StemIndex());

        // Assert
        Assert.That(chosen.Select(card => card.Id), Is.EqualTo(new[] { "fine" }));
    }

    [Test]
    public void No_answer_is_asked_more_than_twice()
    {
        // Arrange
        Card[] cards = [Scored("a", 0, "Iraq", 2.0), Scored("b", 2, "Iraq", 2.0), Scored("c", 4, "Iraq", 2.0), Scored("d", 6, "Syria", 1.5)];

        // Act
        var chosen = CardSelector.Select(cards, budget: 4, MinimumScore, new StemIndex());

        // Assert
        Assert.That(chosen.Count(card => card.Answer == "Iraq"), Is.EqualTo(CardSelector.MaximumAsksPerAnswer));
        Assert.That(chosen.Select(card => card.Answer), Does.Contain("Syria"));
    }

    [Test]
    public void A_date_to_the_day_is_asked_once_a_year_twice()
    {
        // Arrange: round 95 asked "… signed on _____" and "On _____, fifteen nations signed …", both August 27, 1928.
        Card[] cards =
        [
            Scored("a", 0, "August 27, 1928", 2.0), Scored("b", 2, "August 27, 1928", 2.0),
            Scored("c", 4, "1929", 2.0), Scored("d", 6, "1929", 2.0), Scored("e", 8, "12 May 1930", 1.5),
        ];

        // Act
        var chosen = CardSelector.Select(cards, budget: 5, MinimumScore, new StemIndex());

        // Assert
        Assert.That(chosen.Select(card => card.Id), Is.EqualTo(new[] { "a", "c", "d", "e" }));
    }

    [Test]
    public void A_second_card_of_a_sentence_comes_only_when_one_card_per_sentence_leaves_the_budget_unspent()
    {
        // Arrange: sentence 0 offers two good cards, sentence 1 one weaker card.
        Card[] cards = [Scored("first", 0, "11", 3.0), Scored("second", 0, "12", 2.9), Scored("other", 1, "13", 1.5)];

        // Act
        var two = CardSelector.Select(cards, budget: 2, MinimumScore, new StemIndex());
        var three = CardSelector.Select(cards, budget: 3, MinimumScore, new StemIndex());

        // Assert
        Assert.That(two.Select(card => card.Id), Is.EqualTo(new[] { "first", "other" }));
        Assert.That(three.Select(card => card.Id), Is.EquivalentTo(new[] { "first", "second", "other" }));
    }

    [Test]
    public void The_budget_is_about_nine_cards_per_thousand_words_and_at_least_one()
    {
        // Act & Assert
        Assert.That(CardSelector.Budget(1000), Is.EqualTo(9));
        Assert.That(CardSelector.Budget(500), Is.EqualTo(5));
        Assert.That(CardSelector.Budget(20), Is.EqualTo(1));
    }
}

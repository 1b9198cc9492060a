using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Distractors;

/// <summary>The spare wrong options a generated card keeps for a reviewing teacher.</summary>
public sealed class SpareOptionsTests
{
    private static readonly Lazy<Deck> Deck = new(() => DeckGenerator.Generate(TestData.AllArticles(), new GenerationOptions("All", 1, null, true)));

    [Test]
    public void Cards_with_offered_options_keep_the_next_ranked_wrong_options_as_spares()
    {
        var withSpares = Deck.Value.Cards.Where(card => card.Spares.Count > 0).ToArray();

        Assert.That(withSpares, Is.Not.Empty);
        Assert.That(withSpares.Select(card => card.AnswerKind).Distinct().Count(), Is.GreaterThan(1), "spares come from more than one kind of pool");
    }

    [Test]
    public void Spares_are_at_most_three_only_beside_three_wrong_options_and_never_repeat_an_option()
    {
        foreach (var card in Deck.Value.Cards.Where(card => card.Spares.Count > 0))
        {
            Assert.That(card.Spares, Has.Count.LessThanOrEqualTo(Card.MaxSpares), card.Id);
            Assert.That(card.Distractors, Has.Count.EqualTo(3), card.Id);
            Assert.That(card.Spares.Concat(card.Options).Select(option => option.Trim().ToUpperInvariant()), Is.Unique, card.Id);
        }
    }

    [Test]
    public void Cards_without_options_and_true_false_cards_have_no_spares()
    {
        Assert.That(Deck.Value.Cards.Where(card => card.Distractors.Count == 0 || card.Type == CardType.TrueFalse).SelectMany(card => card.Spares), Is.Empty);
    }
}

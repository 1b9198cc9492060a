using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Asking;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Asking;

public sealed class QuestionFactoryTests
{
    private static readonly Deck Deck = SampleDecks.Coalition();

    private static Card Card(string id) => Deck.Cards.Single(card => card.Id == id);

    [Test]
    public void Multiple_choice_options_are_shuffled_afresh_on_every_asking()
    {
        var factory = new QuestionFactory(new Random(7));
        var godfrey = Card("c0000000000a1");

        var positions = Enumerable.Range(0, 40).Select(_ => factory.Create(godfrey, 1, 1).AnswerIndex).ToHashSet();

        Assert.That(positions, Is.EquivalentTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void Every_option_is_shown_exactly_once()
    {
        var question = new QuestionFactory(new Random(1)).Create(Card("c0000000000a7"), 1, 1);

        Assert.That(question.Options, Is.EquivalentTo(Card("c0000000000a7").Options));
        Assert.That(question.Style, Is.EqualTo(AskingStyle.Choice));
    }

    [Test]
    public void Money_options_are_listed_in_ascending_order_every_time()
    {
        var factory = new QuestionFactory(new Random(3));

        for (var i = 0; i < 5; i++)
        {
            Assert.That(factory.Create(Card("c0000000000a2"), 1, 1).Options, Is.EqualTo(new[] { "$120 million", "$148 million", "$168 million", "$210 million" }));
        }
    }

    [Test]
    public void Year_and_cloze_number_options_are_in_ascending_order()
    {
        var factory = new QuestionFactory(new Random(3));

        Assert.That(factory.Create(Card("c0000000000a6"), 1, 1).Options, Is.EqualTo(new[] { "2014", "2015", "2017", "2019" }));
        Assert.That(factory.Create(Card("c0000000000a3"), 1, 1).Options, Is.EqualTo(new[] { "90", "130", "170", "260" }));
    }

    [Test]
    public void A_cloze_card_with_distractors_is_asked_with_options_and_one_without_is_typed()
    {
        var cloze = Card("c0000000000a3");

        Assert.That(QuestionFactory.StyleOf(cloze), Is.EqualTo(AskingStyle.Choice));
        Assert.That(QuestionFactory.StyleOf(cloze with { Distractors = [] }), Is.EqualTo(AskingStyle.Typed));
    }

    [Test]
    public void True_false_cards_offer_true_then_false_and_short_answers_are_typed()
    {
        var factory = new QuestionFactory(new Random(1));

        Assert.That(factory.Create(Card("c0000000000a5"), 1, 1).Options, Is.EqualTo(new[] { "True", "False" }));
        var typed = factory.Create(Card("c0000000000a4"), 1, 1);
        Assert.That(typed.Style, Is.EqualTo(AskingStyle.Typed));
        Assert.That(typed.Options, Is.Empty);
    }
}

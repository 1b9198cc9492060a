using StudyDecks.Core.Decks;
using StudyDecks.Export.Choices;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Choices;

public sealed class ChoiceOrderTests
{
    [Test]
    public void The_options_are_the_answer_and_the_distractors_and_the_index_points_at_the_answer()
    {
        var card = SampleDecks.Coalition().Cards[0];

        var choices = ChoiceOrder.Arrange(card);

        Assert.That(choices.Options, Is.EquivalentTo(card.Options));
        Assert.That(choices.Answer, Is.EqualTo("John Godfrey"));
        Assert.That(choices.AnswerLetter, Is.EqualTo(ChoiceList.LetterOf(choices.AnswerIndex)));
    }

    [Test]
    public void The_same_card_gets_the_same_order_every_time()
    {
        var card = SampleDecks.Coalition().Cards[0];

        Assert.That(ChoiceOrder.Arrange(card).Options, Is.EqualTo(ChoiceOrder.Arrange(card with { }).Options));
    }

    [Test]
    public void The_answer_is_not_always_the_first_option()
    {
        var people = SampleDecks.Large(400).Cards.Where(card => card.AnswerKind == AnswerKind.Person && card.Type == CardType.MultipleChoice);

        var positions = people.Select(card => ChoiceOrder.Arrange(card).AnswerIndex).ToHashSet();

        Assert.That(positions, Is.EquivalentTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void Sums_of_money_are_sorted_ascending()
    {
        var card = SampleDecks.Coalition().Cards[1];

        var choices = ChoiceOrder.Arrange(card);

        Assert.That(choices.Options, Is.EqualTo(new[] { "$120 million", "$148 million", "$168 million", "$210 million" }));
        Assert.That(choices.AnswerLetter, Is.EqualTo('C'));
    }

    [Test]
    public void Amounts_compare_by_value_including_their_scale_words()
    {
        var card = Card(AnswerKind.Money, "$1.2 billion", "$900 million", "$15,000", "€2 trillion");

        Assert.That(ChoiceOrder.Arrange(card).Options, Is.EqualTo(new[] { "$15,000", "$900 million", "$1.2 billion", "€2 trillion" }));
    }

    [Test]
    public void Years_and_percentages_are_sorted_ascending()
    {
        Assert.That(ChoiceOrder.Arrange(Card(AnswerKind.Year, "2017", "2019", "2014", "2015")).Options, Is.EqualTo(new[] { "2014", "2015", "2017", "2019" }));
        Assert.That(ChoiceOrder.Arrange(Card(AnswerKind.Percent, "12%", "9.5%", "40 percent", "3%")).Options, Is.EqualTo(new[] { "3%", "9.5%", "12%", "40 percent" }));
    }

    [Test]
    public void Dates_are_sorted_by_date_not_by_text()
    {
        var card = Card(AnswerKind.Date, "November 2015", "March 3, 2019", "June 2017", "January 2021");

        Assert.That(ChoiceOrder.Arrange(card).Options, Is.EqualTo(new[] { "November 2015", "June 2017", "March 3, 2019", "January 2021" }));
    }

    [Test]
    public void Numbers_that_are_not_all_plain_values_keep_the_shuffled_order()
    {
        var card = Card(AnswerKind.Number, "many", "12", "30", "7");

        var options = ChoiceOrder.Arrange(card).Options;

        Assert.That(options, Is.EquivalentTo(card.Options));
        Assert.That(options, Is.EqualTo(ChoiceOrder.Arrange(card with { AnswerKind = AnswerKind.Term }).Options));
    }

    private static Card Card(AnswerKind kind, string answer, params string[] distractors) => new(
        "c-test", CardType.MultipleChoice, "Which?", answer, distractors, kind, "Sentence.", new CardSource("a", 0, 0, 9), []);
}

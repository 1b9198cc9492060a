using StudyDecks.Core.Decks;
using StudyDecks.Core.Review;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Review;

public sealed class CardEditsTests
{
    private static readonly Deck Deck = SampleDecks.Coalition();
    private static Card Envoy => Deck.Cards[0];
    private static Card Cloze => Deck.Cards[2];
    private static Card TrueFalse => Deck.Cards[4];

    [Test]
    public void Keeping_a_card_marks_it_kept_and_changes_nothing_else()
    {
        var kept = CardEdits.Keep(Envoy);

        Assert.That(kept.Review, Is.EqualTo(new CardReview(ReviewStatus.Kept)));
        Assert.That(kept with { Review = null }, Is.EqualTo(Envoy));
    }

    [Test]
    public void An_edit_marks_the_card_edited_and_keeps_the_fields_as_generated()
    {
        var result = CardEdits.EditQuestion(Envoy, "  Who was the acting U.S. envoy to the Coalition in 2021?  ");

        Assert.That(result.Problem, Is.Null);
        Assert.That(result.Card!.Question, Is.EqualTo("Who was the acting U.S. envoy to the Coalition in 2021?"));
        Assert.That(result.Card.Review!.Status, Is.EqualTo(ReviewStatus.Edited));
        Assert.That(result.Card.Review.Original!.Question, Is.EqualTo(Envoy.Question));
        Assert.That(result.Card.Review.Original.Distractors, Is.EqualTo(Envoy.Distractors));
    }

    [Test]
    public void A_second_edit_keeps_the_first_original_and_keeping_an_edited_card_leaves_it_edited()
    {
        var once = CardEdits.EditQuestion(Envoy, "Who was the acting U.S. envoy in 2021?").Card!;
        var twice = CardEdits.ReplaceOption(once, 2, "Brett McGurk").Card!;

        Assert.That(twice.Review!.Original!.Question, Is.EqualTo(Envoy.Question));
        Assert.That(twice.Distractors, Is.EqualTo(new[] { "Antony Blinken", "Brett McGurk", "Mazloum Abdi" }));
        Assert.That(CardEdits.Keep(twice).Review!.Status, Is.EqualTo(ReviewStatus.Edited));
        Assert.That(CardEdits.Drop(twice).Review, Is.EqualTo(new CardReview(ReviewStatus.Dropped, twice.Review.Original)));
    }

    [TestCase(1, "John Godfrey", "the answer is also listed among the wrong options")]
    [TestCase(1, "john godfrey", "the answer is also listed among the wrong options")]
    [TestCase(1, "Mazloum Abdi", "two wrong options are the same")]
    [TestCase(2, "antony blinken", "two wrong options are the same")]
    public void A_wrong_option_that_repeats_an_option_is_refused(int number, string option, string problem)
    {
        var result = CardEdits.ReplaceOption(Envoy, number, option);

        Assert.That(result.Card, Is.Null);
        Assert.That(result.Problem, Does.Contain(problem));
    }

    [Test]
    public void A_cloze_question_without_its_blank_is_refused()
    {
        var result = CardEdits.EditQuestion(Cloze, "In November 2015, an attack in Paris killed many people.");

        Assert.That(result.Problem, Does.Contain("exactly one blank"));
    }

    [Test]
    public void A_question_that_gives_the_answer_away_is_refused_but_a_word_that_merely_contains_it_is_not()
    {
        Assert.That(CardEdits.EditQuestion(Envoy, "Was John Godfrey the acting envoy?").Problem, Is.EqualTo("the question gives the answer away"));
        Assert.That(CardEdits.EditAnswer(Cloze, "13").Problem, Is.Null, "\"13\" is not the word \"130\"");
    }

    [Test]
    public void An_empty_question_or_an_option_number_the_card_lacks_is_refused()
    {
        Assert.That(CardEdits.EditQuestion(Envoy, "   ").Problem, Is.EqualTo("the question is empty"));
        Assert.That(CardEdits.ReplaceOption(Envoy, 4, "Ned Price").Problem, Is.EqualTo("there is no wrong option 4; the card has 3"));
        Assert.That(CardEdits.ReplaceOption(Deck.Cards[3], 1, "Ned Price").Problem, Is.EqualTo("the card has no wrong options to replace"));
    }

    [Test]
    public void A_new_answer_drops_the_old_answers_aliases()
    {
        var result = CardEdits.EditAnswer(Deck.Cards[3], "the Syrian Democratic Forces");

        Assert.That(result.Card!.Aliases, Is.Empty);
        Assert.That(result.Card.Review!.Original!.Aliases, Is.EqualTo(new[] { "SDF" }));
    }

    [Test]
    public void A_true_false_answer_is_true_or_false_and_its_wrong_option_follows()
    {
        var result = CardEdits.EditAnswer(TrueFalse, "false");

        Assert.That(result.Card!.Answer, Is.EqualTo(Card.False));
        Assert.That(result.Card.Distractors, Is.EqualTo(new[] { Card.True }));
        Assert.That(CardEdits.EditAnswer(TrueFalse, "maybe").Problem, Is.EqualTo("a true/false card's answer is True or False"));
        Assert.That(CardEdits.ReplaceOption(TrueFalse, 1, "Maybe").Problem, Does.StartWith("a true/false card's wrong option is the other value"));
    }

    [Test]
    public void Swapping_puts_the_next_spare_in_and_the_replaced_option_at_the_end_of_the_spares()
    {
        var card = Envoy with { Spares = ["Brett McGurk", "Ned Price"] };

        var once = CardEdits.Swap(card, 2).Card!;
        var twice = CardEdits.Swap(once, 2).Card!;

        Assert.That(once.Distractors, Is.EqualTo(new[] { "Antony Blinken", "Brett McGurk", "Mazloum Abdi" }));
        Assert.That(once.Spares, Is.EqualTo(new[] { "Ned Price", "Luigi Di Maio" }));
        Assert.That(twice.Distractors[1], Is.EqualTo("Ned Price"));
        Assert.That(twice.Spares, Is.EqualTo(new[] { "Luigi Di Maio", "Brett McGurk" }));
        Assert.That(CardEdits.Swap(Envoy, 1).Problem, Does.StartWith("the card has no spare options"));
    }

    [Test]
    public void Taking_a_spare_as_a_new_option_swaps_it_and_a_typed_option_replaces_for_good()
    {
        var card = Envoy with { Spares = ["Brett McGurk", "Ned Price"] };

        var spare = CardEdits.ReplaceOption(card, 3, "Ned Price").Card!;
        var typed = CardEdits.ReplaceOption(card, 3, "Jens Stoltenberg").Card!;

        Assert.That(spare.Distractors[2], Is.EqualTo("Ned Price"));
        Assert.That(spare.Spares, Is.EqualTo(new[] { "Brett McGurk", "Mazloum Abdi" }));
        Assert.That(typed.Spares, Is.EqualTo(card.Spares));
    }

    [Test]
    public void Numeric_wrong_options_stay_in_ascending_order_after_an_edit()
    {
        var result = CardEdits.ReplaceOption(Deck.Cards[1], 1, "$190 million").Card!;

        Assert.That(result.Distractors, Is.EqualTo(new[] { "$148 million", "$190 million", "$210 million" }));
    }

    [Test]
    public void An_accepted_edit_tells_the_quality_findings_it_brought()
    {
        var result = CardEdits.EditAnswer(Envoy, "J. Godfrey");

        Assert.That(result.Card, Is.Not.Null);
        Assert.That(result.Notes, Has.Some.StartsWith("S1: the answer is not in its source sentence"));
        Assert.That(CardEdits.EditQuestion(Envoy, "Who was the acting U.S. Special Envoy for the Global Coalition in 2021?").Notes, Is.Empty);
    }

    [Test]
    public void The_findings_of_an_edit_are_told_once_a_rule()
    {
        var result = CardEdits.EditAnswer(Deck.Cards[5], "the year the Coalition won");

        Assert.That(result.Notes, Is.Not.Empty);
        Assert.That(result.Notes.Select(note => note[..note.IndexOf(':', StringComparison.Ordinal)]), Is.Unique);
        Assert.That(result.Notes, Has.Some.Contains("more)"));
    }
}

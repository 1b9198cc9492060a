using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Quiz.Review;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Review;

public sealed class PlainReviewRunnerTests
{
    private readonly List<Deck> _saved = [];

    [SetUp]
    public void SetUp() => _saved.Clear();

    private (ReviewSession Session, string Output) Run(string input, Deck? deck = null)
    {
        var session = new ReviewSession(deck ?? SampleDecks.Coalition(), all: false, _saved.Add);
        using var reader = new StringReader(input);
        using var writer = new StringWriter();
        new PlainReviewRunner(reader, writer).Run(session);
        return (session, writer.ToString());
    }

    [Test]
    public void Each_card_is_shown_as_a_student_sees_it_with_its_source_score_and_spares()
    {
        var (_, output) = Run("quit\n", SampleDecks.Reviewed() with { Cards = [SampleDecks.Reviewed().Cards[0] with { Review = null }] });

        Assert.That(output, Does.Contain("Card 1 of 1 · multiple choice · person · not reviewed · c0000000000a1"));
        Assert.That(output, Does.Contain("Context: " + SampleDecks.RomeContext));
        Assert.That(output, Does.Contain("Q: Who was the Acting U.S. Special Envoy for the Global Coalition in 2021?"));
        Assert.That(output, Does.Contain("Answer: John Godfrey\nWrong 1: Antony Blinken\nWrong 2: Luigi Di Maio\nWrong 3: Mazloum Abdi\n"));
        Assert.That(output, Does.Contain("Spares: Brett McGurk | Ned Price"));
        Assert.That(output, Does.Contain("Source: seed-2021-d-isis-rome, sentence 21: Acting US Special Envoy"));
        Assert.That(output, Does.Contain("Score: 1.23 (importance +0.31"));
        Assert.That(output, Does.Contain("Progress: reviewed 0 · kept 0 · dropped 0 · edited 0 · left 1"));
    }

    [Test]
    public void Each_wrong_option_and_spare_says_where_the_generator_found_it()
    {
        var card = SampleDecks.Reviewed().Cards[0] with { Review = null };
        var origins = new Dictionary<string, OptionOrigin> { ["Antony Blinken"] = OptionOrigin.Article, ["Luigi Di Maio"] = OptionOrigin.Deck, ["Brett McGurk"] = OptionOrigin.Article };

        var (_, output) = Run("quit\n", SampleDecks.Reviewed() with { Cards = [card with { OptionOrigins = origins }] });

        Assert.That(output, Does.Contain("Wrong 1: Antony Blinken (article)\nWrong 2: Luigi Di Maio (deck)\nWrong 3: Mazloum Abdi\n"));
        Assert.That(output, Does.Contain("Spares: Brett McGurk (article) | Ned Price"));
    }

    [Test]
    public void Numbers_are_listed_in_ascending_order_as_a_student_sees_them_with_their_command_numbers()
    {
        var (_, output) = Run("next\nquit\n");

        Assert.That(output, Does.Contain("Wrong 1: $120 million\nWrong 2: $148 million\nAnswer: $168 million\nWrong 3: $210 million\n"));
    }

    [Test]
    public void Every_command_applies_to_the_card_shown_and_keep_drop_and_next_move_on()
    {
        var deck = SampleDecks.Coalition();
        deck = deck with { Cards = [deck.Cards[0] with { Spares = ["Brett McGurk"] }, .. deck.Cards.Skip(1)] };
        var input = string.Join('\n',
            "question Who was the acting U.S. envoy to the Coalition in 2021?",
            "option 1 Ned Price",
            "swap 3",
            "keep",
            "drop",
            "next",
            "answer 150",
            "keep",
            "quit") + "\n";

        var (session, output) = Run(input, deck);

        var cards = _saved[^1].Cards;
        Assert.That(cards[0].Question, Is.EqualTo("Who was the acting U.S. envoy to the Coalition in 2021?"));
        Assert.That(cards[0].Distractors, Is.EqualTo(new[] { "Ned Price", "Luigi Di Maio", "Brett McGurk" }));
        Assert.That(cards[0].Spares, Is.EqualTo(new[] { "Mazloum Abdi" }));
        Assert.That(cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Edited));
        Assert.That(cards[0].Review!.Original!.Question, Is.EqualTo(deck.Cards[0].Question));
        Assert.That(cards[1].IsDropped, Is.True);
        Assert.That(cards[2].Review, Is.Null, "next decides nothing");
        Assert.That(cards[3].Answer, Is.EqualTo("150"));
        Assert.That(cards[3].Review!.Status, Is.EqualTo(ReviewStatus.Edited));
        Assert.That(output, Does.Contain("Generated question was: " + deck.Cards[0].Question));
        Assert.That(output, Does.Contain("Dropped."));
        Assert.That(output, Does.EndWith("Deck: 0 kept, 1 dropped, 2 edited, 5 not reviewed.\n"));
        Assert.That(session.Position, Is.EqualTo(4));
    }

    [Test]
    public void A_refused_edit_says_why_in_one_line_and_the_card_stays_as_it_was()
    {
        var (session, output) = Run("option 2 John Godfrey\nquestion Who is John Godfrey?\nquit\n");

        Assert.That(output, Does.Contain("Not changed: the answer is also listed among the wrong options.\n"));
        Assert.That(output, Does.Contain("Not changed: the question gives the answer away.\n"));
        Assert.That(_saved, Is.Empty);
        Assert.That(session.Current!.Review, Is.Null);
        Assert.That(session.Current.Distractors, Is.EqualTo(SampleDecks.Coalition().Cards[0].Distractors));
        Assert.That(output, Does.EndWith("not reviewed. 2 edits were refused.\n"));
    }

    [Test]
    public void A_line_that_is_no_command_stops_the_review_naming_the_line_and_keeps_what_was_decided()
    {
        var error = Assert.Throws<StudyDecksException>(() => Run("keep\nkep\nkeep\n"));

        Assert.That(error!.Message, Does.StartWith("standard input, line 2: \"kep\" is not a review command (use keep, drop,"));
        Assert.That(_saved, Has.Count.EqualTo(1));
        Assert.That(_saved[0].Cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Kept));
        Assert.That(_saved[0].Cards[1].Review, Is.Null);
    }

    [TestCase("option 1")]
    [TestCase("option x Ned Price")]
    [TestCase("swap")]
    [TestCase("swap 1 2")]
    [TestCase("question")]
    public void A_command_without_its_argument_is_no_command(string line)
    {
        Assert.Throws<StudyDecksException>(() => Run(line + "\n"));
    }

    [Test]
    public void The_end_of_input_stops_the_review_and_the_last_card_ends_it()
    {
        var (_, ended) = Run("keep\n");
        Assert.That(ended, Does.Contain("Input ended; the review stops here. Every decision made is saved."));

        var (session, finished) = Run(string.Concat(Enumerable.Repeat("keep\n", 8)));
        Assert.That(session.Finished, Is.True);
        Assert.That(finished, Does.Contain("No more cards to review.\nDeck: 8 kept, 0 dropped, 0 edited, 0 not reviewed.\n"));
    }
}

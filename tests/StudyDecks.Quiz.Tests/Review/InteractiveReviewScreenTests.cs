using Spectre.Console.Testing;
using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Review;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Review;

public sealed class InteractiveReviewScreenTests
{
    private readonly List<Deck> _saved = [];
    private TestConsole _console = null!;

    [SetUp]
    public void SetUp()
    {
        _saved.Clear();
        _console = new TestConsole().Width(80).Interactive().SupportsAnsi(false);
    }

    [TearDown]
    public void TearDown() => _console.Dispose();

    private ReviewSession Run(Deck? deck = null)
    {
        var session = new ReviewSession(deck ?? SampleDecks.Coalition(), all: false, _saved.Add);
        new InteractiveReviewScreen(_console).Run(session);
        return session;
    }

    [Test]
    public void The_card_is_drawn_with_its_answer_marked_its_source_the_keys_and_the_progress()
    {
        _console.Input.PushCharacter('q');

        Run();

        Assert.That(_console.Output, Does.Contain("Card 1 of 8 · multiple choice · person · not reviewed"));
        Assert.That(_console.Output, Does.Contain("Who was the Acting U.S. Special Envoy for the Global Coalition in 2021?"));
        Assert.That(_console.Output, Does.Match(@"[✔+] +John Godfrey \(answer\)"));
        Assert.That(_console.Output, Does.Contain("1) Antony Blinken"));
        Assert.That(_console.Output, Does.Contain("seed-2021-d-isis-rome, sentence 21"));
        Assert.That(_console.Output, Does.Contain("reviewed 0 · kept 0 · dropped 0 · edited 0 · left 8"));
        Assert.That(_console.Output, Does.Contain("k keep  d drop  e question  a answer  1–3 option  u undo"));
        Assert.That(_console.Output.Split('\n').Max(line => line.TrimEnd().Length), Is.LessThanOrEqualTo(80));
    }

    [Test]
    public void Keys_keep_drop_undo_and_move_and_every_decision_is_saved_at_once()
    {
        foreach (var key in "kd")
        {
            _console.Input.PushCharacter(key);
        }

        _console.Input.PushCharacter('u');
        _console.Input.PushKey(ConsoleKey.RightArrow);
        _console.Input.PushKey(ConsoleKey.LeftArrow);
        _console.Input.PushCharacter('d');
        _console.Input.PushCharacter('q');

        var session = Run();

        Assert.That(_saved, Has.Count.EqualTo(4));
        Assert.That(_saved[^1].Cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Kept));
        Assert.That(_saved[^1].Cards[1].IsDropped, Is.True);
        Assert.That(session.Current!.Id, Is.EqualTo("c0000000000a3"));
        Assert.That(_console.Output, Does.Contain("Undone:"));
        Assert.That(_console.Output, Does.Contain("Deck: 1 kept, 1 dropped, 0 edited, 6 not reviewed."));
    }

    [Test]
    public void Editing_the_question_and_the_answer_types_the_new_text_and_an_empty_line_keeps_it()
    {
        _console.Input.PushCharacter('e');
        _console.Input.PushTextWithEnter("Who was the acting U.S. envoy in 2021?");
        _console.Input.PushCharacter('a');
        _console.Input.PushTextWithEnter(string.Empty);
        _console.Input.PushCharacter('q');

        Run();

        Assert.That(_saved, Has.Count.EqualTo(1));
        Assert.That(_saved[0].Cards[0].Question, Is.EqualTo("Who was the acting U.S. envoy in 2021?"));
        Assert.That(_console.Output, Does.Contain("The question is edited."));
        Assert.That(_console.Output, Does.Contain("Left as it was."));
        Assert.That(_console.Output, Does.Contain("Generated question was: Who was the Acting U.S. Special Envoy"));
    }

    [Test]
    public void Escape_while_editing_leaves_the_field_as_it_was()
    {
        _console.Input.PushCharacter('e');
        _console.Input.PushText("Who was");
        _console.Input.PushKey(ConsoleKey.Escape);
        _console.Input.PushCharacter('k');
        _console.Input.PushCharacter('q');

        Run();

        Assert.That(_console.Output, Does.Contain("Left as it was."));
        Assert.That(_saved, Has.Count.EqualTo(1));
        Assert.That(_saved[0].Cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Kept));
        Assert.That(_saved[0].Cards[0].Question, Does.StartWith("Who was the Acting U.S. Special Envoy"));
    }

    [Test]
    public void A_number_key_replaces_that_wrong_option_with_a_typed_one_or_a_spare_by_its_letter()
    {
        var deck = SampleDecks.Reviewed();
        deck = deck with { Cards = [deck.Cards[0] with { Review = null }] };
        _console.Input.PushCharacter('2');
        _console.Input.PushTextWithEnter("b");
        _console.Input.PushCharacter('3');
        _console.Input.PushTextWithEnter("Jens Stoltenberg");
        _console.Input.PushCharacter('k');

        var session = Run(deck);

        Assert.That(_console.Output, Does.Contain("a) Brett McGurk (spare)"));
        Assert.That(_saved[^1].Cards[0].Distractors, Is.EqualTo(new[] { "Antony Blinken", "Ned Price", "Jens Stoltenberg" }));
        Assert.That(_saved[^1].Cards[0].Spares, Is.EqualTo(new[] { "Brett McGurk", "Luigi Di Maio" }));
        Assert.That(_saved[^1].Cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Edited));
        Assert.That(_console.Output, Does.Contain("Ned Price replaces Luigi Di Maio."));
        Assert.That(session.Finished, Is.True);
        Assert.That(_console.Output, Does.Contain("No more cards to review."));
    }

    [Test]
    public void A_refused_edit_says_why_and_the_card_stays_as_it_was()
    {
        _console.Input.PushCharacter('1');
        _console.Input.PushTextWithEnter("John Godfrey");
        _console.Input.PushCharacter('q');

        Run();

        Assert.That(_saved, Is.Empty);
        Assert.That(_console.Output, Does.Contain("Not changed: the answer is also listed among the wrong options."));
    }

    [Test]
    public void The_end_of_input_stops_the_review_with_every_decision_saved()
    {
        _console.Input.PushCharacter('k');

        var session = Run();

        Assert.That(_saved, Has.Count.EqualTo(1));
        Assert.That(session.Position, Is.EqualTo(1));
        Assert.That(_console.Output, Does.Contain("Every decision is saved in the deck."));
    }

    [Test]
    public void The_right_arrow_stops_at_the_last_card_and_a_decision_there_goes_back_to_a_card_passed_over()
    {
        for (var i = 0; i < 8; i++)
        {
            _console.Input.PushKey(ConsoleKey.RightArrow);
        }

        _console.Input.PushCharacter('d');
        _console.Input.PushCharacter('q');

        var session = Run();

        Assert.That(_console.Output, Does.Contain("This is the last card; keep or drop it, or press q to stop here."));
        Assert.That(_console.Output, Does.Contain("Dropped card 8. Back to the first card you passed over."));
        Assert.That(_saved[^1].Cards[7].IsDropped, Is.True);
        Assert.That(session.Current!.Id, Is.EqualTo("c0000000000a1"));
    }

    [Test]
    public void On_an_ansi_terminal_each_card_starts_on_a_cleared_screen()
    {
        using var terminal = new TestConsole().Width(80).Interactive().SupportsAnsi(true);
        terminal.EmitAnsiSequences = true;
        terminal.Input.PushCharacter('k');
        terminal.Input.PushCharacter('q');

        new InteractiveReviewScreen(terminal).Run(new ReviewSession(SampleDecks.Coalition(), all: false, _saved.Add));

        Assert.That(terminal.Output.Split("\u001b[2J").Length - 1, Is.EqualTo(2), "one clear per card shown");
        Assert.That(terminal.Output, Does.Contain("Kept card 1."));
    }
}

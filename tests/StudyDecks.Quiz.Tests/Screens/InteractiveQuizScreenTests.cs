using Spectre.Console.Testing;
using StudyDecks.Quiz.Screens;

namespace StudyDecks.Quiz.Tests.Screens;

public sealed class InteractiveQuizScreenTests
{
    // Money and year options are listed in ascending order, so their letters are fixed: the answer is C for both.
    private const string Money = "c0000000000a2";
    private const string Year = "c0000000000a6";
    private const string Sdf = "c0000000000a4";
    private const string Saudi = "c0000000000a5";

    private QuizFixture _fixture = null!;
    private TestConsole _console = null!;

    [SetUp]
    public void SetUp()
    {
        _fixture = new QuizFixture();
        // No ANSI: the option list is drawn once and then once answered, instead of redrawn in place, so the
        // recorded output reads like the screen (the live redraw is checked by hand in tmux).
        _console = new TestConsole().Width(80).Interactive().SupportsAnsi(false);
    }

    [TearDown]
    public void TearDown()
    {
        _console.Dispose();
        _fixture.Dispose();
    }

    [Test]
    public void Pressing_a_letter_answers_and_a_wrong_pick_shows_the_right_answer_and_the_source_sentence()
    {
        _console.Input.PushCharacter('a');

        var summary = Run(Money);

        Assert.That(summary.Correct, Is.Zero);
        Assert.That(_console.Output, Does.Contain("Question 1 of 1"));
        Assert.That(_console.Output, Does.Contain("A) $120 million").And.Contains("D) $210 million"));
        Assert.That(_console.Output, Does.Contain("Wrong. The answer is C) $168 million."));
        Assert.That(_console.Output, Does.Contain("Blinken announced that the U.S. is contributing $168"));
        Assert.That(_console.Output, Does.Contain("Quiz finished").And.Contains("Score  0/1  (0 %)"));
    }

    [Test]
    public void Arrow_keys_move_the_highlight_and_enter_picks_it()
    {
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.Enter);

        var summary = Run(Money);

        Assert.That(summary.Correct, Is.EqualTo(1));
        Assert.That(_console.Output, Does.Contain("Right!"));
        Assert.That(_console.Output, Does.Contain("You chose C."));
    }

    [Test]
    public void On_an_ansi_terminal_the_list_is_redrawn_in_place_as_the_highlight_moves()
    {
        using var terminal = new TestConsole().Width(80).Interactive().SupportsAnsi(true);
        terminal.EmitAnsiSequences = true;
        terminal.Input.PushKey(ConsoleKey.DownArrow);
        terminal.Input.PushKey(ConsoleKey.Enter);

        var summary = new InteractiveQuizScreen(terminal).Run(_fixture.StartWith(Money));

        Assert.That(summary.Correct, Is.Zero);
        Assert.That(terminal.Output, Does.Contain("\u001b[2J"), "each question starts on a cleared screen");
        Assert.That(terminal.Output, Does.Contain("\u001b[").And.Contains("You chose B."));
    }

    [Test]
    public void Up_from_the_first_option_wraps_to_the_last()
    {
        _console.Input.PushKey(ConsoleKey.UpArrow);
        _console.Input.PushKey(ConsoleKey.Enter);

        Run(Money);

        Assert.That(_console.Output, Does.Contain("You chose D."));
    }

    [Test]
    public void A_short_answer_is_typed_and_matched_forgivingly()
    {
        _console.Input.PushTextWithEnter("the SDF");

        var summary = Run(Sdf);

        Assert.That(summary.Correct, Is.EqualTo(1));
        Assert.That(_console.Output, Does.Contain("Right! The answer is Syrian Democratic Forces."));
    }

    [Test]
    public void Escape_at_a_short_answer_stops_the_quiz_without_answering()
    {
        _console.Input.PushText("Syr");
        _console.Input.PushKey(ConsoleKey.Escape);
        _console.Input.PushTextWithEnter("ian Democratic Forces"); // never read: the quiz has stopped

        var summary = Run(Sdf, Money);

        Assert.That((summary.Answered, summary.Asked), Is.EqualTo((0, 2)));
        Assert.That(_console.Output, Does.Contain("Stopped. Answers given so far are saved."));
        Assert.That(_console.Output, Does.Not.Contain("You gave up"));
    }

    [Test]
    public void Backspace_takes_back_the_last_letter_typed_before_the_answer_is_checked()
    {
        _console.Input.PushText("the SDFx");
        _console.Input.PushKey(ConsoleKey.Backspace);
        _console.Input.PushKey(ConsoleKey.Enter);

        var summary = Run(Sdf);

        Assert.That(summary.Correct, Is.EqualTo(1));
        Assert.That(_console.Output, Does.Contain("Right! The answer is Syrian Democratic Forces."));
    }

    [Test]
    public void An_empty_line_at_a_short_answer_gives_up_and_goes_on()
    {
        _console.Input.PushKey(ConsoleKey.Enter);

        var summary = Run(Sdf);

        Assert.That((summary.Answered, summary.Correct), Is.EqualTo((1, 0)));
        Assert.That(_console.Output, Does.Contain("You gave up."));
    }

    [Test]
    public void A_true_false_card_takes_T_or_F()
    {
        _console.Input.PushCharacter('f');

        var summary = Run(Saudi);

        Assert.That(summary.Correct, Is.Zero);
        Assert.That(_console.Output, Does.Contain("Wrong. The answer is A) True."));
    }

    [Test]
    public void The_running_score_is_shown_with_each_question_and_the_summary_at_the_end()
    {
        _console.Input.PushCharacter('c');
        _console.Input.PushKey(ConsoleKey.Spacebar);
        _console.Input.PushCharacter('a');

        var summary = Run(Money, Year);

        Assert.That(_console.Output, Does.Contain("Question 2 of 2  ·  score 1/1"));
        Assert.That(_console.Output, Does.Contain("Score: 1/2"));
        Assert.That(_console.Output, Does.Contain("Score  1/2  (50 %)"));
        Assert.That(_console.Output, Does.Contain("year").And.Contains("0/1"));
        Assert.That(summary.WeakestKinds.Single().Kind, Is.EqualTo(Core.Decks.AnswerKind.Year));
    }

    [Test]
    public void Escape_stops_the_quiz_and_the_summary_counts_what_was_left()
    {
        _console.Input.PushCharacter('c');
        _console.Input.PushKey(ConsoleKey.Escape);

        var summary = Run(Money, Year);

        Assert.That((summary.Answered, summary.Asked), Is.EqualTo((1, 2)));
        Assert.That(_console.Output, Does.Contain("1 of 2 questions left unanswered"));
    }

    [Test]
    public void Every_line_fits_an_80_column_terminal()
    {
        _console.Input.PushCharacter('b');
        _console.Input.PushKey(ConsoleKey.Spacebar);
        _console.Input.PushTextWithEnter("Syrian Democratic Forces");
        _console.Input.PushKey(ConsoleKey.Spacebar);
        _console.Input.PushCharacter('t');

        Run("c0000000000a7", Sdf, Saudi);

        Assert.That(_console.Lines.Where(line => line.Length > 80), Is.Empty);
    }

    [Test]
    public void The_context_line_is_shown_between_the_card_details_and_the_question()
    {
        _console.Input.PushCharacter('c');

        Run(Money);

        var lines = _console.Lines.Select(line => line.Trim()).ToList();
        var context = lines.IndexOf("Context: " + Testing.SampleDecks.RomeContext);
        Assert.That(context, Is.GreaterThan(0));
        Assert.That(lines[context + 1], Does.StartWith("How much is the U.S. contributing"));
    }

    [Test]
    public void A_card_without_a_context_shows_no_context_line()
    {
        _console.Input.PushTextWithEnter("Syrian Democratic Forces");

        Run(Sdf);

        Assert.That(_console.Output, Does.Not.Contain("Context:"));
        Assert.That(_console.Output, Does.Contain("What does SDF stand for?"));
    }

    [Test]
    public void Markup_in_a_context_is_shown_as_text()
    {
        _console.Input.PushTextWithEnter("Syrian Democratic Forces");

        Run("c0000000000a8");

        Assert.That(_console.Output, Does.Contain("Context: " + Testing.SampleDecks.TrickyContext));
    }

    private QuizSummary Run(params string[] cards) => new InteractiveQuizScreen(_console).Run(_fixture.StartWith(cards));
}

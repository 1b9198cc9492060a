using StudyDecks.Quiz.Asking;
using StudyDecks.Quiz.Plain;

namespace StudyDecks.Quiz.Tests.Plain;

public sealed class PlainQuizRunnerTests
{
    private QuizFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new QuizFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Reads_one_answer_per_line_and_ends_with_the_score()
    {
        var session = _fixture.Start(count: 8, seed: 5);
        var lines = AnswersFor(session, right: card => card.Id != "c0000000000a1");

        var output = Run(session, lines);

        Assert.That(output.TrimEnd().Split('\n')[^1], Is.EqualTo("Score: 7/8"));
        Assert.That(output, Does.Contain("Wrong. The answer is "));
        Assert.That(output, Does.Contain("John Godfrey."));
        Assert.That(output, Does.Contain("Source: Acting US Special Envoy for the Global Coalition, John Godfrey, visited Erbil."));
        Assert.That(output, Does.Contain("Weakest: person 1/2"));
    }

    [Test]
    public void Prints_the_question_with_lettered_options_and_how_to_answer()
    {
        var session = _fixture.Start(count: 8, seed: 5);
        var lines = AnswersFor(session, right: _ => true);

        var output = Run(session, lines);

        Assert.That(output, Does.Contain("How much is the U.S. contributing to the Coalition’s annual Stabilization Pledge Drive for Iraq and Syria?\nA) $120 million\nB) $148 million\nC) $168 million\nD) $210 million\nAnswer with a letter A-D:\n"));
        Assert.That(output, Does.Contain("Saudi Arabia co-leads the Coalition’s effort against ISIS in Africa with the U.S.\nA) True\nB) False\nAnswer T (true) or F (false):\n"));
        Assert.That(output, Does.Contain("What does SDF stand for?\nType your answer (an empty line gives up):\n"));
    }

    [Test]
    public void Prints_the_context_line_above_the_question_and_nothing_for_a_card_without_one()
    {
        var session = _fixture.Start(count: 8, seed: 5);
        var lines = AnswersFor(session, right: _ => true);

        var output = Run(session, lines);

        Assert.That(output, Does.Contain("(multiple choice)\nContext: " + Testing.SampleDecks.RomeContext + "\nHow much is the U.S. contributing"));
        Assert.That(output, Does.Contain("(true or false)\nContext: " + Testing.SampleDecks.WashingtonContext + "\nSaudi Arabia co-leads"));
        Assert.That(output, Does.Contain("(short answer)\nWhat does SDF stand for?\n"));
    }

    [Test]
    public void An_answer_that_names_no_option_is_asked_again()
    {
        // A multiple-choice card with four options; answered by the right option's text, whatever letter it gets.
        var session = _fixture.StartWith("c0000000000a1");

        var output = Run(session, "z\n\nJohn Godfrey\n");

        Assert.That(System.Text.RegularExpressions.Regex.Count(output, "Please answer with a letter A-D\\.\n"), Is.EqualTo(2));
        Assert.That(System.Text.RegularExpressions.Regex.Count(output, "Question 1 of 1"), Is.EqualTo(1));
        Assert.That(output, Does.Contain("Right.").And.EndsWith("Score: 1/1\n"));
    }

    [Test]
    public void End_of_input_stops_the_quiz_keeping_what_was_answered()
    {
        var session = _fixture.Start(count: 8, seed: 5);
        var lines = AnswersFor(session, right: _ => true).Split('\n').Take(2);

        var output = Run(session, string.Join('\n', lines) + "\n");

        Assert.That(output, Does.Contain("Input ended; the quiz stops here."));
        Assert.That(output.TrimEnd(), Does.EndWith("Score: 2/2"));
        Assert.That(_fixture.Start(QuizMode.New).Cards, Has.Count.EqualTo(6));
    }

    private static string Run(QuizSession session, string input)
    {
        using var output = new StringWriter { NewLine = "\n" };
        new PlainQuizRunner(new StringReader(input), output).Run(session);
        return output.ToString();
    }

    /// <summary>
    /// The lines a player would type to answer the session's cards, right or wrong as chosen. The options' order is
    /// replayed with the same seed the fixture uses, so the letters match what the runner will show.
    /// </summary>
    private string AnswersFor(QuizSession session, Func<Core.Decks.Card, bool> right)
    {
        var replay = _fixture.Start(count: session.Cards.Count, player: "replay", seed: 5);
        var lines = new List<string>();
        while (replay.Next() is { } question)
        {
            var reply = right(question.Card) ? QuizFixture.Right(question) : QuizFixture.Wrong(question);
            lines.Add(reply.Text ?? Question.Letter(reply.OptionIndex!.Value).ToString());
        }

        return string.Join('\n', lines) + "\n";
    }
}

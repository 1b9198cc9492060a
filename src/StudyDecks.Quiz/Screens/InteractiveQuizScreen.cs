using System.Globalization;
using Spectre.Console;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Wording;
using StudyDecks.Quiz.Asking;

namespace StudyDecks.Quiz.Screens;

/// <summary>
/// The quiz in a terminal, drawn with Spectre.Console on an injected console (a real terminal, or a TestConsole
/// in tests): one question at a time with its options, immediate feedback with the source sentence, the running
/// score, and a summary at the end.
/// </summary>
public sealed class InteractiveQuizScreen(IAnsiConsole console)
{
    private readonly Symbols _symbols = Symbols.For(console);

    public QuizSummary Run(QuizSession session)
    {
        var setup = session.Setup;
        console.Write(new Rule($"[bold]{Markup.Escape(setup.Deck.Title)}[/]").LeftJustified().RuleStyle("grey"));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{Counted.Of(session.Cards.Count, "question")} · mode {setup.Mode.ToString().ToLowerInvariant()} · player {Markup.Escape(setup.Player)}[/]"));
        while (session.Next() is { } question)
        {
            Ask(question, session);
            var reply = ReadReply(question);
            if (reply is null)
            {
                console.MarkupLine("[grey]Stopped. Answers given so far are saved.[/]");
                break;
            }

            ShowFeedback(session.Answer(question, reply));
            if (question.Number < question.Total && !WaitForNext())
            {
                break;
            }
        }

        var summary = session.Finish();
        SummaryView.Write(console, summary);
        return summary;
    }

    private void Ask(Question question, QuizSession session)
    {
        if (console.Profile.Capabilities is { Ansi: true, Interactive: true })
        {
            // One question per screen on a real terminal: the question starts at the top, nothing scrolls away.
            console.Clear(home: true);
        }
        else
        {
            console.WriteLine();
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"Question {question.Number} of {question.Total}  ·  score {session.Score}/{session.Answered}");
        console.Write(new Rule($"[bold]{title}[/]").LeftJustified().RuleStyle("blue"));
        console.MarkupLine($"[grey]{Markup.Escape(session.Setup.Deck.Title)} · {QuizWording.TypeName(question.Card.Type)} · {DeckNames.ToName(question.Card.AnswerKind)}[/]");
        console.WriteLine();
        if (QuizWording.ContextLine(question) is { } context)
        {
            console.Write(new Padder(new Markup($"[grey italic]{Markup.Escape(context)}[/]"), new Padding(2, 0, 0, 0)));
        }

        console.Write(new Padder(new Markup($"[bold]{Markup.Escape(QuizWording.QuestionText(question))}[/]"), new Padding(2, 0, 0, 0)));
        console.WriteLine();
    }

    private Reply? ReadReply(Question question)
    {
        if (question.Style != AskingStyle.Typed)
        {
            return new OptionPicker(console).Pick(question) is { } index ? Reply.Option(index) : null;
        }

        console.Write("  ");
        return LineReader.Read(console, $"[aqua]{_symbols.Pointer}[/] Your answer [grey](empty gives up, Esc stops the quiz)[/]:") is { } typed
            ? Reply.Typed(typed)
            : null;
    }

    private void ShowFeedback(Feedback feedback)
    {
        console.WriteLine();
        var question = feedback.Question;
        if (feedback.Correct)
        {
            var exact = question.Style != AskingStyle.Typed || feedback.Choice == question.Card.Answer;
            console.MarkupLine(exact
                ? $"  [green bold]{_symbols.Right} Right![/]"
                : $"  [green bold]{_symbols.Right} Right![/] The answer is [green bold]{Markup.Escape(question.Card.Answer)}[/].");
        }
        else
        {
            var given = question.Style == AskingStyle.Typed
                ? feedback.Choice.Length == 0 ? " You gave up." : $" You wrote \"{Markup.Escape(feedback.Choice)}\"."
                : string.Empty;
            console.MarkupLine($"  [red bold]{_symbols.Wrong} Wrong.[/]{given} The answer is [green bold]{Markup.Escape(question.AnswerLabel)}[/].");
        }

        var source = new Panel(new Markup($"[italic]{Markup.Escape(question.Card.Explanation)}[/]"))
            .Header("[grey] source [/]")
            .BorderColor(Color.Grey)
            .RoundedBorder()
            .Padding(1, 0);
        console.Write(new Padder(source, new Padding(2, 0, 0, 0)));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"  Score: [bold]{feedback.Score}/{feedback.Answered}[/]"));
    }

    /// <summary>Waits for a key before the next question; false when the player pressed Escape or input ended.</summary>
    private bool WaitForNext()
    {
        console.MarkupLine("[grey]  Press any key for the next question, Esc to stop.[/]");
        try
        {
            return console.Input.ReadKey(intercept: true) is { Key: not ConsoleKey.Escape };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

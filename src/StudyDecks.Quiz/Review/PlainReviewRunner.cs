using System.Globalization;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Review;
using StudyDecks.Core.Wording;

namespace StudyDecks.Quiz.Review;

/// <summary>
/// The line-based review for scripts and screen readers: prints each card, reads one command per line and applies it to
/// the card shown. <c>keep</c>, <c>drop</c> and <c>next</c> move on; an edit (<c>question TEXT</c>, <c>answer TEXT</c>,
/// <c>option N TEXT</c>, <c>swap N</c>) stays on the card; <c>quit</c> or the end of input stops. Ends with a summary.
/// </summary>
public sealed class PlainReviewRunner(TextReader input, TextWriter output)
{
    /// <summary>The commands, as the prompt lists them.</summary>
    public const string Commands = "keep, drop, question TEXT, answer TEXT, option N TEXT, swap N, next, quit";

    /// <summary>Runs the review to its end, a <c>quit</c> or the end of input.</summary>
    /// <exception cref="StudyDecksException">A line is no command; decisions before it are saved.</exception>
    public void Run(ReviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Review: {session.Deck.Title} ({Counted.Of(session.Count, "card")})"));
        output.WriteLine("Every decision is saved at once. One command a line, for the card shown:");
        output.WriteLine(Commands + ".");
        var line = 0;
        var shown = -1;
        while (session.Current is { } card)
        {
            if (shown != session.Position)
            {
                Show(session, card);
                shown = session.Position;
            }

            output.WriteLine("Command:");
            if (input.ReadLine() is not { } text)
            {
                output.WriteLine("Input ended; the review stops here. Every decision made is saved.");
                break;
            }

            line++;
            if (!Apply(session, text.Trim(), line, ref shown))
            {
                break;
            }
        }

        if (session.Finished)
        {
            output.WriteLine("No more cards to review.");
        }

        output.WriteLine(ReviewWording.Summary(session));
    }

    /// <summary>Applies one command; false on <c>quit</c>.</summary>
    private bool Apply(ReviewSession session, string text, int line, ref int shown)
    {
        var (verb, rest) = Split(text);
        switch (verb)
        {
            case "":
                return true;
            case "keep":
                session.Keep();
                output.WriteLine("Kept.");
                return true;
            case "drop":
                session.Drop();
                output.WriteLine("Dropped.");
                return true;
            case "next":
                session.Next();
                return true;
            case "quit":
                return false;
            case "question" when rest.Length > 0:
                Report(session, session.Edit(card => CardEdits.EditQuestion(card, rest)), ref shown);
                return true;
            case "answer" when rest.Length > 0:
                Report(session, session.Edit(card => CardEdits.EditAnswer(card, rest)), ref shown);
                return true;
            case "option" when Number(rest) is ({ } number, { Length: > 0 } option):
                Report(session, session.Edit(card => CardEdits.ReplaceOption(card, number, option)), ref shown);
                return true;
            case "swap" when Number(rest) is ({ } number, { Length: 0 }):
                Report(session, session.Edit(card => CardEdits.Swap(card, number)), ref shown);
                return true;
            default:
                throw StudyDecksException.InSource(
                    string.Create(CultureInfo.InvariantCulture, $"standard input, line {line}"),
                    $"\"{Shorten(text)}\" is not a review command (use {Commands}); the decisions before it are saved");
        }
    }

    private void Report(ReviewSession session, string? problem, ref int shown)
    {
        if (problem is not null)
        {
            output.WriteLine("Not changed: " + problem + ".");
            return;
        }

        output.WriteLine("Edited.");
        foreach (var note in session.LastNotes)
        {
            output.WriteLine("Check: " + note + ".");
        }

        shown = -1; // shows the card again, as it now is
    }

    private void Show(ReviewSession session, Card card)
    {
        output.WriteLine();
        output.WriteLine(ReviewWording.Heading(session, card) + " · " + card.Id);
        if (!string.IsNullOrWhiteSpace(card.Context))
        {
            output.WriteLine("Context: " + card.Context);
        }

        output.WriteLine("Q: " + card.Question);
        foreach (var (number, option) in ReviewWording.Options(card))
        {
            output.WriteLine(number == 0 ? "Answer: " + option : string.Create(CultureInfo.InvariantCulture, $"Wrong {number}: {card.WithOrigin(option)}"));
        }

        if (card.Aliases.Count > 0)
        {
            output.WriteLine("Also accepted: " + string.Join(" | ", card.Aliases));
        }

        if (card.Spares.Count > 0)
        {
            output.WriteLine("Spares: " + string.Join(" | ", card.Spares.Select(card.WithOrigin)));
        }

        output.WriteLine("Source: " + ReviewWording.Source(card));
        if (card.Score is { } score)
        {
            output.WriteLine("Score: " + score.Describe());
        }

        foreach (var change in ReviewWording.Changes(card))
        {
            output.WriteLine("Generated " + change);
        }

        output.WriteLine("Progress: " + ReviewWording.Progress(session.Progress));
    }

    private static (string Verb, string Text) Split(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text.ToLowerInvariant(), string.Empty) : (text[..space].ToLowerInvariant(), text[(space + 1)..].Trim());
    }

    /// <summary>"2 Baghdad" → (2, "Baghdad"); a first word that is no number gives (null, the text).</summary>
    private static (int? Number, string Text) Number(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? text : text[..space];
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (number, space < 0 ? string.Empty : text[(space + 1)..].Trim())
            : (null, text);
    }

    private static string Shorten(string text)
    {
        var printable = string.Concat(text.Where(c => !char.IsControl(c)));
        return printable.Length <= 40 ? printable : printable[..40] + "…";
    }
}

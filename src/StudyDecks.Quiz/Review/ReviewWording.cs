using System.Globalization;
using StudyDecks.Core.Decks;

namespace StudyDecks.Quiz.Review;

/// <summary>Words both review runners use, so the plain and the interactive review say the same things.</summary>
public static class ReviewWording
{
    /// <summary>"not reviewed", "kept", "dropped", "edited".</summary>
    public static string Status(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Review is { } review ? DeckNames.ToName(review.Status) : "not reviewed";
    }

    /// <summary>"Card 3 of 12 · multiple choice · date · kept".</summary>
    public static string Heading(ReviewSession session, Card card)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(card);
        return string.Create(CultureInfo.InvariantCulture, $"Card {session.Position + 1} of {session.Count} · {QuizWording.TypeName(card.Type)} · {DeckNames.ToName(card.AnswerKind)} · {Status(card)}");
    }

    /// <summary>"reviewed 4 · kept 2 · dropped 1 · edited 1 · left 8".</summary>
    public static string Progress(ReviewProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var counts = progress.Counts;
        return string.Create(CultureInfo.InvariantCulture, $"reviewed {counts.Reviewed} · kept {counts.Kept} · dropped {counts.Dropped} · edited {counts.Edited} · left {progress.Left}");
    }

    /// <summary>"Reviewed 5 cards: 3 kept, 1 dropped, 1 edited; 7 left to review." with the edits refused, if any.</summary>
    public static string Summary(ReviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var progress = session.Progress;
        var counts = progress.Counts;
        var rejected = session.Rejected switch
        {
            0 => string.Empty,
            1 => " 1 edit was refused.",
            var n => string.Create(CultureInfo.InvariantCulture, $" {n} edits were refused."),
        };
        return string.Create(CultureInfo.InvariantCulture, $"Deck: {counts.Kept} kept, {counts.Dropped} dropped, {counts.Edited} edited, {counts.Unreviewed} not reviewed.{rejected}");
    }

    /// <summary>
    /// The card's options as a student sees them: numbers, dates and durations in ascending order, other options with
    /// the answer first. Each with the number a command uses for it (0 for the answer).
    /// </summary>
    public static IReadOnlyList<(int Number, string Text)> Options(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Type == CardType.TrueFalse || card.Distractors.Count == 0)
        {
            return [(0, card.Answer)];
        }

        var numbered = new List<(int Number, string Text)> { (0, card.Answer) };
        numbered.AddRange(card.Distractors.Select((text, i) => (i + 1, text)));
        if (OptionValue.SortAscending(card.Options, card.AnswerKind) is { } sorted)
        {
            // Options are distinct (the deck check sees to it), so each text names one option.
            return [.. sorted.Select(text => numbered.First(option => option.Text == text))];
        }

        return numbered;
    }

    /// <summary>"seed-2021, sentence 11: In November 2015, …".</summary>
    public static string Source(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return $"{card.Source.Reference}: {card.Explanation}";
    }

    /// <summary>What an edited card said as generated, one line a field that changed; empty for a card not edited.</summary>
    public static IReadOnlyList<string> Changes(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Review?.Original is not { } original)
        {
            return [];
        }

        var lines = new List<string>();
        if (original.Question != card.Question)
        {
            lines.Add("question was: " + original.Question);
        }

        if (original.Answer != card.Answer)
        {
            lines.Add("answer was: " + original.Answer);
        }

        if (!original.Distractors.SequenceEqual(card.Distractors))
        {
            lines.Add("wrong options were: " + string.Join(" | ", original.Distractors));
        }

        return lines;
    }
}

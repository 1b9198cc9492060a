using System.Globalization;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Review;

/// <summary>
/// A teacher's decisions on one card: keep, drop, or edit its question, answer or a wrong option. Each returns the
/// card as it now is; an edit is checked like a generated card and, when it breaks a rule, returns why instead.
/// </summary>
public static class CardEdits
{
    /// <summary>Keeps the card: kept as generated, or still edited when it was.</summary>
    public static Card Keep(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card with { Review = card.Review?.Original is { } original ? new CardReview(ReviewStatus.Edited, original) : new CardReview(ReviewStatus.Kept) };
    }

    /// <summary>Drops the card from every output; its edits, if any, are kept with it.</summary>
    public static Card Drop(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card with { Review = new CardReview(ReviewStatus.Dropped, card.Review?.Original) };
    }

    /// <summary>Replaces the question (a cloze question keeps exactly one blank <c>_____</c>).</summary>
    public static EditResult EditQuestion(Card card, string question)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(question);
        return Edit(card, card with { Question = question.Trim() });
    }

    /// <summary>
    /// Replaces the answer; its aliases go with the old answer. A true/false card's answer is True or False, and its one
    /// wrong option becomes the other. A spare equal to the new answer is no longer a spare.
    /// </summary>
    public static EditResult EditAnswer(Card card, string answer)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.Trim();
        if (card.Type == CardType.TrueFalse)
        {
            var value = string.Equals(text, Card.True, StringComparison.OrdinalIgnoreCase) ? Card.True
                : string.Equals(text, Card.False, StringComparison.OrdinalIgnoreCase) ? Card.False
                : null;
            return value is null
                ? EditResult.Rejected("a true/false card's answer is True or False")
                : Edit(card, card with { Answer = value, Distractors = card.Distractors.Count == 0 ? [] : [value == Card.True ? Card.False : Card.True], Aliases = [] });
        }

        return Edit(card, card with { Answer = text, Aliases = [], Spares = Without(card.Spares, text) });
    }

    /// <summary>
    /// Replaces wrong option <paramref name="number"/> (1 to the card's count) with <paramref name="text"/>. When the text
    /// is one of the card's spares, the replaced option takes its place among the spares.
    /// </summary>
    public static EditResult ReplaceOption(Card card, int number, string text)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(text);
        if (OptionProblem(card, number) is { } problem)
        {
            return EditResult.Rejected(problem);
        }

        var option = text.Trim();
        var distractors = card.Distractors.ToArray();
        var replaced = distractors[number - 1];
        distractors[number - 1] = option;
        var spares = Without(card.Spares, option);
        // A spare taken in is swapped, as with swap N: the option it replaces becomes a spare. A typed option is new.
        return Edit(card, card with { Distractors = distractors, Spares = spares.Length < card.Spares.Count ? [.. spares, replaced] : spares });
    }

    /// <summary>
    /// Puts the card's next spare option in place of wrong option <paramref name="number"/>; the option it replaces
    /// becomes the last spare, so swapping again walks through every spare and back.
    /// </summary>
    public static EditResult Swap(Card card, int number)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (OptionProblem(card, number) is { } problem)
        {
            return EditResult.Rejected(problem);
        }

        if (card.Spares.Count == 0)
        {
            return EditResult.Rejected("the card has no spare options; type one with option N TEXT");
        }

        var distractors = card.Distractors.ToArray();
        var replaced = distractors[number - 1];
        distractors[number - 1] = card.Spares[0];
        return Edit(card, card with { Distractors = distractors, Spares = [.. card.Spares.Skip(1), replaced] });
    }

    /// <summary>Why wrong option <paramref name="number"/> cannot be replaced, or <see langword="null"/>.</summary>
    private static string? OptionProblem(Card card, int number) =>
        card.Type == CardType.TrueFalse ? "a true/false card's wrong option is the other value; change its answer instead"
        : card.Distractors.Count == 0 ? "the card has no wrong options to replace"
        : number < 1 || number > card.Distractors.Count ? string.Create(CultureInfo.InvariantCulture, $"there is no wrong option {number}; the card has {card.Distractors.Count}")
        : null;

    private static string[] Without(IReadOnlyList<string> spares, string text) =>
        [.. spares.Where(spare => !string.Equals(spare.Trim(), text, StringComparison.OrdinalIgnoreCase))];

    private static EditResult Edit(Card before, Card after)
    {
        var edited = after with { Review = new CardReview(ReviewStatus.Edited, before.Review?.Original ?? CardOriginal.Of(before)) };
        if (edited.Type != CardType.TrueFalse && OptionValue.SortAscending(edited.Distractors, edited.AnswerKind) is { } ascending)
        {
            // Numbers and dates are stored ascending (D11), as every output lists them.
            edited = edited with { Distractors = [.. ascending] };
        }

        if (string.IsNullOrWhiteSpace(edited.Question) || string.IsNullOrWhiteSpace(edited.Answer))
        {
            return EditResult.Rejected(string.IsNullOrWhiteSpace(edited.Question) ? "the question is empty" : "the answer is empty");
        }

        try
        {
            DeckJson.CheckCard(edited, "card", "edit");
        }
        catch (StudyDecksException exception)
        {
            return EditResult.Rejected(Reason(exception.Message));
        }

        var wordingChanged = edited.Question != before.Question || edited.Answer != before.Answer;
        if (wordingChanged && edited.Type != CardType.TrueFalse && TextSimilarity.ContainsPhrase(edited.Question, edited.Answer))
        {
            return EditResult.Rejected("the question gives the answer away");
        }

        // What the card-quality checks find on the edited card and did not find before: told, never refused, since a
        // teacher may mean it (an answer worded otherwise than in the sentence).
        var known = CardLinter.Check(before).Select(finding => finding.Rule).ToHashSet();
        var notes = CardLinter.Check(edited)
            .Where(finding => !known.Contains(finding.Rule))
            .GroupBy(finding => finding.Rule)
            .Select(group => group.Count() == 1
                ? $"{group.First().Code}: {group.First().Message}"
                : string.Create(CultureInfo.InvariantCulture, $"{group.First().Code}: {group.First().Message} (and {group.Count() - 1} more)"))
            .ToArray();
        return EditResult.Accepted(edited) with { Notes = notes };
    }

    /// <summary>The rule a deck check names, without the deck and card it puts in front: "the answer is also listed among the distractors".</summary>
    private static string Reason(string message)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["edit: card: ", "edit: card", "edit: "])
        {
            if (message.StartsWith(prefix, StringComparison.Ordinal))
            {
                message = message[prefix.Length..].TrimStart('.', ' ');
                break;
            }
        }

        return message.Replace("distractors", "wrong options", StringComparison.Ordinal).Replace("distractor", "wrong option", StringComparison.Ordinal);
    }
}

/// <summary>What an edit gave: the edited card, or why the edit was refused (the card then stays as it was).</summary>
/// <param name="Card">The edited card, or <see langword="null"/> when rejected.</param>
/// <param name="Problem">Why the edit was refused, in one line, or <see langword="null"/>.</param>
public sealed record EditResult(Card? Card, string? Problem)
{
    /// <summary>Card-quality findings (<see cref="CardLinter"/>) the accepted edit brought, one a rule: "S1: the answer is not in its source sentence".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>An accepted edit.</summary>
    public static EditResult Accepted(Card card) => new(card, null);

    /// <summary>A refused edit and its reason.</summary>
    public static EditResult Rejected(string problem) => new(null, problem);
}

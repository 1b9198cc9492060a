using System.Globalization;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;

namespace StudyDecks.Pdf.Quiz;

/// <summary>
/// How much text one printed card may hold. A question longer than a page flows on to the next, up to a few pages;
/// anything longer is not a quiz question, and is refused before any layout rather than after minutes of it.
/// </summary>
public static class PrintLimits
{
    /// <summary>The longest question printed: about four pages of A4.</summary>
    public const int QuestionCharacters = 20_000;

    /// <summary>The longest option, context line, or answer with its aliases: options sit in a grid and the answer in a table row, which must fit on one page.</summary>
    public const int ShortTextCharacters = 1_000;

    /// <summary>Refuses a card that holds more text than a quiz can print.</summary>
    /// <exception cref="StudyDecksException">Some text of <paramref name="card"/> is over its limit.</exception>
    public static void Check(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        Check(card, "question", card.Question.Length, QuestionCharacters);
        Check(card, "context line", card.Context?.Length ?? 0, ShortTextCharacters);
        foreach (var distractor in card.Distractors)
        {
            Check(card, "option", distractor.Length, ShortTextCharacters);
        }

        // Counted as the key prints it, "Answer  (also accept: a, b)": a thousand one-letter aliases are long too.
        var answer = card.Answer.Length + (card.Aliases.Count == 0 ? 0 : "  (also accept: )".Length + card.Aliases.Sum(alias => alias.Length + ", ".Length));
        Check(card, "answer with its aliases", answer, ShortTextCharacters);
        Check(card, "source article id", card.Source.Article.Length, ShortTextCharacters);
    }

    /// <summary>Refuses a title or source id too long for the title block, the running head or the key's subtitle.</summary>
    /// <exception cref="StudyDecksException">The text is over <see cref="ShortTextCharacters"/>.</exception>
    public static void CheckDeckText(string what, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > ShortTextCharacters)
        {
            throw new StudyDecksException(TooLong(what, text.Length, ShortTextCharacters));
        }
    }

    private static void Check(Card card, string what, int length, int limit)
    {
        if (length > limit)
        {
            throw new StudyDecksException($"card \"{card.Id}\": {TooLong(what, length, limit)}");
        }
    }

    private static string TooLong(string what, int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"the {what} has {length:N0} characters; a printed {what} holds at most {limit:N0}");
}

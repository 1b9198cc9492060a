using StudyDecks.Core.Decks;

namespace StudyDecks.Quiz.Asking;

/// <summary>One asking of a card: its options in the order shown this time.</summary>
/// <param name="Card">The card asked.</param>
/// <param name="Number">1-based position in the session.</param>
/// <param name="Total">How many questions the session asks.</param>
/// <param name="Style">How it is answered.</param>
/// <param name="Options">The options as shown (empty for typed questions).</param>
public sealed record Question(Card Card, int Number, int Total, AskingStyle Style, IReadOnlyList<string> Options)
{
    /// <summary>The letter shown before option <paramref name="index"/>: A, B, C…</summary>
    public static char Letter(int index) => (char)('A' + index);

    /// <summary>The index of the right option, or -1 for a typed question.</summary>
    public int AnswerIndex => Style == AskingStyle.Typed ? -1 : IndexOf(Card.Answer);

    /// <summary>The right answer as shown: "B) John Godfrey", or the bare answer of a typed question.</summary>
    public string AnswerLabel => Style == AskingStyle.Typed ? Card.Answer : $"{Letter(AnswerIndex)}) {Card.Answer}";

    /// <summary>The letter range to answer with, e.g. "A-D".</summary>
    public string LetterRange => $"A-{Letter(Options.Count - 1)}";

    /// <summary>The position of an option's text, or -1.</summary>
    public int IndexOf(string option)
    {
        for (var i = 0; i < Options.Count; i++)
        {
            if (Options[i] == option)
            {
                return i;
            }
        }

        return -1;
    }
}

using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Distractors;

/// <summary>Where the answer stands in a stem: the blank of a fill-in, or the answer itself in a statement to judge.</summary>
internal static class OptionSlot
{
    /// <summary>The offset of the slot in <paramref name="stem"/>, or <see langword="null"/> for a question that does not contain its answer.</summary>
    public static int? Find(string stem, string answer)
    {
        var blank = stem.IndexOf(Card.Blank, StringComparison.Ordinal);
        if (blank >= 0)
        {
            return blank;
        }

        var at = answer.Length == 0 ? -1 : stem.IndexOf(answer, StringComparison.Ordinal);
        return at >= 0 ? at : null;
    }

    /// <summary>The slot's length in the stem.</summary>
    public static int Length(string stem, string answer, int slot) =>
        string.CompareOrdinal(stem, slot, Card.Blank, 0, Card.Blank.Length) == 0 ? Card.Blank.Length : answer.Length;
}

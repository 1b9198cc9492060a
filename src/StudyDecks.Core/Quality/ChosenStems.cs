using System.Numerics;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Quality;

/// <summary>
/// The stems of the cards chosen from one article, to find a new one that asks the same (S9) with the answer a scan of
/// every pair gives, at a fraction of its cost: each stem keeps its character counts, and two stems whose counts differ
/// by twice the duplicate distance or more are no duplicates (an edit changes at most two counts by one), found without
/// the edit distance. A long article of figures or dates chooses thousands of cards, each compared with every earlier one.
/// </summary>
internal sealed class ChosenStems
{
    /// <summary>Characters are counted in this many bins (folding can only lower the difference, never raise it).</summary>
    private const int Bins = 128;

    private readonly List<(Card Card, string Stem, int[] Counts)> _stems = [];

    /// <summary>Whether a chosen card asks the same as <paramref name="card"/> (S9): as <see cref="StemIndex.IsDuplicateOfAny"/> over all.</summary>
    public bool HasDuplicateOf(Card card, string normalizedStem)
    {
        var counts = Count(normalizedStem);
        foreach (var (other, stem, otherCounts) in _stems)
        {
            var longer = Math.Max(stem.Length, normalizedStem.Length);
            if ((Difference(counts, otherCounts) + 1) / 2 >= CardLinter.DuplicateDistance * longer && longer > 0)
            {
                continue; // too many edits apart, and not the same text: their counts differ
            }

            if (CardLinter.AreDuplicates(other, stem, card, normalizedStem))
            {
                return true;
            }
        }

        return false;
    }

    public void Add(Card card, string normalizedStem) => _stems.Add((card, normalizedStem, Count(normalizedStem)));

    private static int[] Count(string text)
    {
        var counts = new int[Bins];
        foreach (var c in text)
        {
            counts[c & (Bins - 1)]++;
        }

        return counts;
    }

    /// <summary>The sum over bins of how much more often one text's characters fall in it than the other's.</summary>
    private static int Difference(int[] first, int[] second)
    {
        var sum = Vector<int>.Zero;
        for (var i = 0; i < Bins; i += Vector<int>.Count)
        {
            sum += Vector.Abs(new Vector<int>(first, i) - new Vector<int>(second, i));
        }

        return Vector.Sum(sum);
    }
}

using System.Numerics;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Quality;

/// <summary>
/// The stems of the cards chosen from one article, to find a new one that asks the same (S9) with the answer a scan of
/// every pair gives, at a fraction of its cost: each stem keeps its counts of characters and of pairs of adjacent
/// characters, and two stems whose counts differ too much are no duplicates, found without the edit distance. An edit
/// changes at most two character counts by one, and at most four pair counts; counts folded into bins or capped at 255
/// can only differ less. A long article of figures or dates chooses thousands of cards, each compared with every
/// earlier one, and two lines of dates hold the same characters in another order: only their pairs part them.
/// </summary>
internal sealed class ChosenStems
{
    /// <summary>Characters are counted in this many bins.</summary>
    private const int Bins = 128;

    /// <summary>The length of two stems together from which their pairs are compared by their stored counts.</summary>
    private const int LongPair = 256;

    private readonly List<(Card Card, string Stem, byte[] Counts)> _stems = [];

    /// <summary>Whether a chosen card asks the same as <paramref name="card"/> (S9): as <see cref="StemIndex.IsDuplicateOfAny"/> over all.</summary>
    public bool HasDuplicateOf(Card card, string normalizedStem)
    {
        var counts = Count(normalizedStem);
        foreach (var (other, stem, otherCounts) in _stems)
        {
            // One fact asked as a question and as a cloze, or one question of two times: their stems are far apart in characters.
            if (CardLinter.SameFactAsked(other, card) || CardLinter.SameQuestionAtAnotherTime(other, card))
            {
                return true;
            }

            var longer = Math.Max(stem.Length, normalizedStem.Length);
            var limit = CardLinter.DuplicateDistance * longer;
            if (longer > 0 && (Difference(counts.AsSpan(0, Bins), otherCounts.AsSpan(0, Bins)) + 1) / 2 >= limit)
            {
                continue; // too many edits apart, and not the same text: their characters differ
            }

            // Two short stems' pairs are counted from the texts, in fewer steps than reading a kilobyte of counts.
            var pairsCounted = stem.Length + normalizedStem.Length >= LongPair;
            if (pairsCounted && (Difference(counts.AsSpan(Bins), otherCounts.AsSpan(Bins)) + 3) / 4 >= limit)
            {
                continue; // their pairs differ
            }

            if (CardLinter.AreDuplicates(other, stem, card, normalizedStem, counted: pairsCounted))
            {
                return true;
            }
        }

        return false;
    }

    public void Add(Card card, string normalizedStem) => _stems.Add((card, normalizedStem, Count(normalizedStem)));

    /// <summary>The counts of the text's characters (<see cref="Bins"/> bytes), then of its pairs (<see cref="TextSimilarity.PairBins"/>), each at most 255.</summary>
    private static byte[] Count(string text)
    {
        var counts = new byte[Bins + TextSimilarity.PairBins];
        for (var i = 0; i < text.Length; i++)
        {
            Increment(counts, text[i] & (Bins - 1));
            if (i > 0)
            {
                Increment(counts, Bins + TextSimilarity.PairBin(text[i - 1], text[i]));
            }
        }

        return counts;

        static void Increment(byte[] counts, int bin) => counts[bin] = (byte)Math.Min(byte.MaxValue, counts[bin] + 1);
    }

    /// <summary>The sum over bins of how much more often one text's characters (or pairs) fall in it than the other's.</summary>
    private static int Difference(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        // Absolute differences of bytes, widened to 16 bits before they are summed: 255 × 2 a step, far from overflowing.
        var sum = Vector<ushort>.Zero;
        var i = 0;
        for (; i <= first.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            var a = new Vector<byte>(first[i..]);
            var b = new Vector<byte>(second[i..]);
            Vector.Widen(Vector.Max(a, b) - Vector.Min(a, b), out var low, out var high);
            sum += low + high;
        }

        Vector.Widen(sum, out var lowSum, out var highSum);
        var total = (int)Vector.Sum(lowSum + highSum);
        for (; i < first.Length; i++)
        {
            total += Math.Abs(first[i] - second[i]);
        }

        return total;
    }
}

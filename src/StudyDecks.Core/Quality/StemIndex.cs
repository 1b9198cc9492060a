using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Quality;

/// <summary>
/// Finds cards asking the same thing (S9) among many without comparing every pair: two stems within the duplicate distance
/// share most of their words, so each stem is filed under its two longest words and compared only with the stems
/// filed under the same words. Safe to ask while another thread files: the articles selected ahead of their turn ask
/// the index of those already chosen, which only grows.
/// </summary>
internal sealed class StemIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<(Card Card, string Stem)>> _stemsByWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);

    /// <summary>Whether a card already filed asks the same as <paramref name="card"/> (S9).</summary>
    public bool HasDuplicateOf(Card card, string normalizedStem)
    {
        lock (_lock)
        {
            return HasFiledDuplicateOf(card, normalizedStem);
        }
    }

    /// <summary>Files a card under its normalised stem.</summary>
    public void Add(Card card, string normalizedStem)
    {
        lock (_lock)
        {
            File(card, normalizedStem);
        }
    }

    private bool HasFiledDuplicateOf(Card card, string normalizedStem)
    {
        // The same stem is filed under the same words, where it would be found a duplicate: answered without a scan.
        if (_stems.Contains(normalizedStem))
        {
            return true;
        }

        // Looked up as spans: nearly every candidate is checked, and only the few kept ones are filed.
        var lookup = _stemsByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var (first, second) = KeyWords(normalizedStem);
        foreach (var word in (ReadOnlySpan<Range?>)[first, second])
        {
            if (word is { } range && lookup.TryGetValue(normalizedStem.AsSpan()[range], out var stems) && IsDuplicateOfAny(stems, card, normalizedStem))
            {
                return true;
            }
        }

        return false;
    }

    private void File(Card card, string normalizedStem)
    {
        _stems.Add(normalizedStem);
        var (first, second) = KeyWords(normalizedStem);
        foreach (var word in (ReadOnlySpan<Range?>)[first, second])
        {
            if (word is not { } range)
            {
                continue;
            }

            var key = normalizedStem[range];
            if (!_stemsByWord.TryGetValue(key, out var stems))
            {
                _stemsByWord[key] = stems = [];
            }

            stems.Add((card, normalizedStem));
        }
    }

    /// <summary>Whether any of <paramref name="stems"/> asks the same as <paramref name="card"/> (S9).</summary>
    internal static bool IsDuplicateOfAny(List<(Card Card, string Stem)> stems, Card card, string normalizedStem)
    {
        foreach (var (other, stem) in stems)
        {
            if (CardLinter.AreDuplicates(other, stem, card, normalizedStem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the two longest words are (ties by ordinal order): the words a near-duplicate is least likely to change.
    /// </summary>
    private static (Range? First, Range? Second) KeyWords(string normalizedStem)
    {
        var stem = normalizedStem.AsSpan();
        Range? first = null;
        Range? second = null;
        foreach (var range in stem.Split(' '))
        {
            var word = stem[range];
            if (Longer(word, stem, first))
            {
                (first, second) = (range, first);
            }
            else if (!word.SequenceEqual(stem[first!.Value]) && Longer(word, stem, second))
            {
                second = range;
            }
        }

        return (first, second);
    }

    private static bool Longer(ReadOnlySpan<char> word, ReadOnlySpan<char> stem, Range? than)
    {
        if (than is not { } range)
        {
            return true;
        }

        var other = stem[range];
        return word.Length > other.Length || (word.Length == other.Length && word.SequenceCompareTo(other) < 0);
    }
}

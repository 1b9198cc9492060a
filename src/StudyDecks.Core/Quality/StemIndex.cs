using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Quality;

/// <summary>
/// Finds cards asking the same thing (S9) among many without comparing every pair: two stems within the duplicate distance
/// share most of their words, so each stem is filed under its two longest words and compared only with the stems
/// filed under the same words.
/// </summary>
internal sealed class StemIndex
{
    private readonly Dictionary<string, List<(Card Card, string Stem)>> _stemsByWord = new(StringComparer.Ordinal);

    /// <summary>Whether a card already filed asks the same as <paramref name="card"/> (S9).</summary>
    public bool HasDuplicateOf(Card card, string normalizedStem)
    {
        foreach (var word in KeyWords(normalizedStem))
        {
            if (_stemsByWord.TryGetValue(word, out var stems) && stems.Exists(other => CardLinter.AreDuplicates(other.Card, other.Stem, card, normalizedStem)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Files a card under its normalised stem.</summary>
    public void Add(Card card, string normalizedStem)
    {
        foreach (var word in KeyWords(normalizedStem))
        {
            if (!_stemsByWord.TryGetValue(word, out var stems))
            {
                _stemsByWord[word] = stems = [];
            }

            stems.Add((card, normalizedStem));
        }
    }

    /// <summary>The two longest words (ties by ordinal order): the words a near-duplicate is least likely to change.</summary>
    private static IEnumerable<string> KeyWords(string normalizedStem)
    {
        string? first = null;
        string? second = null;
        foreach (var range in normalizedStem.AsSpan().Split(' '))
        {
            var word = normalizedStem[range];
            if (Longer(word, first))
            {
                (first, second) = (word, first);
            }
            else if (word != first && Longer(word, second))
            {
                second = word;
            }
        }

        if (first is not null)
        {
            yield return first;
        }

        if (second is not null)
        {
            yield return second;
        }
    }

    private static bool Longer(string word, string? than) =>
        than is null || word.Length > than.Length || (word.Length == than.Length && string.CompareOrdinal(word, than) < 0);
}

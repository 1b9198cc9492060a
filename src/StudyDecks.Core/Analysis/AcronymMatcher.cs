namespace StudyDecks.Core.Analysis;

/// <summary>
/// Decides whether an expansion spells an acronym: each word gives its initial, an all-capitals word may give
/// itself whole ("Defeat ISIS" → "D-ISIS"), and small words ("of", "and") may give nothing.
/// </summary>
internal static class AcronymMatcher
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "to", "on", "in", "&", "a" };

    /// <summary>Whether a word is written like an acronym: no lower-case letter and at least two capitals ("SDF", "D-ISIS", "G-7").</summary>
    public static bool LooksLikeAcronym(ReadOnlySpan<char> text)
    {
        var capitals = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    public static bool Matches(string acronym, string expansion)
    {
        var letters = new List<char>();
        foreach (var c in acronym)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Add(char.ToUpperInvariant(c));
            }
        }

        var words = expansion.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || letters.Count < 2)
        {
            return false;
        }

        return Match(letters, 0, words, 0);
    }

    private static bool Match(List<char> letters, int letter, string[] words, int word)
    {
        if (word == words.Length)
        {
            return letter == letters.Count;
        }

        var current = words[word];
        if (SmallWords.Contains(current) && Match(letters, letter, words, word + 1))
        {
            return true;
        }

        if (letter < letters.Count && char.ToUpperInvariant(current[0]) == letters[letter] && (char.IsUpper(current[0]) || SmallWords.Contains(current)))
        {
            if (Match(letters, letter + 1, words, word + 1))
            {
                return true;
            }
        }

        // An all-capitals word may stand for itself: "Defeat ISIS" → "D-ISIS".
        if (current.Length >= 2 && current.All(char.IsUpper) && letter + current.Length <= letters.Count)
        {
            for (var i = 0; i < current.Length; i++)
            {
                if (letters[letter + i] != current[i])
                {
                    return false;
                }
            }

            return Match(letters, letter + current.Length, words, word + 1);
        }

        return false;
    }
}

namespace StudyDecks.Core.Quality;

/// <summary>Normalised comparisons between options and stems: case, punctuation and leading articles ignored.</summary>
internal static class TextSimilarity
{
    /// <summary>Lower case, letters and digits only, single spaces, without a leading "the"/"a"/"an".</summary>
    public static string Normalize(string text)
    {
        // Built in a stack buffer: this runs for every option against every other and against every stem.
        const int StackLimit = 512;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = char.ToLowerInvariant(c);
                space = false;
            }
            else if (c is ' ' or '-' or '/' or '\u00a0')
            {
                space = true;
            }
        }

        ReadOnlySpan<char> result = buffer[..length];
        foreach (var article in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (result.StartsWith(article, StringComparison.Ordinal))
            {
                return result[article.Length..].ToString();
            }
        }

        return result.Length == text.Length && result.SequenceEqual(text) ? text : result.ToString();
    }

    /// <summary>Levenshtein distance divided by the longer length: 0 for equal texts, 1 for nothing in common.</summary>
    public static double NormalizedDistance(string first, string second)
    {
        var a = Normalize(first);
        var b = Normalize(second);
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 0 : (double)Levenshtein(a, b) / longer;
    }

    public static int Levenshtein(string a, string b)
    {
        const int StackLimit = 256;
        var previous = b.Length < StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        var current = b.Length < StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words, ignoring case.</summary>
    public static bool ContainsPhrase(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        var index = 0;
        while ((index = text.IndexOf(phrase, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var afterIndex = index + phrase.Length;
            var after = afterIndex >= text.Length || !char.IsLetterOrDigit(text[afterIndex]);
            if (before && after)
            {
                return true;
            }

            index++;
        }

        return false;
    }

    /// <summary>The words of a name or phrase that carry content: not small words, at least two characters.</summary>
    public static IEnumerable<string> ContentWords(string text)
    {
        foreach (var word in Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 2 && !SmallWords.Contains(word))
            {
                yield return word;
            }
        }
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "for", "to", "in", "on", "at", "a", "an", "by", "with", "from", "its", "their", "his", "her", "is", "was", "be",
        "million", "billion", "trillion", "thousand", "percent", "per", "cent", "year", "years", "month", "months", "day", "days", "week", "weeks",
    };
}

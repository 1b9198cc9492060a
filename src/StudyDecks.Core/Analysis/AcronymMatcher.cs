namespace StudyDecks.Core.Analysis;

/// <summary>
/// Decides whether an expansion spells an acronym: each word gives its initial, an all-capitals word may give
/// itself whole ("Defeat ISIS" → "D-ISIS"), a number its digits ("Group of Seven" → "G7"), and small words ("of", "and")
/// and the later parts of a hyphenated word ("De-Certification") may give nothing.
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
        // On the stack, no strings: the picker asks this of every body of the gazetteer for every acronym answer.
        const int StackLimit = 64;
        var letters = acronym.Length <= StackLimit ? stackalloc char[acronym.Length] : new char[acronym.Length];
        var letterCount = 0;
        foreach (var c in acronym)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters[letterCount++] = char.ToUpperInvariant(c);
            }
        }

        var words = expansion.Length <= StackLimit * 2 ? stackalloc Range[expansion.Length / 2 + 1] : new Range[expansion.Length / 2 + 1];
        var wordCount = 0;
        foreach (var word in expansion.AsSpan().SplitAny(WordSeparators))
        {
            if (word.End.Value > word.Start.Value)
            {
                words[wordCount++] = word;
            }
        }

        if (wordCount < 2 || letterCount < 2)
        {
            return false;
        }

        return Match(letters[..letterCount], 0, expansion, words[..wordCount], 0);
    }

    private const string WordSeparators = " -,";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallWordSpans = SmallWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Match(ReadOnlySpan<char> letters, int letter, string expansion, ReadOnlySpan<Range> words, int word)
    {
        if (word == words.Length)
        {
            return letter == letters.Length;
        }

        var current = expansion.AsSpan(words[word]);
        var small = SmallWordSpans.Contains(current);
        // "National De-Certification Index" → "NDI": a hyphenated word may give only its first part's initial.
        var afterHyphen = words[word].Start.Value > 0 && expansion[words[word].Start.Value - 1] == '-';
        if ((small || afterHyphen) && Match(letters, letter, expansion, words, word + 1))
        {
            return true;
        }

        if (letter < letters.Length && char.ToUpperInvariant(current[0]) == letters[letter] && (char.IsUpper(current[0]) || small))
        {
            if (Match(letters, letter + 1, expansion, words, word + 1))
            {
                return true;
            }
        }

        // A number may stand for its digits: "Group of Seven" → "G7", "Group of 20" → "G20", "Group of Ten" → "G–10".
        if (DigitsOf(current) is { Length: > 0 } digits && letter + digits.Length <= letters.Length && letters.Slice(letter, digits.Length).SequenceEqual(digits)
            && Match(letters, letter + digits.Length, expansion, words, word + 1))
        {
            return true;
        }

        // An all-capitals word may stand for itself: "Defeat ISIS" → "D-ISIS".
        if (current.Length >= 2 && AllUpper(current) && letter + current.Length <= letters.Length)
        {
            for (var i = 0; i < current.Length; i++)
            {
                if (letters[letter + i] != current[i])
                {
                    return false;
                }
            }

            return Match(letters, letter + current.Length, expansion, words, word + 1);
        }

        return false;
    }

    /// <summary>The digits a number word or a number stands for ("Seven" → "7", "20" → "20"); empty for any other word.</summary>
    private static ReadOnlySpan<char> DigitsOf(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && AllDigits(word))
        {
            return word;
        }

        return Lexicon.Default.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var value)
            ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : [];
    }

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}

namespace StudyDecks.Core.Analysis;

/// <summary>Splits a sentence into words, keeping "U.S.", "al-Hol", "H." and "Daesh/ISIS" whole.</summary>
internal static class Tokenizer
{
    /// <summary>
    /// The words of <paramref name="text"/>. With <paramref name="words"/>, each word's text is taken from (or added to)
    /// that table, so a word repeated across a deck's sentences is one string, not one per occurrence.
    /// </summary>
    public static List<Token> Tokenize(string text, Lexicon lexicon, HashSet<string>? words = null)
    {
        var abbreviations = lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        var table = words?.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<Token>(text.Length / 5); // about one word per five characters: no regrowth
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '.' or '-' or '/' or '&' && i + 1 < text.Length && IsWordChar(text[i + 1])) || IsInnerApostrophe(text, i)))
            {
                i++;
            }

            var end = i;
            // Keep the period of "U.S." and of initials ("H."): a word with inner periods or a single capital.
            if (end < text.Length && text[end] == '.' && (text.AsSpan(start, end - start).Contains('.') || (end - start == 1 && char.IsUpper(text[start])) || abbreviations.Contains(text.AsSpan(start, end - start))))
            {
                end++;
                i++;
            }

            var possessive = false;
            if (end + 1 < text.Length && text[end] is '’' or '\'' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))
            {
                possessive = true;
                i = end + 2;
            }
            else if (end < text.Length && text[end] is '’' && end > start && text[end - 1] == 's')
            {
                possessive = true; // "ISIS’ Core"
                i = end + 1;
            }

            var next = i;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            tokens.Add(new Token(start, end, Word(text, start, end, table), next < text.Length ? text[next] : '\0', possessive));
        }

        return tokens;
    }

    private static string Word(string text, int start, int end, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? table)
    {
        if (table is not { } words)
        {
            return text[start..end];
        }

        var span = text.AsSpan(start, end - start);
        if (!words.TryGetValue(span, out var word))
        {
            word = span.ToString();
            words.Set.Add(word);
        }

        return word;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    // "O'Brien" and "don't" are one word; the "’s" of a possessive is not part of it.
    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '’' or '\'' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1])
        && !(text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])));
}

namespace StudyDecks.Core.Distractors;

/// <summary>The words around a name or a slot, compared without case and punctuation.</summary>
internal static class OptionContext
{
    /// <summary>Up to <paramref name="count"/> words ending just before <paramref name="start"/>, in order, within the same sentence.</summary>
    public static List<string> WordsBefore(string text, int start, int count)
    {
        var words = new List<string>(count);
        var end = start;
        while (words.Count < count)
        {
            var i = end - 1;
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            if (i < 0 || text[i] is '.' or '!' or '?' or '\n')
            {
                break; // the sentence starts here
            }

            var wordEnd = i + 1;
            while (i >= 0 && !char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            words.Insert(0, Trimmed(text[(i + 1)..wordEnd]));
            end = i + 1;
        }

        return words;
    }

    /// <summary>Up to <paramref name="count"/> words starting just after <paramref name="end"/>, within the same sentence.</summary>
    public static List<string> WordsAfter(string text, int end, int count)
    {
        var words = new List<string>(count);
        var i = end;
        while (words.Count < count)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] is '.' or '!' or '?')
            {
                break;
            }

            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var word = text[wordStart..i];
            words.Add(Trimmed(word));
            if (word.Length > 0 && word[^1] is '.' or '!' or '?' or ';')
            {
                break;
            }
        }

        return words;
    }

    private static string Trimmed(string word) => word.Trim(Punctuation);

    private static readonly char[] Punctuation = [',', ';', ':', '(', ')', '"', '“', '”', '‘', '’', '.', '!', '?'];
}

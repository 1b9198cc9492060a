using System.Collections.Frozen;

namespace StudyDecks.Core.Analysis;

/// <summary>
/// The runs of letters and digits of a text, as ranges, without allocating: for looking words up in the lexicon's
/// lists. Use <see cref="Tokenizer"/> when a word's shape matters ("U.S.", "al-Hol", possessives).
/// </summary>
internal ref struct WordSpans(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    /// <summary>Where the current word starts in the text.</summary>
    public int Start { get; private set; }

    /// <summary>The current word.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    public readonly WordSpans GetEnumerator() => this;

    public bool MoveNext()
    {
        var i = _next;
        while (i < _text.Length && !char.IsLetterOrDigit(_text[i]))
        {
            i++;
        }

        if (i == _text.Length)
        {
            return false;
        }

        var start = i;
        while (i < _text.Length && char.IsLetterOrDigit(_text[i]))
        {
            i++;
        }

        Start = start;
        Current = _text[start..i];
        _next = i;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="phrase"/> as whole words, compared as <paramref name="comparison"/> says.</summary>
    public static bool HoldsPhrase(string text, string phrase, StringComparison comparison)
    {
        for (var at = text.IndexOf(phrase, comparison); at >= 0; at = text.IndexOf(phrase, at + 1, comparison))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of <paramref name="text"/> that <paramref name="words"/> lists, or <see langword="null"/>.</summary>
    public static string? FirstListed(string text, FrozenSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in new WordSpans(text))
        {
            if (lookup.Contains(word))
            {
                return word.ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a word after the first is capitalised ("Jeff Gordon won the 2014 …" names someone), or, with
    /// <paramref name="orFigure"/>, opens with a digit: the first word is capitalised whatever it is.
    /// </summary>
    public static bool NamesAfterFirstWord(ReadOnlySpan<char> text, bool orFigure)
    {
        var first = true;
        foreach (var word in new WordSpans(text))
        {
            if (!first && (char.IsUpper(word[0]) || (orFigure && char.IsDigit(word[0]))))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    /// <summary>How many words of <paramref name="text"/> <paramref name="words"/> lists.</summary>
    public static int CountListed(string text, FrozenSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var count = 0;
        foreach (var word in new WordSpans(text))
        {
            count += lookup.Contains(word) ? 1 : 0;
        }

        return count;
    }
}

namespace StudyDecks.Core.Articles;

/// <summary>Counts words the way a reader would: runs of non-space characters holding a letter or digit.</summary>
public static class WordCounter
{
    /// <summary>The number of words in <paramref name="text"/>.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        var wordHasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && wordHasLetter)
                {
                    count++;
                }

                inWord = false;
                wordHasLetter = false;
            }
            else
            {
                inWord = true;
                wordHasLetter |= char.IsLetterOrDigit(c);
            }
        }

        return inWord && wordHasLetter ? count + 1 : count;
    }
}

using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Generation;

/// <summary>The line a card shows above its question, so that it can be understood without the article.</summary>
internal static class ContextLine
{
    /// <summary>Longest context line kept whole; a longer title is cut at its first colon or dash when that leaves enough.</summary>
    private const int MaximumLength = 90;

    /// <summary>The article's title, shortened to its first part when it is very long.</summary>
    public static string For(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var title = article.Title.Trim();
        if (title.Length <= MaximumLength)
        {
            return title;
        }

        foreach (var separator in (ReadOnlySpan<string>)[": ", " – ", " — ", " - "])
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 20 && at <= MaximumLength)
            {
                return title[..at];
            }
        }

        return title;
    }
}

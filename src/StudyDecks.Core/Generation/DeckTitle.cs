using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Generation;

/// <summary>Suggests a deck title when the user gives none.</summary>
public static class DeckTitle
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are", "new",
    };

    /// <summary>
    /// One article: its title. Several: the words all their titles share, in the first title's order
    /// ("Defeat ISIS (2 articles)"), or else the first title and how many more there are.
    /// </summary>
    public static string Suggest(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return "StudyDecks deck";
        }

        if (articles.Count == 1)
        {
            return articles[0].Title;
        }

        var shared = Words(articles[0].Title)
            .Where(word => !MinorWords.Contains(word))
            .Where(word => articles.Skip(1).All(article => Words(article.Title).Contains(word, StringComparer.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();

        return shared.Length >= 2
            ? $"{string.Join(' ', shared)} ({articles.Count} articles)"
            : $"{articles[0].Title} (and {articles.Count - 1} more)";
    }

    private static string[] Words(string title) =>
        title.Split([' ', '-', '–', '—', ':', ',', ';', '(', ')', '\'', '’', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
}

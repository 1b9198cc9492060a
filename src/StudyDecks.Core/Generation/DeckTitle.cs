using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation;

/// <summary>Suggests a deck title when the user gives none.</summary>
public static partial class DeckTitle
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

    /// <summary>
    /// A suggested title that names no card's answer: the quiz prints it above every question, so "Super Bowl 50: Denver
    /// Broncos defeat Carolina Panthers 24–10" over "The Denver Broncos defeated the _____" would answer it. The part of
    /// the headline, or a card's own context line within it, that names none ("Super Bowl 50 (and 3 more)"); else how
    /// many questions there are.
    /// </summary>
    public static string Unrevealing(string title, IReadOnlyList<Card> cards)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(cards);
        if (!GivesAway(title, cards))
        {
            return title;
        }

        var suffix = Suffix().Match(title);
        var headline = title[..suffix.Index];
        var contexts = cards.Select(card => card.Context).OfType<string>();
        foreach (var topic in ContextLine.Topics(headline, contexts))
        {
            if (!GivesAway(topic, cards))
            {
                return topic + suffix.Value;
            }
        }

        return cards.Count == 1 ? "Quiz: 1 question" : $"Quiz: {cards.Count} questions";
    }

    private static bool GivesAway(string title, IReadOnlyList<Card> cards) => cards.Any(card => Quality.CardLinter.ContextGivesAway(card with { Context = title }));

    // " (and 3 more)", " (2 articles)": what Suggest adds after the first title or the shared words.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?: \((?:and \d+ more|\d+ articles)\))?$")]
    private static partial System.Text.RegularExpressions.Regex Suffix();

    private static string[] Words(string title) =>
        title.Split([' ', '-', '–', '—', ':', ',', ';', '(', ')', '\'', '’', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
}

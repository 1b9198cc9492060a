using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Moodle;

/// <summary>
/// What the two Moodle formats (GIFT and Moodle XML) share: one question-bank category per article under the deck's
/// title, and the answers a typed reply is graded against.
/// </summary>
internal static class MoodleBank
{
    /// <summary>The root Moodle resolves in an import to the course's top category.</summary>
    public const string CourseTop = "$course$/top";

    /// <summary>
    /// The cards of <paramref name="deck"/> grouped by the article they come from, in the order each article first
    /// appears, with the category path of each group: <c>$course$/top/&lt;deck title&gt;/&lt;article title&gt;</c>.
    /// </summary>
    /// <remarks>Grouping keeps one category per article even if a hand-edited deck interleaves articles; within an article the deck's order stays.</remarks>
    public static IReadOnlyList<(string Category, IReadOnlyList<Card> Cards)> ByArticle(Deck deck) =>
        [.. deck.Cards
            .GroupBy(card => card.Source.Article, StringComparer.Ordinal)
            .Select(group => (CategoryPath(deck, group.Key), (IReadOnlyList<Card>)[.. group]))];

    /// <summary>The category path of the article <paramref name="articleId"/>: its title, or its id when the deck does not list it.</summary>
    public static string CategoryPath(Deck deck, string articleId) =>
        $"{CourseTop}/{Segment(deck.Title)}/{Segment(deck.FindSource(articleId)?.Title ?? articleId)}";

    /// <summary>
    /// Every form a short answer accepts, the answer first then its aliases, each with <c>*</c> written <c>\*</c>:
    /// Moodle's short-answer grading reads a bare <c>*</c> as "any characters".
    /// </summary>
    public static IReadOnlyList<string> AcceptedAnswers(Card card) =>
        [.. new[] { card.Answer }.Concat(card.Aliases).Distinct(StringComparer.Ordinal).Select(answer => answer.Replace("*", "\\*", StringComparison.Ordinal))];

    /// <summary>Whether a true/false card's statement is true.</summary>
    public static bool IsTrue(Card card) => card.Answer == Card.True;

    // Moodle splits a category path at single slashes and reads "//" as a slash inside a name.
    private static string Segment(string name) => string.Join(' ', name.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim().Replace("/", "//", StringComparison.Ordinal);
}

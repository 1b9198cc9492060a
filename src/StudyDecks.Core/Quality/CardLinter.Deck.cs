using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Quality;

/// <summary>Checks between cards: S8 independence, S9 duplicates.</summary>
public static partial class CardLinter
{
    /// <summary>Two stems closer than this (normalised edit distance) are duplicates (S9).</summary>
    public const double DuplicateDistance = 0.2;

    /// <summary>Only the findings between cards (S8, S9), without checking each card again.</summary>
    internal static List<LintFinding> CheckBetweenCards(IReadOnlyList<Card> cards)
    {
        var findings = new List<LintFinding>();
        CheckBetweenCards(cards, findings);
        return findings;
    }

    private static void CheckBetweenCards(IReadOnlyList<Card> cards, List<LintFinding> findings)
    {
        var normalized = new string[cards.Count];
        for (var i = 0; i < cards.Count; i++)
        {
            normalized[i] = TextSimilarity.Normalize(cards[i].Question);
        }

        for (var j = 0; j < cards.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                // Across articles too: two articles on one event tell the same fact in nearly the same words.
                if (AreDuplicates(cards[i], normalized[i], cards[j], normalized[j]))
                {
                    Add(findings, cards[j], LintRule.NoDuplicate, $"duplicates card {cards[i].Id}");
                }

                if (cards[i].Source.Sentence == cards[j].Source.Sentence && (GivesAway(cards[i], cards[j]) || GivesAway(cards[j], cards[i])))
                {
                    Add(findings, cards[j], LintRule.Independence, $"shares its answer with the stem of card {cards[i].Id}");
                }
            }
        }
    }

    /// <summary>
    /// Two cards ask the same thing when their stems are nearly equal. A stem the generator wrote from a template
    /// ("What does SDF stand for?", "What does KRG stand for?") differs from its neighbours only in its subject, so
    /// two such stems are duplicates only when their answers are the same too.
    /// </summary>
    /// <param name="first">One card.</param>
    /// <param name="firstStem">Its normalised stem.</param>
    /// <param name="second">The other card.</param>
    /// <param name="secondStem">Its normalised stem.</param>
    /// <param name="counted">Whether the stems' counts of characters and pairs were compared already (<see cref="ChosenStems"/>).</param>
    internal static bool AreDuplicates(Card first, string firstStem, Card second, string secondStem, bool counted = false) =>
        firstStem == secondStem
        || (IsDuplicate(firstStem, secondStem, counted)
            && (!IsTemplated(first) || !IsTemplated(second) || TextSimilarity.Normalize(first.Answer) == TextSimilarity.Normalize(second.Answer)))
        || SameFactAsked(first, second) || SameQuestionAtAnotherTime(first, second);

    /// <summary>
    /// "Which UK post did David Miliband hold in 2007?" beside "… in February 2010?": one question with one answer, asked
    /// of two times (a blind reviewer of round 131: the same thing twice). Only the years and months differ.
    /// </summary>
    internal static bool SameQuestionAtAnotherTime(Card first, Card second) =>
        first.Type == second.Type && first.Type != CardType.TrueFalse && string.Equals(first.Answer, second.Answer, StringComparison.Ordinal)
        && WithoutTimes(first.Question) is var a && WithoutTimes(second.Question) is var b && a == b && (a != first.Question || b != second.Question);

    /// <summary>The question with its years and month names taken out.</summary>
    private static string WithoutTimes(string question) =>
        string.Join(' ', question.Split(' ').Where(word => word.TrimEnd('?', '.', ',') is var bare && !(bare.Length == 4 && bare.All(char.IsAsciiDigit)) && !Lexicon.Default.Months.ContainsKey(bare)));

    /// <summary>
    /// "When did the United States open its first consulate in Kuwait?" beside "The United States opened its first
    /// consulate in Kuwait on _____.": a question and a cloze with one answer, whose words (to their first five letters,
    /// so "open" is "opened") are nearly all the same, ask one fact twice. Both blind reviewers of set 20 saw it.
    /// </summary>
    internal static bool SameFactAsked(Card first, Card second)
    {
        if (first.Type == second.Type || first.Type == CardType.TrueFalse || second.Type == CardType.TrueFalse
            || !string.Equals(first.Answer, second.Answer, StringComparison.Ordinal))
        {
            return false;
        }

        var (fewer, more) = (WordStems(first.Question), WordStems(second.Question)) is var (a, b) && a.Count <= b.Count ? (a, b) : (b, a);
        return fewer.Count >= 3 && fewer.Count(more.Contains) >= 0.8 * fewer.Count;
    }

    private static HashSet<string> WordStems(string question) =>
        [.. TextSimilarity.ContentWords(question).Where(word => !Lexicon.Default.QuestionWords.Contains(word)).Select(word => word.Length > 5 ? word[..5] : word)];

    private static bool IsTemplated(Card card) => card.Type is CardType.MultipleChoice or CardType.ShortAnswer;

    private static bool IsDuplicate(ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool counted)
    {
        var longer = Math.Max(first.Length, second.Length);
        if (Math.Abs(first.Length - second.Length) >= DuplicateDistance * longer)
        {
            return false;
        }

        return counted ? TextSimilarity.IsCloserThanCounted(first, second, DuplicateDistance * longer) : TextSimilarity.IsCloserThan(first, second, DuplicateDistance * longer);
    }

    private static bool GivesAway(Card keyCard, Card other) =>
        keyCard.Type != CardType.TrueFalse && TextSimilarity.ContainsPhrase(other.Question, keyCard.Answer);
}

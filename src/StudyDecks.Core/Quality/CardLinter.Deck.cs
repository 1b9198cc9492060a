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
            && (!IsTemplated(first) || !IsTemplated(second) || TextSimilarity.Normalize(first.Answer) == TextSimilarity.Normalize(second.Answer)));

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

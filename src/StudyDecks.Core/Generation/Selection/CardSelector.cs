using System.Text.RegularExpressions;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Generation.Selection;

/// <summary>
/// Keeps the best-scored candidates of one article under a budget: none below the minimum score, one card per sentence
/// (two when one each leaves the budget unspent), no answer (with its aliases) asked more than twice and a date to the day
/// once, no repeated question, and kinds and places in the article mixed by
/// lowering the score of a candidate whose kind is already well represented or whose neighbour sentence is already asked.
/// </summary>
internal sealed partial class CardSelector
{
    /// <summary>Cards per thousand words the deck aims at by default.</summary>
    public const double CardsPerThousandWords = 9;

    /// <summary>The most cards one sentence gives; the second only when the budget is not spent on one per sentence.</summary>
    public const int MaximumCardsPerSentence = 2;

    /// <summary>The most times one answer is asked in an article.</summary>
    public const int MaximumAsksPerAnswer = 2;

    /// <summary>
    /// The most times an answer may be asked: a date to the day once, since a second card on it asks the same event again
    /// ("… signed on _____" and "On _____, fifteen nations signed …": round 95); a year or a name may answer other facts.
    /// </summary>
    internal static int AskLimit(string answer) => DayDate().IsMatch(answer) ? 1 : MaximumAsksPerAnswer;

    // "August 27, 1928", "27 August 1928".
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+ \d{1,2}, \d{3,4}|\d{1,2} \p{Lu}\p{Ll}+ \d{3,4})$")]
    private static partial Regex DayDate();

    /// <summary>How much a candidate loses for each card of its kind beyond a third of the budget.</summary>
    private const double KindPenalty = 0.15;

    /// <summary>How much a candidate loses when the sentence before or after it already gives a card.</summary>
    private const double NeighbourPenalty = 0.1;

    /// <summary>The number of cards an article of <paramref name="words"/> words is given: at least one.</summary>
    public static int Budget(int words) => Math.Max(1, (int)Math.Round(words * CardsPerThousandWords / 1000, MidpointRounding.AwayFromZero));

    /// <summary>
    /// The chosen cards in article order. <paramref name="earlier"/> holds the questions of articles before this one, so
    /// that no question is asked twice in a deck.
    /// </summary>
    public static List<Card> Select(IReadOnlyList<Card> scored, int budget, double minimumScore, StemIndex earlier) =>
        Select(scored, UnwrittenCandidates.None, budget, minimumScore, earlier);

    /// <summary>
    /// The chosen cards in article order, from the written cards and those of <paramref name="unwritten"/> it needs: the
    /// same as from all of them written. A candidate is written only when its bound could beat the best written one after
    /// the penalties (which only lower a score); one whose sentence gives all it may in this round, or whose answer is asked enough, waits for the next.
    /// </summary>
    public static List<Card> Select(IReadOnlyList<Card> written, UnwrittenCandidates unwritten, int budget, double minimumScore, StemIndex earlier)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(unwritten);
        ArgumentNullException.ThrowIfNull(earlier);

        var candidates = written.Where(card => Total(card) >= minimumScore).ToList();
        var chosen = new List<Card>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var bySentence = new Dictionary<int, List<Card>>();
        var answers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var stems = new ChosenStems();
        var kindShare = Math.Max(1, budget / 3);

        // First one card per sentence over the whole article; only when that leaves the budget unspent, a second card
        // from a sentence already asked, on another answer.
        for (var perSentence = 1; perSentence <= MaximumCardsPerSentence && chosen.Count < budget; perSentence++)
        {
            var round = perSentence;

            // The best candidate after the diversity penalties: a kind well represented, a neighbour sentence asked.
            double Adjusted(double score, string kind, bool neighbour) =>
                score - (KindPenalty * Math.Max(0, kinds.GetValueOrDefault(kind) - kindShare + 1)) - (neighbour ? NeighbourPenalty : 0);
            bool Neighbour(int sentence) => bySentence.ContainsKey(sentence - 1) || bySentence.ContainsKey(sentence + 1);

            var queue = new CandidateQueue(
                candidates,
                Ranking.Instance,
                taken,
                blocked: card => bySentence.GetValueOrDefault(card.Source.Sentence) is var ofSentence
                    && (ofSentence?.Count >= round || AskedTooOften(card, answers) || (ofSentence is not null && !GoesWith(card, ofSentence))),
                neighbour: card => Neighbour(card.Source.Sentence),
                adjusted: (card, neighbour) => Adjusted(Total(card), card.Tags[0], neighbour));
            unwritten.StartRound();
            while (chosen.Count < budget)
            {
                var pick = queue.Best(out var adjusted);
                while (unwritten.TakeChallenger(Neighbour, Adjusted, (candidate, bound) => pick is null || CouldBeat(candidate, bound, pick, adjusted)) is { } next)
                {
                    // Blocked before it is written, as the written card would be: its sentence or its answer asked enough.
                    if (bySentence.GetValueOrDefault(next.Sentence)?.Count >= round || (next.AsksAnswer && answers.GetValueOrDefault(next.Answer) >= AskLimit(next.Answer)))
                    {
                        unwritten.Defer(next);
                    }
                    else if (next.Write() is { } card && Total(card) >= minimumScore)
                    {
                        candidates.Add(card);
                        queue.Add(card);
                        pick = queue.Best(out adjusted);
                    }
                }

                if (pick is null)
                {
                    break;
                }

                queue.Remove(pick);
                var stem = TextSimilarity.Normalize(pick.Question);
                // Across articles too: "Who was the US Secretary of State in 2021?" and "… in 2024?" both ask for Blinken.
                if (stems.HasDuplicateOf(pick, stem) || earlier.HasDuplicateOf(pick, stem))
                {
                    continue;
                }

                chosen.Add(pick);
                taken.Add(pick.Id);
                stems.Add(pick, stem);
                if (!bySentence.TryGetValue(pick.Source.Sentence, out var picked))
                {
                    bySentence[pick.Source.Sentence] = picked = [];
                }

                picked.Add(pick);
                kinds[pick.Tags[0]] = kinds.GetValueOrDefault(pick.Tags[0]) + 1;
                foreach (var key in AnswerKeys(pick))
                {
                    answers[key] = answers.GetValueOrDefault(key) + 1;
                }
            }
        }

        chosen.Sort(static (a, b) => a.Source.Sentence != b.Source.Sentence ? a.Source.Sentence.CompareTo(b.Source.Sentence) : string.CompareOrdinal(a.Id, b.Id));
        return chosen;
    }

    /// <summary>
    /// Whether a candidate not yet written, whose score after its penalties is at most <paramref name="bound"/>, could be
    /// chosen before <paramref name="pick"/> (after its penalties <paramref name="adjusted"/>): if it could score more, or
    /// as much and be ranked first (a higher score, or the same from an earlier sentence or with a lower id).
    /// </summary>
    private static bool CouldBeat(Unwritten candidate, double bound, Card pick, double adjusted) =>
        bound > adjusted
        || (bound == adjusted
            && (candidate.Bound > Total(pick)
                || (candidate.Bound == Total(pick)
                    && (candidate.Sentence != pick.Source.Sentence ? candidate.Sentence < pick.Source.Sentence : string.CompareOrdinal(candidate.Id, pick.Id) < 0))));

    private static double Total(Card card) => card.Score?.Total ?? 0;

    /// <summary>Best first; ties by position and id, so the order never depends on how candidates were proposed.</summary>
    private sealed class Ranking : IComparer<Card>
    {
        public static Ranking Instance { get; } = new();

        public int Compare(Card? a, Card? b)
        {
            if (a is null || b is null)
            {
                return a is null ? (b is null ? 0 : 1) : -1;
            }

            var byScore = Total(b).CompareTo(Total(a));
            if (byScore != 0)
            {
                return byScore;
            }

            var bySentence = a.Source.Sentence.CompareTo(b.Source.Sentence);
            return bySentence != 0 ? bySentence : string.CompareOrdinal(a.Id, b.Id);
        }
    }

    /// <summary>
    /// Whether a second card of a sentence can stand beside its first: another answer, not a second statement to judge,
    /// and neither card's answer a clue in the other (S8) nor the two the same question (S9).
    /// </summary>
    private static bool GoesWith(Card card, List<Card> ofSentence)
    {
        foreach (var other in ofSentence)
        {
            if (other.Answer == card.Answer || (other.Type == CardType.TrueFalse && card.Type == CardType.TrueFalse))
            {
                return false;
            }
        }

        foreach (var finding in CardLinter.CheckBetweenCards([.. ofSentence, card]))
        {
            if (finding.Rule.IsBetweenCards())
            {
                return false;
            }
        }

        return true;
    }

    private static bool AskedTooOften(Card card, Dictionary<string, int> answers)
    {
        foreach (var key in AnswerKeys(card))
        {
            if (answers.GetValueOrDefault(key) >= AskLimit(card.Answer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names the card's answer goes by; a statement to judge asks no one name.</summary>
    private static IEnumerable<string> AnswerKeys(Card card)
    {
        if (card.Type == CardType.TrueFalse)
        {
            yield break;
        }

        yield return card.Answer;
        foreach (var alias in card.Aliases)
        {
            yield return alias;
        }
    }
}

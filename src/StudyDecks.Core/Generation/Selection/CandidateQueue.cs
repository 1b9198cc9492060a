using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Selection;

/// <summary>
/// The candidates of one round of <see cref="CardSelector"/>, from which it takes the best after its penalties again and
/// again; more may be added as they are written. The kind penalty is the same for every candidate of a kind and the
/// neighbour penalty only ever comes on, so within a kind the best is either the first ranked without a neighbour
/// penalty or the first ranked with one: each pick compares two candidates per kind, where walking the ranked list for
/// every pick took time growing with the square of a long article.
/// </summary>
/// <remarks>
/// A candidate found blocked is dropped for the round: whatever blocks it (its sentence asked, its answer asked enough)
/// only grows while cards are chosen.
/// </remarks>
internal sealed class CandidateQueue
{
    private readonly List<Lane> _lanes = [];
    private readonly Dictionary<string, Lane> _byKind = new(StringComparer.Ordinal);
    private readonly IComparer<Card> _ranking;
    private readonly Func<Card, bool> _blocked;
    private readonly Func<Card, bool> _neighbour;
    private readonly Func<Card, bool, double> _adjusted;

    /// <param name="candidates">The candidates, in any order.</param>
    /// <param name="ranking">The selector's ranking, best first, which also parts equal adjusted scores.</param>
    /// <param name="taken">Ids of cards already chosen: left out.</param>
    /// <param name="blocked">Whether a candidate may not be chosen now (nor later in the round).</param>
    /// <param name="neighbour">Whether a candidate's neighbour sentence is asked (its penalty never goes away).</param>
    /// <param name="adjusted">A candidate's score after the penalties, given whether its neighbour is asked.</param>
    public CandidateQueue(IEnumerable<Card> candidates, IComparer<Card> ranking, HashSet<string> taken, Func<Card, bool> blocked, Func<Card, bool> neighbour, Func<Card, bool, double> adjusted)
    {
        (_ranking, _blocked, _neighbour, _adjusted) = (ranking, blocked, neighbour, adjusted);
        foreach (var card in candidates)
        {
            if (!taken.Contains(card.Id))
            {
                Add(card);
            }
        }
    }

    /// <summary>Adds a candidate (one just written).</summary>
    public void Add(Card card)
    {
        if (!_byKind.TryGetValue(card.Tags[0], out var lane))
        {
            _byKind[card.Tags[0]] = lane = new Lane(_ranking);
            _lanes.Add(lane);
        }

        lane.Plain.Add(card);
    }

    /// <summary>
    /// The candidate with the best adjusted score, the first ranked of equals (as a walk of the ranked list keeping only
    /// a strictly better one would find), and that score; <see langword="null"/> when none may be chosen.
    /// </summary>
    public Card? Best(out double score)
    {
        Card? best = null;
        score = double.NegativeInfinity;
        foreach (var lane in _lanes)
        {
            foreach (var penalised in (ReadOnlySpan<bool>)[false, true])
            {
                if ((penalised ? FirstPenalised(lane) : FirstPlain(lane)) is not { } card)
                {
                    continue;
                }

                var adjusted = _adjusted(card, penalised);
                if (adjusted > score || (adjusted == score && _ranking.Compare(card, best) < 0))
                {
                    (best, score) = (card, adjusted);
                }
            }
        }

        return best;
    }

    /// <summary>Takes out a candidate <see cref="Best"/> gave.</summary>
    public void Remove(Card card)
    {
        var lane = _byKind[card.Tags[0]];
        if (!lane.Plain.Remove(card))
        {
            lane.Penalised.Remove(card);
        }
    }

    /// <summary>The first ranked candidate of the lane with no neighbour penalty; those that have one now move over.</summary>
    private Card? FirstPlain(Lane lane)
    {
        while (lane.Plain.Count > 0)
        {
            var card = lane.Plain.Min!;
            if (_blocked(card))
            {
                lane.Plain.Remove(card);
            }
            else if (_neighbour(card))
            {
                lane.Plain.Remove(card);
                lane.Penalised.Add(card);
            }
            else
            {
                return card;
            }
        }

        return null;
    }

    private Card? FirstPenalised(Lane lane)
    {
        while (lane.Penalised.Count > 0)
        {
            var card = lane.Penalised.Min!;
            if (!_blocked(card))
            {
                return card;
            }

            lane.Penalised.Remove(card);
        }

        return null;
    }

    /// <summary>One kind's candidates: those without a neighbour penalty, and those with one, each in rank order.</summary>
    private sealed class Lane(IComparer<Card> ranking)
    {
        public SortedSet<Card> Plain { get; } = new(ranking);

        public SortedSet<Card> Penalised { get; } = new(ranking);
    }
}

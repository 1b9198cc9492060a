using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Selection;

/// <summary>
/// The candidates of one round of <see cref="CardSelector"/>, ranked best first, from which it takes the best after its
/// penalties again and again. The kind penalty is the same for every candidate of a kind and the neighbour penalty only
/// ever comes on, so within a kind the best is either the first ranked without a neighbour penalty or the first ranked
/// with one: each pick compares two candidates per kind, where walking the ranked list for every pick took time growing
/// with the square of a long article.
/// </summary>
/// <remarks>
/// A candidate found blocked is dropped for the round: whatever blocks it (its sentence asked, its answer asked enough)
/// only grows while cards are chosen.
/// </remarks>
internal sealed class CandidateQueue
{
    private readonly List<Card> _ranked;
    private readonly List<Lane> _lanes = [];
    private readonly Func<Card, bool> _blocked;
    private readonly Func<Card, bool> _neighbour;
    private readonly Func<Card, bool, double> _adjusted;

    /// <param name="ranked">Candidates best first, as the selector ranks them.</param>
    /// <param name="taken">Ids of cards already chosen: left out.</param>
    /// <param name="blocked">Whether a candidate may not be chosen now (nor later in the round).</param>
    /// <param name="neighbour">Whether a candidate's neighbour sentence is asked (its penalty never goes away).</param>
    /// <param name="adjusted">A candidate's score after the penalties, given whether its neighbour is asked.</param>
    public CandidateQueue(List<Card> ranked, HashSet<string> taken, Func<Card, bool> blocked, Func<Card, bool> neighbour, Func<Card, bool, double> adjusted)
    {
        (_ranked, _blocked, _neighbour, _adjusted) = (ranked, blocked, neighbour, adjusted);
        var byKind = new Dictionary<string, Lane>(StringComparer.Ordinal);
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            var card = ranked[rank];
            if (taken.Contains(card.Id))
            {
                continue;
            }

            if (!byKind.TryGetValue(card.Tags[0], out var lane))
            {
                byKind[card.Tags[0]] = lane = new Lane();
                _lanes.Add(lane);
            }

            lane.Plain.Add(rank);
        }
    }

    /// <summary>
    /// Takes out and returns the candidate with the best adjusted score, the first ranked of equals (as a walk of the
    /// ranked list keeping only a strictly better one would find), or <see langword="null"/> when none may be chosen.
    /// </summary>
    public Card? Take()
    {
        Lane? bestLane = null;
        var bestPenalised = false;
        var bestRank = -1;
        var bestScore = double.NegativeInfinity;
        foreach (var lane in _lanes)
        {
            foreach (var penalised in (ReadOnlySpan<bool>)[false, true])
            {
                if ((penalised ? FirstPenalised(lane) : FirstPlain(lane)) is not { } rank)
                {
                    continue;
                }

                var score = _adjusted(_ranked[rank], penalised);
                if (score > bestScore || (score == bestScore && rank < bestRank))
                {
                    (bestLane, bestPenalised, bestRank, bestScore) = (lane, penalised, rank, score);
                }
            }
        }

        if (bestLane is null)
        {
            return null;
        }

        if (bestPenalised)
        {
            bestLane.Penalised.Dequeue();
        }
        else
        {
            bestLane.Next++;
        }

        return _ranked[bestRank];
    }

    /// <summary>The first ranked candidate of the lane with no neighbour penalty; those that have one now move over.</summary>
    private int? FirstPlain(Lane lane)
    {
        while (lane.Next < lane.Plain.Count)
        {
            var rank = lane.Plain[lane.Next];
            var card = _ranked[rank];
            if (_blocked(card))
            {
                lane.Next++;
            }
            else if (_neighbour(card))
            {
                lane.Penalised.Enqueue(rank, rank);
                lane.Next++;
            }
            else
            {
                return rank;
            }
        }

        return null;
    }

    private int? FirstPenalised(Lane lane)
    {
        while (lane.Penalised.TryPeek(out var rank, out _))
        {
            if (!_blocked(_ranked[rank]))
            {
                return rank;
            }

            lane.Penalised.Dequeue();
        }

        return null;
    }

    /// <summary>One kind's candidates: those without a neighbour penalty in rank order, and those with one by rank.</summary>
    private sealed class Lane
    {
        public List<int> Plain { get; } = [];

        public int Next { get; set; }

        public PriorityQueue<int, int> Penalised { get; } = new();
    }
}

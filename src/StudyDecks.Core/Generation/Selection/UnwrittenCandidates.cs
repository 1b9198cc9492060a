namespace StudyDecks.Core.Generation.Selection;

/// <summary>
/// Candidates not yet written, each with the most it can score (<see cref="Scoring.CandidateScorer.Bound"/>), from which
/// <see cref="CardSelector"/> writes one only when it could be chosen over the best written one. As in
/// <see cref="CandidateQueue"/>, each kind's are kept highest bound first (then by sentence and id, the selector's
/// ranking), apart from those whose neighbour sentence is asked: the penalties are the same for all of one lane, so only
/// the first of each lane can be the one to write.
/// </summary>
internal sealed class UnwrittenCandidates
{
    private readonly Dictionary<string, Lane> _byKind = new(StringComparer.Ordinal);
    private readonly List<Lane> _lanes = [];
    private readonly List<Unwritten> _deferred = [];

    /// <summary>None: every candidate is written.</summary>
    public static UnwrittenCandidates None => new();

    /// <summary>The candidates, ready for one selection (each selection takes them out as it goes).</summary>
    public static UnwrittenCandidates Of(IEnumerable<Unwritten> candidates)
    {
        var unwritten = new UnwrittenCandidates();
        foreach (var candidate in candidates)
        {
            unwritten.Add(candidate);
        }

        return unwritten;
    }

    /// <summary>Adds a candidate.</summary>
    public void Add(Unwritten candidate)
    {
        if (!_byKind.TryGetValue(candidate.Kind, out var lane))
        {
            _byKind[candidate.Kind] = lane = new Lane();
            _lanes.Add(lane);
        }

        lane.Plain.Enqueue(candidate, candidate);
    }

    /// <summary>
    /// Takes out a candidate that could be chosen before the best written one, or gives <see langword="null"/> when none
    /// could.
    /// </summary>
    /// <param name="neighbour">Whether a sentence's neighbour is asked (its penalty never goes away).</param>
    /// <param name="adjusted">A score after the penalties of a card of the kind, given whether its neighbour is asked.</param>
    /// <param name="couldBeat">Whether a candidate of that adjusted bound could be chosen before the best written one.</param>
    public Unwritten? TakeChallenger(Func<int, bool> neighbour, Func<double, string, bool, double> adjusted, Func<Unwritten, double, bool> couldBeat)
    {
        foreach (var lane in _lanes)
        {
            while (lane.Plain.TryPeek(out var first, out _) && neighbour(first.Sentence))
            {
                lane.Penalised.Enqueue(lane.Plain.Dequeue(), first);
            }

            foreach (var penalised in (ReadOnlySpan<bool>)[false, true])
            {
                var queue = penalised ? lane.Penalised : lane.Plain;
                if (queue.TryPeek(out var candidate, out _) && couldBeat(candidate, adjusted(candidate.Bound, candidate.Kind, penalised)))
                {
                    return queue.Dequeue();
                }
            }
        }

        return null;
    }

    /// <summary>Keeps a candidate that may not be chosen in this round of selection for the next.</summary>
    public void Defer(Unwritten candidate) => _deferred.Add(candidate);

    /// <summary>Puts back the candidates deferred in the last round.</summary>
    public void StartRound()
    {
        foreach (var candidate in _deferred)
        {
            Add(candidate);
        }

        _deferred.Clear();
    }

    /// <summary>One kind's candidates: those with no neighbour asked (as far as looked), and those with one.</summary>
    private sealed class Lane
    {
        public PriorityQueue<Unwritten, Unwritten> Plain { get; } = new(HighestFirst.Instance);

        public PriorityQueue<Unwritten, Unwritten> Penalised { get; } = new(HighestFirst.Instance);
    }

    private sealed class HighestFirst : IComparer<Unwritten>
    {
        public static HighestFirst Instance { get; } = new();

        public int Compare(Unwritten? x, Unwritten? y) =>
            x!.Bound != y!.Bound ? y.Bound.CompareTo(x.Bound) : x.Sentence != y.Sentence ? x.Sentence.CompareTo(y.Sentence) : string.CompareOrdinal(x.Id, y.Id);
    }
}

namespace StudyDecks.Quiz.Scheduling;

/// <summary>The 21 weights of FSRS-6 and the retention it schedules for.</summary>
/// <remarks>
/// <see cref="Default"/> holds the published FSRS-6 defaults (the values py-fsrs and ts-fsrs ship), fitted on
/// millions of Anki reviews; a player's own history is too small to refit them, so they are not tuned here.
/// </remarks>
public sealed record FsrsParameters(IReadOnlyList<double> Weights, double DesiredRetention, int MaximumIntervalDays)
{
    /// <summary>FSRS-6 default weights w0…w20, desired retention 0.9, at most 100 years between reviews.</summary>
    public static FsrsParameters Default { get; } = new(
        [
            0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178,
            1.849, 0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2,
        ],
        0.9,
        36500);

    /// <summary>w[i].</summary>
    public double this[int index] => Weights[index];
}

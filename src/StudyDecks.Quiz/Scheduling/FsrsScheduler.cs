namespace StudyDecks.Quiz.Scheduling;

/// <summary>
/// Spaced repetition with FSRS-6 (Free Spaced Repetition Scheduler): after each answer it updates the card's
/// stability and difficulty and sets when it is due, so that recall is about 90 % likely when it is next asked.
/// </summary>
/// <remarks>
/// The formulas follow the published FSRS-6 model (open-spaced-repetition/py-fsrs). A quiz answer is graded
/// <see cref="Grade.Good"/> when right and <see cref="Grade.Again"/> when wrong. A wrong answer makes the card due
/// again after <see cref="RelearningStep"/> (py-fsrs's default relearning step) instead of the next day, so a missed
/// card comes back soon; answers on the same day use FSRS's short-term stability formula.
/// </remarks>
public sealed class FsrsScheduler
{
    /// <summary>How soon a card answered wrong is due again.</summary>
    public static readonly TimeSpan RelearningStep = TimeSpan.FromMinutes(10);

    private readonly FsrsParameters _w;
    private readonly double _decay;
    private readonly double _factor;

    public FsrsScheduler(FsrsParameters parameters)
    {
        _w = parameters;
        _decay = -parameters[20];
        _factor = Math.Pow(0.9, 1 / _decay) - 1;
    }

    /// <summary>A scheduler with the published default parameters.</summary>
    public static FsrsScheduler Default { get; } = new(FsrsParameters.Default);

    /// <summary>The probability of recalling a card <paramref name="elapsedDays"/> after its last review.</summary>
    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + (_factor * Math.Max(0, elapsedDays) / stability), _decay);

    /// <summary>The memory state after answering a card (<paramref name="previous"/> is null for its first answer).</summary>
    public MemoryState Review(MemoryState? previous, bool correct, DateTimeOffset now)
    {
        var grade = correct ? Grade.Good : Grade.Again;
        double stability;
        double difficulty;
        if (previous is null)
        {
            stability = InitialStability(grade);
            difficulty = InitialDifficulty(grade);
        }
        else
        {
            var elapsedDays = (now - previous.LastReview).TotalDays;
            stability = elapsedDays < 1
                ? ShortTermStability(previous.Stability, grade)
                : grade == Grade.Again
                    ? ForgetStability(previous.Difficulty, previous.Stability, Retrievability(elapsedDays, previous.Stability))
                    : RecallStability(previous.Difficulty, previous.Stability, Retrievability(elapsedDays, previous.Stability), grade);
            difficulty = NextDifficulty(previous.Difficulty, grade);
        }

        var due = correct ? now.AddDays(IntervalDays(stability)) : now + RelearningStep;
        return new MemoryState(
            stability,
            difficulty,
            now,
            due,
            (previous?.Reviews ?? 0) + 1,
            (previous?.Lapses ?? 0) + (correct ? 0 : 1),
            correct);
    }

    /// <summary>Whole days until recall probability falls to the desired retention, at least one.</summary>
    public int IntervalDays(double stability)
    {
        var interval = stability / _factor * (Math.Pow(_w.DesiredRetention, 1 / _decay) - 1);
        return (int)Math.Clamp(Math.Round(interval), 1, _w.MaximumIntervalDays);
    }

    private double InitialStability(Grade grade) => Math.Max(_w[(int)grade - 1], 0.001);

    private double InitialDifficulty(Grade grade) => ClampDifficulty(RawInitialDifficulty(grade));

    private double RawInitialDifficulty(Grade grade) => _w[4] - Math.Exp(_w[5] * ((int)grade - 1)) + 1;

    private double NextDifficulty(double difficulty, Grade grade)
    {
        var delta = -_w[6] * ((int)grade - 3);
        var damped = difficulty + (delta * (10 - difficulty) / 9);
        // Mean reversion towards the initial difficulty of an "Easy" first answer keeps D from sticking at 10.
        var reverted = (_w[7] * RawInitialDifficulty(Grade.Easy)) + ((1 - _w[7]) * damped);
        return ClampDifficulty(reverted);
    }

    private double RecallStability(double difficulty, double stability, double retrievability, Grade grade)
    {
        var hardPenalty = grade == Grade.Hard ? _w[15] : 1;
        var easyBonus = grade == Grade.Easy ? _w[16] : 1;
        return stability * (1 + (Math.Exp(_w[8]) * (11 - difficulty) * Math.Pow(stability, -_w[9])
            * (Math.Exp((1 - retrievability) * _w[10]) - 1) * hardPenalty * easyBonus));
    }

    private double ForgetStability(double difficulty, double stability, double retrievability)
    {
        var longTerm = _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1)
            * Math.Exp((1 - retrievability) * _w[14]);
        var shortTermCap = stability / Math.Exp(_w[17] * _w[18]);
        return Math.Max(Math.Min(longTerm, shortTermCap), 0.001);
    }

    private double ShortTermStability(double stability, Grade grade)
    {
        var increase = Math.Exp(_w[17] * ((int)grade - 3 + _w[18])) * Math.Pow(stability, -_w[19]);
        if (grade >= Grade.Good)
        {
            increase = Math.Max(increase, 1);
        }

        return Math.Max(stability * increase, 0.001);
    }

    private static double ClampDifficulty(double difficulty) => Math.Clamp(difficulty, 1, 10);
}

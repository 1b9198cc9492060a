namespace StudyDecks.Quiz;

/// <summary>How a session went.</summary>
/// <param name="Answered">Questions answered.</param>
/// <param name="Correct">Right answers.</param>
/// <param name="Asked">Questions the session meant to ask (more than answered if the player stopped early).</param>
/// <param name="Duration">From the first question to the last answer.</param>
/// <param name="WeakestKinds">Answer kinds with at least one miss, lowest accuracy first.</param>
public sealed record QuizSummary(int Answered, int Correct, int Asked, TimeSpan Duration, IReadOnlyList<KindScore> WeakestKinds)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

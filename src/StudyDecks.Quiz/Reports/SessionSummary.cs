namespace StudyDecks.Quiz.Reports;

/// <summary>One recorded quiz session and how it went.</summary>
public sealed record SessionSummary(long Id, string Player, string Deck, DateTimeOffset StartedAt, int Answered, int Correct)
{
    /// <summary>Share of answers right, 0–1 (0 when nothing was answered).</summary>
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

namespace StudyDecks.Quiz.Reports;

/// <summary>How often one card was answered, and answered right.</summary>
public sealed record CardStats(string Deck, string CardId, string Question, string Answer, int Answered, int Correct, DateTimeOffset LastAnsweredAt)
{
    /// <summary>Share of answers right, 0–1.</summary>
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

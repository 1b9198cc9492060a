namespace StudyDecks.Quiz.Reports;

/// <summary>What <c>scores</c> shows: sessions oldest first, and per card statistics weakest first.</summary>
public sealed record ScoreReport(ScoreFilter Filter, IReadOnlyList<SessionSummary> Sessions, IReadOnlyList<CardStats> Cards);

namespace StudyDecks.Quiz.Reports;

/// <summary>A wrong typed reply and how often it was given.</summary>
public sealed record ReplyCount(string Reply, int Count);

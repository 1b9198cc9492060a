namespace StudyDecks.Quiz.Scores;

/// <summary>How a score database is opened.</summary>
/// <param name="BusyTimeout">How long to wait for another runner's write before reporting the database as locked.</param>
/// <param name="CreateIfMissing">Create the file (and its folder) when it does not exist; <c>scores</c> only reads, so it does not.</param>
public sealed record ScoreStoreOptions(TimeSpan BusyTimeout, bool CreateIfMissing)
{
    /// <summary>Five seconds: far longer than any single answer's write takes, short enough to report a stuck lock.</summary>
    public static ScoreStoreOptions Default { get; } = new(TimeSpan.FromSeconds(5), true);
}

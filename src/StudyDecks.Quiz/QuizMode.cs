namespace StudyDecks.Quiz;

/// <summary>Which cards a quiz session asks.</summary>
public enum QuizMode
{
    /// <summary>Cards whose review is due (most overdue first), then cards never asked.</summary>
    Due,

    /// <summary>Only cards the player has never answered.</summary>
    New,

    /// <summary>Cards whose latest answer was wrong.</summary>
    Missed,

    /// <summary>Every card, in random order.</summary>
    All,
}

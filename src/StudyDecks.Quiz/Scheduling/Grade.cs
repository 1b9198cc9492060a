namespace StudyDecks.Quiz.Scheduling;

/// <summary>FSRS's four review grades. A quiz answer is right or wrong, so the quiz uses only Again and Good.</summary>
public enum Grade
{
    /// <summary>Forgotten: the answer was wrong.</summary>
    Again = 1,

    /// <summary>Recalled with effort (unused by the quiz).</summary>
    Hard = 2,

    /// <summary>Recalled: the answer was right.</summary>
    Good = 3,

    /// <summary>Recalled at once (unused by the quiz).</summary>
    Easy = 4,
}

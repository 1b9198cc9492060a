namespace StudyDecks.Quiz.Reports;

/// <summary>Whether a distractor does its job (card-quality R1: chosen by at least 5 %, mostly by weaker players).</summary>
public enum DistractorStatus
{
    /// <summary>Fewer answers than <see cref="ItemAnalysis.MinimumAnswersToJudge"/>: too few to call a distractor dead.</summary>
    TooFewAnswers,

    /// <summary>Chosen by at least 5 % of answers, and not more by stronger players than the key.</summary>
    Working,

    /// <summary>Nobody chose it: it is not plausible and should be replaced.</summary>
    NeverChosen,

    /// <summary>Chosen by fewer than 5 % of answers.</summary>
    RarelyChosen,

    /// <summary>Those who chose it did better on the rest of their session than those who chose the key: check it is really wrong.</summary>
    AttractsStrongPlayers,
}

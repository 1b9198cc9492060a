namespace StudyDecks.Quiz.Scheduling;

/// <summary>What the scheduler knows about one player's memory of one card after a review.</summary>
/// <param name="Stability">Days until recall probability falls to 90 %.</param>
/// <param name="Difficulty">How hard the card is for this player, 1 (easy) to 10 (hard).</param>
/// <param name="LastReview">When the card was last answered.</param>
/// <param name="Due">When the card should be asked again.</param>
/// <param name="Reviews">How many times the card has been answered.</param>
/// <param name="Lapses">How many of those answers were wrong.</param>
/// <param name="LastCorrect">Whether the latest answer was right.</param>
public sealed record MemoryState(
    double Stability,
    double Difficulty,
    DateTimeOffset LastReview,
    DateTimeOffset Due,
    int Reviews,
    int Lapses,
    bool LastCorrect);

namespace StudyDecks.Quiz.Reports;

/// <summary>Item analysis of one card from every recorded answer (card-quality R1/R2).</summary>
/// <param name="Deck">The deck title.</param>
/// <param name="CardId">The card.</param>
/// <param name="Question">Its question.</param>
/// <param name="CardType">Its type's deck-file name.</param>
/// <param name="Answered">How many answers were recorded.</param>
/// <param name="Correct">How many were right.</param>
/// <param name="Discrimination">
/// Point-biserial correlation between answering this card right and the rest of the session's score, −1…1;
/// null when there are too few answers or no spread. Low or negative: the card does not separate who knows from who guesses.
/// </param>
/// <param name="Options">Per option of a choice card: picks and, for distractors, whether they work. Empty for typed cards.</param>
/// <param name="WrongReplies">For typed cards: the commonest wrong replies (normalised), most frequent first.</param>
public sealed record ItemStats(
    string Deck,
    string CardId,
    string Question,
    string CardType,
    int Answered,
    int Correct,
    double? Discrimination,
    IReadOnlyList<OptionStats> Options,
    IReadOnlyList<ReplyCount> WrongReplies)
{
    /// <summary>Share of answers right (the item's difficulty index p), 0–1.</summary>
    public double ShareCorrect => Answered == 0 ? 0 : (double)Correct / Answered;
}

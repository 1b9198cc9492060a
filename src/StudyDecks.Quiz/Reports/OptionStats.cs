namespace StudyDecks.Quiz.Reports;

/// <summary>How often one option of a card was chosen.</summary>
/// <param name="Text">The option.</param>
/// <param name="IsKey">Whether it is the right answer.</param>
/// <param name="Picks">How many answers chose it.</param>
/// <param name="Share">Picks over all answers to the card, 0–1.</param>
/// <param name="Status">For a distractor, whether it works; null for the key.</param>
public sealed record OptionStats(string Text, bool IsKey, int Picks, double Share, DistractorStatus? Status);

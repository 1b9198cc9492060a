namespace StudyDecks.Core.Quality;

/// <summary>One failed quality check on a card.</summary>
/// <param name="CardId">The card's id.</param>
/// <param name="Rule">The criterion's id (S1–S9, D1–D12).</param>
/// <param name="Message">What is wrong, in a few words.</param>
public sealed record LintFinding(string CardId, string Rule, string Message);

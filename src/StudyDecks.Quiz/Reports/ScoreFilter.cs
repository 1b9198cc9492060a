namespace StudyDecks.Quiz.Reports;

/// <summary>Which answers a report covers: one player's or everyone's, one deck's or every deck's.</summary>
/// <param name="Player">A player's name, or null for all players.</param>
/// <param name="Deck">A deck title as stored, or null for all decks.</param>
public sealed record ScoreFilter(string? Player, string? Deck);

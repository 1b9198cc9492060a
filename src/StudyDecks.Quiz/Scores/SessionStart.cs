namespace StudyDecks.Quiz.Scores;

/// <summary>What is recorded when a quiz session begins.</summary>
/// <param name="Player">The player's name.</param>
/// <param name="Deck">The deck's title: how decks are identified in the database.</param>
/// <param name="DeckFile">The deck file's stem, kept so <c>scores --deck</c> also accepts it.</param>
/// <param name="Mode">Which cards were asked (due, new, missed, all).</param>
/// <param name="StartedAt">When the session began.</param>
public sealed record SessionStart(string Player, string Deck, string DeckFile, QuizMode Mode, DateTimeOffset StartedAt);

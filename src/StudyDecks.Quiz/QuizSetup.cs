using StudyDecks.Core.Decks;

namespace StudyDecks.Quiz;

/// <summary>What a quiz session is asked to do.</summary>
/// <param name="Deck">The deck to ask from.</param>
/// <param name="DeckFile">The deck file's stem, recorded beside the title.</param>
/// <param name="Player">Who is answering.</param>
/// <param name="Mode">Which cards to ask.</param>
/// <param name="Count">At most this many questions.</param>
public sealed record QuizSetup(Deck Deck, string DeckFile, string Player, QuizMode Mode, int Count);

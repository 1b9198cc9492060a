using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation;

/// <summary>A card a question kind proposed and the linter let through, with the kind that made it: the unit scoring and selection work on.</summary>
/// <param name="Card">The card as it would go into the deck.</param>
/// <param name="Kind">The question kind that proposed it.</param>
internal sealed record Candidate(Card Card, IQuestionKind Kind);

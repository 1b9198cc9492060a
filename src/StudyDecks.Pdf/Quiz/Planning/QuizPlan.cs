using StudyDecks.Core.Decks;

namespace StudyDecks.Pdf.Quiz.Planning;

/// <summary>Everything decided before drawing: the title, the deck's sources and each version's questions.</summary>
public sealed record QuizPlan(string Title, IReadOnlyList<DeckSource> Sources, IReadOnlyList<QuizVersion> Versions);

namespace StudyDecks.Quiz.Reports;

/// <summary>One stored answer joined with its card's text, as item analysis reads it.</summary>
internal sealed record RecordedAnswer(
    long SessionId,
    string Deck,
    string CardId,
    string Choice,
    bool Correct,
    string Question,
    string CardType,
    string Answer,
    IReadOnlyList<string> Distractors);

namespace StudyDecks.Quiz.Scores;

/// <summary>One answer as stored: who answered which card how, when and how fast.</summary>
/// <param name="SessionId">The session it belongs to.</param>
/// <param name="CardId">The card's id within its deck.</param>
/// <param name="Choice">The option picked or the text typed ("" when the player gave up).</param>
/// <param name="Correct">Whether it was right.</param>
/// <param name="ResponseTime">From showing the question to the answer.</param>
/// <param name="AnsweredAt">When it was given.</param>
/// <param name="Options">The options in the order shown (empty for typed questions).</param>
public sealed record AnswerRecord(
    long SessionId,
    string CardId,
    string Choice,
    bool Correct,
    TimeSpan ResponseTime,
    DateTimeOffset AnsweredAt,
    IReadOnlyList<string> Options);

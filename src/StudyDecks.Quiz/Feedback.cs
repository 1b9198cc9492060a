using StudyDecks.Quiz.Asking;

namespace StudyDecks.Quiz;

/// <summary>The verdict on one answer, with the running score.</summary>
/// <param name="Question">The question answered.</param>
/// <param name="Correct">Whether the answer was right.</param>
/// <param name="Choice">The option chosen or text typed.</param>
/// <param name="Answered">Questions answered so far in the session, this one included.</param>
/// <param name="Score">Right answers so far.</param>
public sealed record Feedback(Question Question, bool Correct, string Choice, int Answered, int Score);

using StudyDecks.Pdf.Quiz.Planning;

namespace StudyDecks.Pdf.Quiz;

/// <summary>A rendered quiz: the plan it was drawn from, the quiz PDF, and the separate key PDF if one was asked for.</summary>
/// <param name="Plan">The versions and questions as printed.</param>
/// <param name="Quiz">The quiz PDF's bytes.</param>
/// <param name="QuizPages">How many pages the quiz PDF has.</param>
/// <param name="AnswerKey">The separate answer-key PDF's bytes, or <see langword="null"/>.</param>
/// <param name="AnswerKeyPages">How many pages the key PDF has (0 without one).</param>
public sealed record RenderedQuiz(QuizPlan Plan, byte[] Quiz, int QuizPages, byte[]? AnswerKey, int AnswerKeyPages)
{
    /// <summary>One line per card that prints with a problem (characters no font has), without the deck's name.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

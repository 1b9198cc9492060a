using StudyDecks.Core.Decks;

namespace StudyDecks.Pdf.Quiz.Planning;

/// <summary>One question as printed in one version.</summary>
/// <param name="Number">The question's number in its version, from 1.</param>
/// <param name="Card">The card asked.</param>
/// <param name="Part">The part of the quiz it is printed in.</param>
/// <param name="Options">The lettered options in printed order (A first); empty when the answer is written in or ticked.</param>
/// <param name="AnswerIndex">Index of the answer in <paramref name="Options"/>, or -1 when there are no options.</param>
public sealed record QuizQuestion(int Number, Card Card, QuestionPart Part, IReadOnlyList<string> Options, int AnswerIndex)
{
    /// <summary>Whether the question is answered by circling a letter.</summary>
    public bool HasOptions => Options.Count > 0;

    /// <summary>The letter of the right option (A–D), or <see langword="null"/> when there are no options.</summary>
    public char? AnswerLetter => HasOptions ? LetterOf(AnswerIndex) : null;

    /// <summary>The letter printed before the option at <paramref name="index"/>.</summary>
    public static char LetterOf(int index) => (char)('A' + index);
}

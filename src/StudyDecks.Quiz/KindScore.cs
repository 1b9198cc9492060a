using StudyDecks.Core.Decks;

namespace StudyDecks.Quiz;

/// <summary>A session's score on one kind of answer (people, dates, numbers…).</summary>
public sealed record KindScore(AnswerKind Kind, int Answered, int Correct)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

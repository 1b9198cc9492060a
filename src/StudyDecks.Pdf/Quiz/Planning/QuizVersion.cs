namespace StudyDecks.Pdf.Quiz.Planning;

/// <summary>One printed version of a quiz: its letter and its questions in printed order.</summary>
public sealed record QuizVersion(char Letter, IReadOnlyList<QuizQuestion> Questions)
{
    /// <summary>"Version A".</summary>
    public string Name => $"Version {Letter}";
}

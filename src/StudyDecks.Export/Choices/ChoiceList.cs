namespace StudyDecks.Export.Choices;

/// <summary>A multiple-choice card's options in the order they are shown, and where the answer is among them.</summary>
/// <param name="Options">Every option, answer included, in display order.</param>
/// <param name="AnswerIndex">Zero-based position of the answer in <paramref name="Options"/>.</param>
public sealed record ChoiceList(IReadOnlyList<string> Options, int AnswerIndex)
{
    /// <summary>The letter shown before the option at <paramref name="index"/>: A, B, C, …</summary>
    public static char LetterOf(int index) => (char)('A' + index);

    /// <summary>The letter of the right option.</summary>
    public char AnswerLetter => LetterOf(AnswerIndex);

    /// <summary>The right option's text.</summary>
    public string Answer => Options[AnswerIndex];
}

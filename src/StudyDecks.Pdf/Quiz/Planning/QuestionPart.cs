namespace StudyDecks.Pdf.Quiz.Planning;

/// <summary>The parts of a printed quiz, in the order they are printed: each groups one way of answering.</summary>
public enum QuestionPart
{
    /// <summary>Circle the letter of the best answer.</summary>
    MultipleChoice,

    /// <summary>Tick True or False.</summary>
    TrueFalse,

    /// <summary>Complete the sentence: write the missing words, or circle the option that fits.</summary>
    FillInTheBlank,

    /// <summary>Answer in a few words.</summary>
    ShortAnswer,
}

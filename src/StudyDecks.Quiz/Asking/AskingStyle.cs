namespace StudyDecks.Quiz.Asking;

/// <summary>How a question is answered.</summary>
public enum AskingStyle
{
    /// <summary>Pick one of lettered options (multiple choice, and cloze cards that have distractors).</summary>
    Choice,

    /// <summary>Judge a statement: True or False.</summary>
    TrueFalse,

    /// <summary>Type the answer (short answer, and cloze cards without distractors).</summary>
    Typed,
}

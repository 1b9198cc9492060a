namespace StudyDecks.Pdf.Quiz;

/// <summary>Where each version's answer key goes.</summary>
public enum AnswerKeyPlacement
{
    /// <summary>In the same PDF, right after the version's questions, starting on a new page.</summary>
    Appendix,

    /// <summary>In a second PDF holding every version's key.</summary>
    Separate,

    /// <summary>No answer key.</summary>
    None,
}

namespace StudyDecks.Pdf.Quiz;

/// <summary>The paper a quiz is printed on.</summary>
public enum Paper
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}

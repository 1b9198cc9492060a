namespace StudyDecks.Pdf.Layout;

/// <summary>The two type families a quiz uses; the renderer maps them to the bundled DejaVu faces.</summary>
public enum FontFamily
{
    /// <summary>Reading text: questions and options.</summary>
    Serif,

    /// <summary>Labels, headings, numbers and page furniture.</summary>
    Sans,
}

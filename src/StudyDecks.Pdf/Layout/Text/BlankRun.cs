namespace StudyDecks.Pdf.Layout.Text;

/// <summary>A gap in a sentence drawn as a line to write on (a cloze blank); it wraps like a word.</summary>
/// <param name="Width">Length of the line in points.</param>
/// <param name="Style">The surrounding text's style, which sets the line height and the space before the blank.</param>
public sealed record BlankRun(float Width, TextStyle Style) : Inline;

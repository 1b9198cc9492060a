namespace StudyDecks.Pdf.Layout.Text;

/// <summary>A stretch of one line in one style: text to draw, or a blank to draw as a line.</summary>
/// <param name="X">Left offset within the line.</param>
/// <param name="Width">Advance width.</param>
/// <param name="Text">The characters (with any leading space), or <see langword="null"/> for a blank.</param>
/// <param name="Style">The style the text is drawn in.</param>
public sealed record LineFragment(float X, float Width, string? Text, TextStyle Style)
{
    /// <summary>Whether this fragment is a blank to write in rather than text.</summary>
    public bool IsBlank => Text is null;

    /// <summary>Whether the text is drawn right to left: its first character at the right end.</summary>
    public bool RightToLeft { get; init; }
}

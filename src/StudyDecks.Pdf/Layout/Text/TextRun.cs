namespace StudyDecks.Pdf.Layout.Text;

/// <summary>Text in one style. White space collapses to single spaces, as in print.</summary>
public sealed record TextRun(string Text, TextStyle Style) : Inline;

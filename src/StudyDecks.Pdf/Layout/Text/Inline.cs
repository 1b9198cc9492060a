namespace StudyDecks.Pdf.Layout.Text;

/// <summary>A piece of a paragraph: a run of styled text or a blank to write in.</summary>
public abstract record Inline;

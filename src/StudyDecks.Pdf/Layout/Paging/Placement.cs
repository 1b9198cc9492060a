namespace StudyDecks.Pdf.Layout.Paging;

/// <summary>A block and the area of the page it is drawn in.</summary>
public sealed record Placement(IBlock Block, Area Area);

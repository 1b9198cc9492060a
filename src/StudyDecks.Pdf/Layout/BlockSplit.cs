namespace StudyDecks.Pdf.Layout;

/// <summary>A block cut at a page boundary: the part drawn on this page and the part that continues.</summary>
/// <param name="Head">What fits in the offered space.</param>
/// <param name="Tail">What is left for the next page.</param>
public sealed record BlockSplit(IBlock Head, IBlock Tail);

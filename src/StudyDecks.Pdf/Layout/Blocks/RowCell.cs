namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>One cell of a <see cref="Row"/>: a fixed width in points, or a share of the width left over.</summary>
/// <param name="Block">The cell's content.</param>
/// <param name="Width">Fixed width; <see langword="null"/> to share the remaining width with the other flexible cells.</param>
public sealed record RowCell(IBlock Block, float? Width = null);

namespace StudyDecks.Pdf.Layout.Paging;

/// <summary>One finished page: what goes where, ready to draw.</summary>
/// <param name="Section">Index of the section the page belongs to.</param>
/// <param name="Number">The page's number within its section.</param>
/// <param name="Placements">Header, body and footer blocks with their areas.</param>
public sealed record LaidOutPage(int Section, PageNumber Number, IReadOnlyList<Placement> Placements)
{
    /// <summary>Draws every block of the page.</summary>
    public void Draw(IPageCanvas canvas, LayoutContext context)
    {
        foreach (var placement in Placements)
        {
            placement.Block.Draw(canvas, context, placement.Area);
        }
    }
}

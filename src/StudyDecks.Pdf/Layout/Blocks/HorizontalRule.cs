namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>A full-width line, vertically centred in a band <paramref name="band"/> points tall.</summary>
public sealed class HorizontalRule(Stroke stroke, float band = 1) : IBlock
{
    public SpacePlan Measure(LayoutContext context, float width, float height) =>
        height + 0.01f >= band ? SpacePlan.FullRender(band) : SpacePlan.Wrap("no room for the rule");

    public BlockSplit Split(LayoutContext context, float width, float height) => throw new InvalidOperationException("A rule never splits.");

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area)
    {
        var y = area.Y + (band / 2);
        canvas.DrawLine(area.X, y, area.Right, y, stroke);
    }
}

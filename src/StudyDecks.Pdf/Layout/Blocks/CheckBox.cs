namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>An empty square to tick, centred vertically in a band as tall as the line of text beside it.</summary>
public sealed class CheckBox(float size, float lineHeight) : IBlock
{
    public SpacePlan Measure(LayoutContext context, float width, float height) =>
        height + 0.01f >= lineHeight ? SpacePlan.FullRender(lineHeight) : SpacePlan.Wrap("no room for the box");

    public BlockSplit Split(LayoutContext context, float width, float height) => throw new InvalidOperationException("A box never splits.");

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        canvas.DrawRectangle(new Area(area.X, area.Y + ((lineHeight - size) / 2), size, size), Stroke.Outline);
    }
}

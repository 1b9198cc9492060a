namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>A block inside an optionally filled, optionally outlined box with inner padding; never split.</summary>
public sealed class Frame(IBlock content, float padding, Stroke? border = null, Ink? fill = null) : IBlock
{
    private readonly Padding _inner = new(content, padding, padding, padding, padding);

    public SpacePlan Measure(LayoutContext context, float width, float height)
    {
        var plan = _inner.Measure(context, width, height);
        return plan.Kind == SpacePlanKind.PartialRender ? SpacePlan.Wrap("a frame moves to the next page whole") : plan;
    }

    public BlockSplit Split(LayoutContext context, float width, float height) => throw new InvalidOperationException("A frame never splits.");

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (fill is { } ink)
        {
            canvas.FillRectangle(area, ink);
        }

        if (border is { } stroke)
        {
            canvas.DrawRectangle(area, stroke);
        }

        _inner.Draw(canvas, context, area);
    }
}

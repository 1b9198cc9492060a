namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>Ruled lines to write an answer on, <paramref name="pitch"/> points apart, the first one pitch below the top.</summary>
public sealed class WritingLines(int count, float pitch, Stroke stroke) : IBlock
{
    public int Count { get; } = count;

    public SpacePlan Measure(LayoutContext context, float width, float height) =>
        Count <= 0 ? SpacePlan.Empty
        : height + 0.01f >= Count * pitch ? SpacePlan.FullRender(Count * pitch)
        : SpacePlan.Wrap("no room for the writing lines");

    public BlockSplit Split(LayoutContext context, float width, float height) => throw new InvalidOperationException("Writing lines never split.");

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area)
    {
        for (var i = 1; i <= Count; i++)
        {
            var y = area.Y + (i * pitch) - (stroke.Thickness / 2);
            canvas.DrawLine(area.X, y, area.Right, y, stroke);
        }
    }
}

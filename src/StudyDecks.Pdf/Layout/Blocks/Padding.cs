namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>Space around a block. When the block is split across pages, both parts keep the padding.</summary>
public sealed class Padding(IBlock content, float top = 0, float right = 0, float bottom = 0, float left = 0) : IBlock
{
    public IBlock Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    public SpacePlan Measure(LayoutContext context, float width, float height)
    {
        var plan = Content.Measure(context, InnerWidth(width), Math.Max(0, height - top - bottom));
        return plan.Draws ? plan with { Height = top + plan.Height + bottom } : plan;
    }

    public BlockSplit Split(LayoutContext context, float width, float height)
    {
        var split = Content.Split(context, InnerWidth(width), Math.Max(0, height - top - bottom));
        return new BlockSplit(new Padding(split.Head, top, right, bottom, left), new Padding(split.Tail, top, right, bottom, left));
    }

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area) =>
        Content.Draw(canvas, context, new Area(area.X + left, area.Y + top, InnerWidth(area.Width), Math.Max(0, area.Height - top - bottom)));

    private float InnerWidth(float width) => Math.Max(0, width - left - right);
}

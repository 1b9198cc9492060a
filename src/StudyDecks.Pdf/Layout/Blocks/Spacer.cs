namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>Empty vertical space; at a page break it is simply dropped rather than carried over.</summary>
public sealed class Spacer(float height) : IBlock
{
    public float Height { get; } = height;

    public SpacePlan Measure(LayoutContext context, float width, float height) =>
        Height <= 0 ? SpacePlan.Empty : SpacePlan.FullRender(Math.Min(Height, height));

    public BlockSplit Split(LayoutContext context, float width, float height) => new(this, new Spacer(0));

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area)
    {
    }
}

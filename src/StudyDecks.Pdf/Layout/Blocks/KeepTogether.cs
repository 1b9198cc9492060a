namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>
/// Keeps its content on one page: when only part of it fits, the whole block moves to the next page.
/// Released only when the content is taller than a whole page (see <see cref="LayoutContext.BreakKeeps"/>).
/// </summary>
public sealed class KeepTogether(IBlock content) : IBlock
{
    /// <summary>The block kept whole.</summary>
    public IBlock Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    public SpacePlan Measure(LayoutContext context, float width, float height)
    {
        var plan = Content.Measure(context, width, height);
        return plan.Kind == SpacePlanKind.PartialRender && !context.BreakKeeps
            ? SpacePlan.Wrap("kept together: the block does not fit in the space left on the page")
            : plan;
    }

    public BlockSplit Split(LayoutContext context, float width, float height) => Content.Split(context, width, height);

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area) => Content.Draw(canvas, context, area);
}

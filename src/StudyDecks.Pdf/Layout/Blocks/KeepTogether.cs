namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>
/// Keeps its content on one page: when only part of it fits, the whole block moves to the next page.
/// Released when the content is taller than a whole page (<see cref="LayoutContext.PageHeight"/>): then it starts
/// where it falls and flows on, since moving it would only leave a page empty.
/// </summary>
public sealed class KeepTogether(IBlock content) : IBlock
{
    /// <summary>The block kept whole.</summary>
    public IBlock Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    public SpacePlan Measure(LayoutContext context, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TallerThanAPage(context, width))
        {
            return Content.Measure(context with { BreakKeeps = true }, width, height);
        }

        var plan = Content.Measure(context, width, height);
        return plan.Kind == SpacePlanKind.PartialRender && !context.BreakKeeps
            ? SpacePlan.Wrap("kept together: the block does not fit in the space left on the page")
            : plan;
    }

    public BlockSplit Split(LayoutContext context, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Content.Split(TallerThanAPage(context, width) ? context with { BreakKeeps = true } : context, width, height);
    }

    private bool TallerThanAPage(LayoutContext context, float width) =>
        !context.BreakKeeps && !float.IsPositiveInfinity(context.PageHeight)
        && Content.Measure(context, width, float.PositiveInfinity).Height > context.PageHeight + 0.01f;

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area) => Content.Draw(canvas, context, area);
}

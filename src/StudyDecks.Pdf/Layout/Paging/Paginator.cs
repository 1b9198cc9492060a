namespace StudyDecks.Pdf.Layout.Paging;

/// <summary>
/// Flows each section's content over pages: measure what fits below the header, cut there, repeat. A block that
/// wraps moves to the next page; one that wraps even on an empty page is measured again with keeps released.
/// </summary>
public static class Paginator
{
    // Guards against a block that claims to split but never gets smaller.
    private const int MaxPagesPerSection = 10_000;

    /// <summary>Lays out every section on pages of <paramref name="setup"/>.</summary>
    /// <exception cref="LayoutException">Some content fits on no page.</exception>
    public static IReadOnlyList<LaidOutPage> Paginate(PageSetup setup, IReadOnlyList<Section> sections, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(context);
        var pages = new List<LaidOutPage>();
        for (var s = 0; s < sections.Count; s++)
        {
            var bodies = FlowSection(setup, sections[s], context);
            for (var p = 0; p < bodies.Count; p++)
            {
                var number = new PageNumber(p + 1, bodies.Count);
                pages.Add(new LaidOutPage(s, number, Frame(setup, sections[s], number, bodies[p], context)));
            }
        }

        return pages;
    }

    private static List<IBlock> FlowSection(PageSetup setup, Section section, LayoutContext context)
    {
        var bodies = new List<IBlock>();
        var remaining = section.Content;
        while (true)
        {
            // The count is not known yet; headers and footers must not depend on it for their height.
            var frame = FrameHeights(setup, section, new PageNumber(bodies.Count + 1, bodies.Count + 1), context);
            var width = setup.Body.Width;
            var height = setup.Body.Height - frame.Header - frame.Footer;
            var attempt = context with { PageHeight = height };
            var plan = remaining.Measure(attempt, width, height);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                attempt = attempt with { BreakKeeps = true };
                plan = remaining.Measure(attempt, width, height);
            }

            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    if (bodies.Count == 0)
                    {
                        bodies.Add(remaining);
                    }

                    return bodies;
                case SpacePlanKind.FullRender:
                    bodies.Add(remaining);
                    return bodies;
                case SpacePlanKind.PartialRender:
                    var split = attempt.BreakKeeps ? SplitReleased(remaining, attempt, width, height) : remaining.Split(attempt, width, height);
                    bodies.Add(split.Head);
                    remaining = split.Tail;
                    break;
                default:
                    throw new LayoutException($"Content does not fit on a page even when allowed to split: {plan.WrapReason}.");
            }

            if (bodies.Count > MaxPagesPerSection)
            {
                throw new LayoutException($"The content needs more than {MaxPagesPerSection} pages.");
            }
        }
    }

    /// <summary>A head cut with keeps released must still be drawn as a plain block on its page.</summary>
    private static BlockSplit SplitReleased(IBlock block, LayoutContext released, float width, float height)
    {
        var split = block.Split(released, width, height);
        return new BlockSplit(new Released(split.Head), split.Tail);
    }

    private static (float Header, float Footer) FrameHeights(PageSetup setup, Section section, PageNumber number, LayoutContext context)
    {
        var width = setup.Body.Width;
        var header = section.Header?.Invoke(number)?.Measure(context, width, setup.Body.Height).Height ?? 0;
        var footer = section.Footer?.Invoke(number)?.Measure(context, width, setup.Body.Height).Height ?? 0;
        return (header, footer);
    }

    private static List<Placement> Frame(PageSetup setup, Section section, PageNumber number, IBlock body, LayoutContext context)
    {
        var area = setup.Body;
        var header = section.Header?.Invoke(number);
        var footer = section.Footer?.Invoke(number);
        var headerHeight = header?.Measure(context, area.Width, area.Height).Height ?? 0;
        var footerHeight = footer?.Measure(context, area.Width, area.Height).Height ?? 0;
        var placements = new List<Placement>(3)
        {
            new(body, new Area(area.X, area.Y + headerHeight, area.Width, area.Height - headerHeight - footerHeight)),
        };
        if (header is not null)
        {
            placements.Add(new Placement(header, new Area(area.X, area.Y, area.Width, headerHeight)));
        }

        if (footer is not null)
        {
            placements.Add(new Placement(footer, new Area(area.X, area.Bottom - footerHeight, area.Width, footerHeight)));
        }

        return placements;
    }

    /// <summary>Draws a block cut with keeps released; measuring it again with keeps on would wrap it.</summary>
    private sealed class Released(IBlock content) : IBlock
    {
        public SpacePlan Measure(LayoutContext context, float width, float height) => content.Measure(context with { BreakKeeps = true }, width, height);

        public BlockSplit Split(LayoutContext context, float width, float height) => content.Split(context with { BreakKeeps = true }, width, height);

        public void Draw(IPageCanvas canvas, LayoutContext context, Area area) => content.Draw(canvas, context with { BreakKeeps = true }, area);
    }
}

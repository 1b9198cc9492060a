namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>Children stacked top to bottom with a fixed gap; breaks between children, or inside one that can split.</summary>
public sealed class Column : IBlock
{
    private readonly IReadOnlyList<IBlock> _children;
    private readonly float _spacing;

    public Column(IReadOnlyList<IBlock> children, float spacing = 0)
    {
        ArgumentNullException.ThrowIfNull(children);
        ArgumentOutOfRangeException.ThrowIfNegative(spacing);
        _children = children;
        _spacing = spacing;
    }

    /// <summary>The stacked blocks, top first.</summary>
    public IReadOnlyList<IBlock> Children => _children;

    public SpacePlan Measure(LayoutContext context, float width, float height)
    {
        var walk = Walk(context, width, height);
        return walk.Plan;
    }

    public BlockSplit Split(LayoutContext context, float width, float height)
    {
        var walk = Walk(context, width, height);
        var head = _children.Take(walk.WholeCount).ToList();
        var tail = _children.Skip(walk.WholeCount).ToList();
        if (walk.PartialChild is { } split)
        {
            head.Add(split.Head);
            tail[0] = split.Tail;
        }

        return new BlockSplit(new Column(head, _spacing), new Column(tail, _spacing));
    }

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area)
    {
        var y = area.Y;
        var placed = false;
        foreach (var child in _children)
        {
            var plan = child.Measure(context, area.Width, float.PositiveInfinity);
            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }

            y += placed ? _spacing : 0;
            child.Draw(canvas, context, new Area(area.X, y, area.Width, plan.Height));
            y += plan.Height;
            placed = true;
        }
    }

    private ColumnWalk Walk(LayoutContext context, float width, float height)
    {
        var used = 0f;
        var placed = false;
        for (var i = 0; i < _children.Count; i++)
        {
            var gap = placed ? _spacing : 0;
            var plan = _children[i].Measure(context, width, Math.Max(0, height - used - gap));
            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    continue;
                case SpacePlanKind.FullRender:
                    used += gap + plan.Height;
                    placed = true;
                    continue;
                case SpacePlanKind.PartialRender:
                    return new ColumnWalk(SpacePlan.PartialRender(used + gap + plan.Height), i, _children[i].Split(context, width, height - used - gap));
                default:
                    return placed
                        ? new ColumnWalk(SpacePlan.PartialRender(used), i, null)
                        : new ColumnWalk(plan, i, null);
            }
        }

        return new ColumnWalk(placed ? SpacePlan.FullRender(used) : SpacePlan.Empty, _children.Count, null);
    }

    /// <summary>Where a measure pass stopped: the plan, how many children fit whole, and the cut child if any.</summary>
    private sealed record ColumnWalk(SpacePlan Plan, int WholeCount, BlockSplit? PartialChild);
}

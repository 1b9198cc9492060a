namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>
/// Cells side by side, top-aligned, as tall as the tallest. A row moves to the next page whole (a question number
/// must stay beside its question); only a row taller than a page, measured with keeps released, is cut: each cell
/// at the same height, so a question longer than a page flows on with its number on the first part.
/// </summary>
public sealed class Row : IBlock
{
    private readonly IReadOnlyList<RowCell> _cells;
    private readonly float _gap;

    public Row(IReadOnlyList<RowCell> cells, float gap = 0)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _cells = cells;
        _gap = gap;
    }

    public IReadOnlyList<RowCell> Cells => _cells;

    /// <summary>Each cell's left offset and width within a row <paramref name="width"/> wide.</summary>
    public IReadOnlyList<(float X, float Width)> Columns(float width)
    {
        var fixedWidth = _cells.Sum(cell => cell.Width ?? 0) + (_gap * Math.Max(0, _cells.Count - 1));
        var flexible = _cells.Count(cell => cell.Width is null);
        var share = flexible == 0 ? 0 : Math.Max(0, width - fixedWidth) / flexible;
        var columns = new (float X, float Width)[_cells.Count];
        var x = 0f;
        for (var i = 0; i < _cells.Count; i++)
        {
            var cellWidth = _cells[i].Width ?? share;
            columns[i] = (x, cellWidth);
            x += cellWidth + _gap;
        }

        return columns;
    }

    public SpacePlan Measure(LayoutContext context, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(context);
        var columns = Columns(width);
        var tallest = 0f;
        var any = false;
        var partial = false;
        for (var i = 0; i < _cells.Count; i++)
        {
            var plan = _cells[i].Block.Measure(context, columns[i].Width, height);
            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    continue;
                case SpacePlanKind.FullRender:
                case SpacePlanKind.PartialRender when context.BreakKeeps:
                    tallest = Math.Max(tallest, plan.Height);
                    any = true;
                    partial |= plan.Kind == SpacePlanKind.PartialRender;
                    continue;
                default:
                    return SpacePlan.Wrap("a row moves to the next page whole");
            }
        }

        return !any ? SpacePlan.Empty : partial ? SpacePlan.PartialRender(tallest) : SpacePlan.FullRender(tallest);
    }

    public BlockSplit Split(LayoutContext context, float width, float height)
    {
        var columns = Columns(width);
        var head = new RowCell[_cells.Count];
        var tail = new RowCell[_cells.Count];
        for (var i = 0; i < _cells.Count; i++)
        {
            var cell = _cells[i];
            if (cell.Block.Measure(context, columns[i].Width, height).Kind == SpacePlanKind.PartialRender)
            {
                var split = cell.Block.Split(context, columns[i].Width, height);
                head[i] = cell with { Block = split.Head };
                tail[i] = cell with { Block = split.Tail };
            }
            else
            {
                // The cell fits whole: it stays on this page and leaves an empty cell of the same width below.
                head[i] = cell;
                tail[i] = cell with { Block = new Spacer(0) };
            }
        }

        return new BlockSplit(new Row(head, _gap), new Row(tail, _gap));
    }

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area)
    {
        var columns = Columns(area.Width);
        for (var i = 0; i < _cells.Count; i++)
        {
            _cells[i].Block.Draw(canvas, context, new Area(area.X + columns[i].X, area.Y, columns[i].Width, area.Height));
        }
    }
}

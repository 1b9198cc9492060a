namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>
/// A header row over body rows with hairlines between them. Breaks between rows and repeats the header on the
/// next page, so a long answer key stays readable.
/// </summary>
public sealed class Table : IBlock
{
    private readonly IBlock _header;
    private readonly IReadOnlyList<IBlock> _rows;
    private readonly Column _layout;

    public Table(IBlock header, IReadOnlyList<IBlock> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        _header = header;
        _rows = rows;
        var stacked = new List<IBlock>(1 + (rows.Count * 2)) { _header, new HorizontalRule(Stroke.Outline with { Thickness = 0.6f }, 2) };
        for (var i = 0; i < rows.Count; i++)
        {
            stacked.Add(rows[i]);
            if (i < rows.Count - 1)
            {
                stacked.Add(new HorizontalRule(Stroke.Hairline with { Thickness = 0.3f }, 1));
            }
        }

        _layout = new Column(stacked);
    }

    /// <summary>The body rows, in order.</summary>
    public IReadOnlyList<IBlock> Rows => _rows;

    public SpacePlan Measure(LayoutContext context, float width, float height)
    {
        if (_rows.Count == 0)
        {
            return SpacePlan.Empty;
        }

        var plan = _layout.Measure(context, width, height);

        // A header with no row under it is useless: wrap unless at least one row fits.
        return plan.Kind == SpacePlanKind.PartialRender && FittingRows(context, width, height) == 0
            ? SpacePlan.Wrap("not even one table row fits under the header")
            : plan;
    }

    public BlockSplit Split(LayoutContext context, float width, float height)
    {
        var fitting = FittingRows(context, width, height);
        return new BlockSplit(new Table(_header, _rows.Take(fitting).ToArray()), new Table(_header, _rows.Skip(fitting).ToArray()));
    }

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area) => _layout.Draw(canvas, context, area);

    private int FittingRows(LayoutContext context, float width, float height)
    {
        var used = _header.Measure(context, width, float.PositiveInfinity).Height + 2;
        for (var i = 0; i < _rows.Count; i++)
        {
            used += _rows[i].Measure(context, width, float.PositiveInfinity).Height + (i > 0 ? 1 : 0);
            if (used > height + 0.01f)
            {
                return i;
            }
        }

        return _rows.Count;
    }
}

namespace StudyDecks.Pdf.Layout.Blocks;

/// <summary>
/// Items in as many columns as they fit without wrapping: for instance four short options on one line, two columns
/// of medium ones, or one column of long ones. Items fill rows left to right. Every choice tried is laid out by width
/// alone, so the same items at the same width always give the same grid.
/// </summary>
public sealed class AdaptiveGrid : IBlock
{
    private readonly IReadOnlyList<IBlock> _items;
    private readonly IReadOnlyList<int> _columnChoices;
    private readonly float _columnGap;
    private readonly float _rowGap;
    private Tuple<float, Column>? _cache;

    /// <param name="items">The cells, in reading order.</param>
    /// <param name="columnChoices">Column counts to try, most first; the last is used when none fits (usually 1).</param>
    /// <param name="columnGap">Space between columns.</param>
    /// <param name="rowGap">Space between rows.</param>
    public AdaptiveGrid(IReadOnlyList<IBlock> items, IReadOnlyList<int> columnChoices, float columnGap, float rowGap)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(columnChoices);
        ArgumentOutOfRangeException.ThrowIfZero(columnChoices.Count);
        _items = items;
        _columnChoices = columnChoices;
        _columnGap = columnGap;
        _rowGap = rowGap;
    }

    /// <summary>How many columns the items get at <paramref name="width"/>.</summary>
    public int ColumnsAt(LayoutContext context, float width)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var columns in _columnChoices)
        {
            var cellWidth = (width - (_columnGap * (columns - 1))) / columns;
            if (cellWidth > 0 && _items.All(item => Fits(context, item, cellWidth, width)))
            {
                return columns;
            }
        }

        return _columnChoices[^1];
    }

    public SpacePlan Measure(LayoutContext context, float width, float height) => LayoutAt(context, width).Measure(context, width, height);

    public BlockSplit Split(LayoutContext context, float width, float height) => LayoutAt(context, width).Split(context, width, height);

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area) => LayoutAt(context, area.Width).Draw(canvas, context, area);

    /// <summary>An item fits a column when it is no taller there than with the whole width: it did not have to wrap.</summary>
    private static bool Fits(LayoutContext context, IBlock item, float cellWidth, float fullWidth) =>
        item.Measure(context, cellWidth, float.PositiveInfinity).Height <= item.Measure(context, fullWidth, float.PositiveInfinity).Height + 0.01f;

    private Column LayoutAt(LayoutContext context, float width)
    {
        var cache = _cache;
        if (cache is not null && cache.Item1 == width)
        {
            return cache.Item2;
        }

        var columns = ColumnsAt(context, width);
        var rows = new List<IBlock>();
        for (var start = 0; start < _items.Count; start += columns)
        {
            var cells = new RowCell[columns];
            for (var c = 0; c < columns; c++)
            {
                cells[c] = new RowCell(start + c < _items.Count ? _items[start + c] : new Spacer(0));
            }

            rows.Add(new Row(cells, _columnGap));
        }

        var layout = new Column(rows, _rowGap);
        _cache = Tuple.Create(width, layout);
        return layout;
    }
}

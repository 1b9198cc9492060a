namespace StudyDecks.Pdf.Layout.Text;

/// <summary>A paragraph: styled runs and blanks wrapped to the width offered; splits between lines at a page break.</summary>
public sealed class TextBlock : IBlock
{
    private readonly IReadOnlyList<Inline> _inlines;
    private readonly IReadOnlyList<TextLine>? _fixedLines;

    // Measure, Split and Draw ask for the same width several times; breaking lines is the costly part, so keep
    // the last result. A tuple swapped in one assignment keeps this safe without locks.
    private Tuple<float, IReadOnlyList<TextLine>>? _cache;

    public TextBlock(IReadOnlyList<Inline> inlines, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        _inlines = inlines;
        Alignment = alignment;
    }

    private TextBlock(IReadOnlyList<TextLine> lines, TextAlignment alignment)
    {
        _inlines = [];
        _fixedLines = lines;
        Alignment = alignment;
    }

    public TextAlignment Alignment { get; }

    /// <summary>A paragraph of plain text in one style.</summary>
    public static TextBlock Plain(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left) =>
        new([new TextRun(text, style)], alignment);

    /// <summary>The lines this paragraph takes at <paramref name="width"/>.</summary>
    public IReadOnlyList<TextLine> Lines(LayoutContext context, float width)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_fixedLines is not null)
        {
            return _fixedLines;
        }

        var cache = _cache;
        if (cache is not null && cache.Item1 == width)
        {
            return cache.Item2;
        }

        var lines = LineBreaker.Break(_inlines, width, context.Text);
        _cache = Tuple.Create(width, lines);
        return lines;
    }

    public SpacePlan Measure(LayoutContext context, float width, float height)
    {
        var lines = Lines(context, width);
        if (lines.Count == 0)
        {
            return SpacePlan.Empty;
        }

        var (count, used) = Fitting(lines, height);
        return count == lines.Count ? SpacePlan.FullRender(used)
            : count == 0 ? SpacePlan.Wrap("not even one line of text fits")
            : SpacePlan.PartialRender(used);
    }

    public BlockSplit Split(LayoutContext context, float width, float height)
    {
        var lines = Lines(context, width);
        var (count, _) = Fitting(lines, height);
        return new BlockSplit(new TextBlock(lines.Take(count).ToArray(), Alignment), new TextBlock(lines.Skip(count).ToArray(), Alignment));
    }

    public void Draw(IPageCanvas canvas, LayoutContext context, Area area)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var y = area.Y;
        foreach (var line in Lines(context, area.Width))
        {
            var offset = Alignment switch
            {
                TextAlignment.Right => area.Width - line.Width,
                TextAlignment.Start when line.RightToLeft => area.Width - line.Width,
                TextAlignment.Center => (area.Width - line.Width) / 2,
                _ => 0,
            };
            var baseline = y + line.Baseline;
            foreach (var fragment in line.Fragments)
            {
                var x = area.X + offset + fragment.X;
                if (fragment.Text is null)
                {
                    canvas.DrawLine(x, baseline + 2, x + fragment.Width, baseline + 2, Stroke.Writing with { Ink = Ink.Black });
                }
                else
                {
                    canvas.DrawText(fragment.Text, fragment.Style, x, baseline, fragment.RightToLeft);
                }
            }

            y += line.Height;
        }
    }

    private static (int Count, float Height) Fitting(IReadOnlyList<TextLine> lines, float height)
    {
        var used = 0f;
        for (var i = 0; i < lines.Count; i++)
        {
            if (used + lines[i].Height > height + 0.01f)
            {
                return (i, used);
            }

            used += lines[i].Height;
        }

        return (lines.Count, used);
    }
}

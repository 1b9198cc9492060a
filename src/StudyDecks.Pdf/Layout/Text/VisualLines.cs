using System.Text;

namespace StudyDecks.Pdf.Layout.Text;

/// <summary>
/// Puts broken lines of a paragraph into visual order with the bidirectional algorithm (<see cref="Bidi"/>): levels
/// are resolved over the whole paragraph, then each line is cut into runs of one level and one style, and the runs
/// are reordered. A right-to-left run is drawn right to left as a whole, so its words read from the right.
/// </summary>
internal static class VisualLines
{
    // A blank to write in is an object in the sentence: a neutral, like U+FFFC.
    private const char BlankStandIn = '\uFFFC';

    /// <summary>The lines in visual order; lines of plain left-to-right text come back as they were.</summary>
    public static IReadOnlyList<TextLine> Order(IReadOnlyList<TextLine> lines, ITextMeasurer measurer)
    {
        if (!lines.Any(line => line.Fragments.Any(fragment => fragment.Text is { } text && Bidi.HasRightToLeft(text))))
        {
            return lines;
        }

        // The paragraph as the algorithm reads it: the lines joined by the spaces they were broken at.
        var paragraph = new StringBuilder();
        var starts = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = paragraph.Length;
            foreach (var fragment in WithSpacesBeforeBlanks(lines[i]))
            {
                paragraph.Append(fragment.Text ?? BlankStandIn.ToString());
            }

            paragraph.Append(' ');
        }

        var text = paragraph.ToString();
        var level = Bidi.StartsRightToLeft(text) ? 1 : 0;
        var levels = Bidi.ResolveLevels(text, level);
        var ordered = new TextLine[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            ordered[i] = Order(lines[i], text, levels, starts[i], level, measurer);
        }

        return ordered;
    }

    /// <summary>
    /// The line's fragments with the space before each blank made a fragment of its own: in logical layout it is
    /// only a gap, but reordered it must travel with the text, on the blank's right in a right-to-left line.
    /// </summary>
    private static List<LineFragment> WithSpacesBeforeBlanks(TextLine line)
    {
        var fragments = new List<LineFragment>(line.Fragments.Count);
        var end = 0f;
        foreach (var fragment in line.Fragments)
        {
            if (fragment.IsBlank && fragment.X > end + 0.01f)
            {
                fragments.Add(new LineFragment(end, fragment.X - end, " ", fragment.Style));
            }

            fragments.Add(fragment);
            end = fragment.X + fragment.Width;
        }

        return fragments;
    }

    private static TextLine Order(TextLine line, string paragraph, byte[] paragraphLevels, int start, int level, ITextMeasurer measurer)
    {
        var logical = WithSpacesBeforeBlanks(line);
        var length = logical.Sum(fragment => fragment.Text?.Length ?? 1);
        var levels = paragraphLevels.AsSpan(start, length).ToArray();
        Bidi.ResetWhitespace(paragraph.AsSpan(start, length), levels, level);

        // Runs of one fragment and one level, in logical order.
        var runs = new List<(int Fragment, int Start, int End, int Level)>();
        var offset = 0;
        for (var f = 0; f < logical.Count; f++)
        {
            var fragmentLength = logical[f].Text?.Length ?? 1;
            var runStart = 0;
            for (var i = 1; i <= fragmentLength; i++)
            {
                if (i == fragmentLength || levels[offset + i] != levels[offset + runStart])
                {
                    runs.Add((f, runStart, i, levels[offset + runStart]));
                    runStart = i;
                }
            }

            offset += fragmentLength;
        }

        var fragments = new List<LineFragment>(runs.Count);
        var x = 0f;
        foreach (var index in Bidi.VisualOrder(runs.Select(run => run.Level).ToArray()))
        {
            var (f, runStart, runEnd, runLevel) = runs[index];
            var source = logical[f];
            if (source.Text is null)
            {
                fragments.Add(source with { X = x });
                x += source.Width;
                continue;
            }

            var text = source.Text[runStart..runEnd];
            var width = measurer.Width(text, source.Style);
            fragments.Add(new LineFragment(x, width, text, source.Style) { RightToLeft = runLevel % 2 == 1 });
            x += width;
        }

        return new TextLine(fragments, x, line.Height, line.Baseline) { RightToLeft = level == 1 };
    }
}

using System.Text;

namespace StudyDecks.Pdf.Layout.Text;

/// <summary>
/// Breaks a paragraph into lines no wider than the space: greedily at spaces, after a hyphen or dash inside a word,
/// and inside a word only when the word alone is wider than the line (so nothing ever runs off the page).
/// </summary>
public static class LineBreaker
{
    /// <summary>Lays out <paramref name="inlines"/> in lines at most <paramref name="width"/> points wide.</summary>
    public static IReadOnlyList<TextLine> Break(IReadOnlyList<Inline> inlines, float width, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        ArgumentNullException.ThrowIfNull(measurer);
        var lines = new List<TextLine>();
        var line = new LineBuilder(measurer);
        var tokens = Tokens(inlines).ToList();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var tokenWidth = token.Text is null ? token.BlankWidth : measurer.Width(token.Text, token.Style);
            var spaceWidth = token.SpaceBefore && !line.IsEmpty ? measurer.Width(" ", token.Style) : 0;
            // A blank and the punctuation written right after it ("_____.") go on one line: a stop alone at the start
            // of a line reads as a stray mark.
            var gluedWidth = token.Text is null && t + 1 < tokens.Count && tokens[t + 1] is { SpaceBefore: false, Text: { } glued } next
                ? measurer.Width(glued, next.Style)
                : 0;
            if (line.Width + spaceWidth + tokenWidth + gluedWidth <= width + 0.01f)
            {
                line.Add(token, tokenWidth, spaceWidth);
                continue;
            }

            if (!line.IsEmpty)
            {
                lines.Add(line.Finish());
            }

            if (tokenWidth <= width + 0.01f || token.Text is null)
            {
                line.Add(token, tokenWidth, 0);
                continue;
            }

            // A word wider than the whole line: cut it where it must be cut.
            var rest = token.Text;
            while (rest.Length > 0)
            {
                var take = LongestFittingPrefix(rest, token.Style, width, measurer);
                var piece = rest[..take];
                line.Add(token with { Text = piece }, measurer.Width(piece, token.Style), 0);
                rest = rest[take..];
                if (rest.Length > 0)
                {
                    lines.Add(line.Finish());
                }
            }
        }

        if (!line.IsEmpty)
        {
            lines.Add(line.Finish());
        }

        return VisualLines.Order(lines, measurer);
    }

    private static int LongestFittingPrefix(string word, TextStyle style, float width, ITextMeasurer measurer)
    {
        int low = 1, high = word.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (measurer.Width(word[..middle], style) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        // Never split a surrogate pair.
        return low < word.Length && char.IsLowSurrogate(word[low]) && low > 1 ? low - 1 : low;
    }

    private static IEnumerable<Token> Tokens(IReadOnlyList<Inline> inlines)
    {
        var spacePending = false;
        var word = new StringBuilder();
        foreach (var inline in inlines)
        {
            if (inline is BlankRun blank)
            {
                yield return new Token(null, blank.Style, spacePending, blank.Width);
                spacePending = false;
                continue;
            }

            var run = (TextRun)inline;
            for (var i = 0; i <= run.Text.Length; i++)
            {
                var end = i == run.Text.Length;
                var c = end ? ' ' : run.Text[i];
                if (char.IsWhiteSpace(c))
                {
                    if (word.Length > 0)
                    {
                        yield return new Token(word.ToString(), run.Style, spacePending, 0);
                        word.Clear();
                        spacePending = false;
                    }

                    spacePending |= !end;
                    continue;
                }

                word.Append(c);
                if (IsBreakAfter(run.Text, i))
                {
                    yield return new Token(word.ToString(), run.Style, spacePending, 0);
                    word.Clear();
                    spacePending = false;
                }
            }
        }
    }

    /// <summary>A line may break after a dash, or after a hyphen between letters ("Defeat-ISIS").</summary>
    private static bool IsBreakAfter(string text, int i)
    {
        var c = text[i];
        var hasNext = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        return hasNext && (c is '—' or '–' or '/'
            || (c == '-' && i > 0 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])));
    }

    /// <summary>A word (or a blank) and whether a space separates it from what comes before.</summary>
    private sealed record Token(string? Text, TextStyle Style, bool SpaceBefore, float BlankWidth);

    /// <summary>Collects one line's fragments, merging neighbours of the same style so lines draw as whole strings.</summary>
    private sealed class LineBuilder(ITextMeasurer measurer)
    {
        private readonly List<LineFragment> _fragments = [];
        private float _height;
        private float _ascent;
        private float _descent;

        public float Width { get; private set; }

        public bool IsEmpty => _fragments.Count == 0;

        public void Add(Token token, float tokenWidth, float spaceWidth)
        {
            var space = spaceWidth > 0 ? " " : string.Empty;
            if (token.Text is not null && _fragments.Count > 0 && _fragments[^1] is { IsBlank: false } last && last.Style == token.Style)
            {
                _fragments[^1] = last with { Text = last.Text + space + token.Text, Width = last.Width + spaceWidth + tokenWidth };
            }
            else if (token.Text is null)
            {
                _fragments.Add(new LineFragment(Width + spaceWidth, tokenWidth, null, token.Style));
            }
            else
            {
                _fragments.Add(new LineFragment(Width, spaceWidth + tokenWidth, space + token.Text, token.Style));
            }

            Width += spaceWidth + tokenWidth;
            var metrics = measurer.Metrics(token.Style);
            _height = Math.Max(_height, token.Style.LineHeight);
            _ascent = Math.Max(_ascent, metrics.Ascent);
            _descent = Math.Max(_descent, metrics.Descent);
        }

        public TextLine Finish()
        {
            // Centre the glyphs' extent in the line height so extra leading is shared above and below.
            var height = Math.Max(_height, _ascent + _descent);
            var line = new TextLine(_fragments.ToArray(), Width, height, ((height - _ascent - _descent) / 2) + _ascent);
            _fragments.Clear();
            Width = 0;
            _height = _ascent = _descent = 0;
            return line;
        }
    }
}

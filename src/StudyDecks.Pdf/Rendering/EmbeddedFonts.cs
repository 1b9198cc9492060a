using SkiaSharp;
using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Paging;

namespace StudyDecks.Pdf.Rendering;

/// <summary>
/// The fonts a PDF is drawn with: for each font the layout measured with, a copy cut down to the glyphs the pages
/// use (<see cref="TrueTypeSubsetter"/>). Fonts that cannot be cut down are embedded as they are.
/// </summary>
public sealed class EmbeddedFonts : IDisposable
{
    private readonly Dictionary<SKFont, SKFont> _drawing = [];
    private readonly List<IDisposable> _owned = [];

    private EmbeddedFonts()
    {
    }

    /// <summary>Finds every glyph <paramref name="pages"/> draw and makes the cut-down fonts.</summary>
    public static EmbeddedFonts For(IReadOnlyList<LaidOutPage> pages, LayoutContext context, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(fonts);
        var collector = new GlyphCollector(fonts);
        foreach (var page in pages)
        {
            page.Draw(collector, context);
        }

        var embedded = new EmbeddedFonts();
        var subsets = new Dictionary<SKTypeface, SKTypeface?>();
        foreach (var (font, glyphs) in collector.Glyphs)
        {
            if (!subsets.TryGetValue(font.Typeface, out var subset))
            {
                var used = collector.Glyphs.Where(pair => pair.Key.Typeface == font.Typeface).SelectMany(pair => pair.Value).ToHashSet();
                subset = embedded.Subset(font.Typeface, used);
                subsets[font.Typeface] = subset;
            }

            if (subset is not null)
            {
                var drawing = new SKFont(subset, font.Size) { Hinting = font.Hinting, LinearMetrics = font.LinearMetrics, Subpixel = font.Subpixel };
                embedded._owned.Add(drawing);
                embedded._drawing[font] = drawing;
            }
        }

        return embedded;
    }

    /// <summary>The font to draw with in place of the measuring font <paramref name="font"/>.</summary>
    public SKFont ForDrawing(SKFont font) => _drawing.GetValueOrDefault(font, font);

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
        _drawing.Clear();
    }

    private SKTypeface? Subset(SKTypeface typeface, IReadOnlySet<ushort> glyphs)
    {
        using var stream = typeface.OpenStream(out var index);
        if (stream is null || index != 0)
        {
            return null;
        }

        var data = new byte[stream.Length];
        if (stream.Read(data, data.Length) != data.Length || TrueTypeSubsetter.Subset(data, glyphs) is not { } subset)
        {
            return null;
        }

        var cut = SKTypeface.FromData(SKData.CreateCopy(subset));
        if (cut is not null)
        {
            _owned.Add(cut);
        }

        return cut;
    }

    /// <summary>A canvas that draws nothing and notes which glyphs of which font each text would use.</summary>
    private sealed class GlyphCollector(FontSet fonts) : IPageCanvas
    {
        public Dictionary<SKFont, HashSet<ushort>> Glyphs { get; } = [];

        public void DrawText(string text, TextStyle style, float x, float baseline, bool rightToLeft)
        {
            // The shaped glyphs, not the character map's: joined Arabic forms and marks are glyphs of their own.
            foreach (var run in fonts.Shape(text, style, rightToLeft).Runs)
            {
                if (!Glyphs.TryGetValue(run.Font, out var set))
                {
                    set = [];
                    Glyphs[run.Font] = set;
                }

                set.UnionWith(run.Glyphs);
            }
        }

        public void DrawLine(float x1, float y1, float x2, float y2, Stroke stroke)
        {
        }

        public void DrawRectangle(Area area, Stroke stroke)
        {
        }

        public void FillRectangle(Area area, Ink ink)
        {
        }
    }
}

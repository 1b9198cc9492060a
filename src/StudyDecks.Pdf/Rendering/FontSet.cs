using SkiaSharp;
using StudyDecks.Pdf.Layout;

namespace StudyDecks.Pdf.Rendering;

/// <summary>
/// The installed fonts a document is drawn with, found through the system font manager (fontconfig on Linux):
/// DejaVu Serif and DejaVu Sans when present, else whatever the system offers for serif and sans-serif. Characters the
/// chosen font lacks are drawn in a font that has them (<see cref="SKFontManager.MatchCharacter(string, SKFontStyle, string[], int)"/>).
/// </summary>
public sealed class FontSet : IDisposable
{
    private readonly SKFontManager _manager = SKFontManager.Default;
    private readonly Dictionary<TextStyle, SKFont> _fonts = [];
    private readonly Dictionary<(SKTypeface Primary, int CodePoint), SKTypeface?> _fallbacks = [];
    private readonly Dictionary<(SKTypeface Typeface, float Size), SKFont> _fallbackFonts = [];
    private readonly List<SKTypeface> _owned = [];

    /// <summary>The font for <paramref name="style"/>, made once and kept.</summary>
    public SKFont FontFor(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (_fonts.TryGetValue(style, out var font))
        {
            return font;
        }

        var typeface = Typeface(style.Family, style.Bold, style.Italic);
        font = NewFont(typeface, style.Size);
        _fonts[style] = font;
        return font;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> into runs that one font can draw: the style's own font where it has the glyphs,
    /// a fallback font for the characters it lacks.
    /// </summary>
    public IReadOnlyList<(string Text, SKFont Font)> Runs(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        var primary = FontFor(style);
        if (primary.ContainsGlyphs(text))
        {
            return [(text, primary)];
        }

        var runs = new List<(string, SKFont)>();
        var start = 0;
        SKFont? current = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            var font = primary.ContainsGlyph(codePoint) || char.IsWhiteSpace(text[i]) ? primary : Fallback(primary, style, codePoint);
            if (current is not null && font != current)
            {
                runs.Add((text[start..i], current));
                start = i;
            }

            current = font;
        }

        if (current is not null)
        {
            runs.Add((text[start..], current));
        }

        return runs;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values.Concat(_fallbackFonts.Values))
        {
            font.Dispose();
        }

        foreach (var typeface in _owned)
        {
            typeface.Dispose();
        }

        _fonts.Clear();
        _fallbackFonts.Clear();
        _owned.Clear();
    }

    private SKFont Fallback(SKFont primary, TextStyle style, int codePoint)
    {
        if (!_fallbacks.TryGetValue((primary.Typeface, codePoint), out var typeface))
        {
            typeface = _manager.MatchCharacter(primary.Typeface.FamilyName, primary.Typeface.FontStyle, null, codePoint);
            if (typeface is not null)
            {
                _owned.Add(typeface);
            }

            _fallbacks[(primary.Typeface, codePoint)] = typeface;
        }

        if (typeface is null)
        {
            // No installed font has the character: the primary font draws its "missing glyph" box.
            return primary;
        }

        if (!_fallbackFonts.TryGetValue((typeface, style.Size), out var font))
        {
            font = NewFont(typeface, style.Size);
            _fallbackFonts[(typeface, style.Size)] = font;
        }

        return font;
    }

    private SKTypeface Typeface(FontFamily family, bool bold, bool italic)
    {
        var fontStyle = new SKFontStyle(
            bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal,
            SKFontStyleWidth.Normal,
            italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
        string[] names = family == FontFamily.Serif ? ["DejaVu Serif", "serif"] : ["DejaVu Sans", "sans-serif"];
        foreach (var name in names)
        {
            var typeface = _manager.MatchFamily(name, fontStyle);
            if (typeface is not null)
            {
                _owned.Add(typeface);
                return typeface;
            }
        }

        return SKTypeface.Default;
    }

    private static SKFont NewFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        // Unhinted, linear metrics: PDF text is scaled by the viewer, so layout must use the font's true advances.
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
    };
}

using System.Globalization;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using StudyDecks.Pdf.Layout;
using Buffer = HarfBuzzSharp.Buffer;
using HarfBuzzFont = HarfBuzzSharp.Font;

namespace StudyDecks.Pdf.Rendering;

/// <summary>
/// The fonts a document is drawn with: the DejaVu faces bundled in this assembly (<see cref="BundledFonts"/>), so
/// the output never depends on the machine. A character no bundled face has is drawn in an installed font that has
/// it, when the machine offers one; text is shaped with HarfBuzz (kerning, Arabic joining, marks).
/// </summary>
public sealed class FontSet : IDisposable
{
    // Ligatures would draw "fi" as one glyph that text extraction reads back as U+FB01; Latin print needs none.
    // Required ligatures (Arabic lam-alef) are a separate feature and stay on.
    private static readonly Feature[] LeftToRightFeatures = [new(new Tag('l', 'i', 'g', 'a'), 0), new(new Tag('c', 'l', 'i', 'g'), 0)];

    private readonly bool _useSystemFonts;
    private readonly SKFontManager _manager = SKFontManager.Default;
    private readonly Dictionary<BundledFace, SKTypeface> _bundled = [];
    private readonly Dictionary<(SKTypeface Typeface, float Size), SKFont> _fonts = [];
    private readonly Dictionary<(BundledFace Face, int CodePoint), SKTypeface?> _fallbacks = [];
    private readonly Dictionary<SKTypeface, HarfBuzzFont> _shapers = [];
    private readonly Dictionary<(string Text, TextStyle Style, bool RightToLeft), ShapedText> _shaped = [];
    private readonly List<IDisposable> _owned = [];

    /// <summary>The bundled fonts, with the machine's fonts as a fallback for characters they lack.</summary>
    public FontSet()
        : this(useSystemFonts: true)
    {
    }

    /// <summary>The bundled fonts, with the machine's fonts as a fallback only when <paramref name="useSystemFonts"/> is set.</summary>
    public FontSet(bool useSystemFonts) => _useSystemFonts = useSystemFonts;

    /// <summary>The font of <paramref name="style"/>'s own face, made once and kept.</summary>
    public SKFont FontFor(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return Font(Bundled(BundledFonts.FaceFor(style)), style.Size);
    }

    /// <summary>
    /// Cuts <paramref name="text"/> into runs that one font can draw, in reading order: the style's own face where it
    /// has the glyphs, else the first bundled face that does, else an installed font.
    /// </summary>
    public IReadOnlyList<(string Text, SKFont Font)> Runs(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var face = BundledFonts.FaceFor(style);
        var primary = Bundled(face);
        var runs = new List<(string, SKFont)>();
        if (Font(primary, style.Size).ContainsGlyphs(text))
        {
            runs.Add((text, Font(primary, style.Size)));
            return runs;
        }

        var start = 0;
        SKTypeface? current = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            var typeface = current is not null && CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                ? current // A mark belongs with its base letter, or HarfBuzz cannot place it.
                : Has(primary, codePoint) || char.IsWhiteSpace(text[i]) ? primary
                : TypefaceWith(face, codePoint) ?? primary; // No font has it: the primary draws its "missing glyph" box.
            if (current is not null && typeface != current)
            {
                runs.Add((text[start..i], Font(current, style.Size)));
                start = i;
            }

            current = typeface;
        }

        if (current is not null)
        {
            runs.Add((text[start..], Font(current, style.Size)));
        }

        return runs;
    }

    /// <summary>The characters of <paramref name="text"/> that no bundled or installed font can draw.</summary>
    public IReadOnlyList<int> MissingCharacters(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var face = BundledFonts.FaceFor(style);
        var missing = new List<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i) ? 0xFFFD : char.ConvertToUtf32(text, i);
            var invisible = char.IsWhiteSpace(text, i) || CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.Format or UnicodeCategory.Control;
            if (!invisible && TypefaceWith(face, codePoint) is null && !missing.Contains(codePoint))
            {
                missing.Add(codePoint);
            }
        }

        return missing;
    }

    /// <summary>
    /// Shapes <paramref name="text"/> with HarfBuzz in one direction: for right-to-left text the glyphs come out in
    /// visual order (the last character's glyph first) and mirrored brackets are mirrored.
    /// </summary>
    public ShapedText Shape(string text, TextStyle style, bool rightToLeft)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        if (_shaped.TryGetValue((text, style, rightToLeft), out var shaped))
        {
            return shaped;
        }

        var pieces = new List<(string Text, SKFont Font)>();
        foreach (var (run, font) in Runs(text, style))
        {
            foreach (var piece in ScriptPieces(run))
            {
                pieces.Add((piece, font));
            }
        }

        if (rightToLeft)
        {
            pieces.Reverse();
        }

        var runs = new List<GlyphRun>(pieces.Count);
        var x = 0f;
        foreach (var (piece, font) in pieces)
        {
            var (run, advance) = ShapeOne(piece, font, rightToLeft, x);
            runs.Add(run);
            x += advance;
        }

        shaped = new ShapedText(runs, x);
        _shaped[(text, style, rightToLeft)] = shaped;
        return shaped;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _fonts.Clear();
        _shapers.Clear();
        _owned.Clear();
        _bundled.Clear();
        _fallbacks.Clear();
        _shaped.Clear();
    }

    /// <summary>Cuts a one-font run where its script changes (Latin to Hebrew, say): HarfBuzz shapes one script at a time.</summary>
    private static IEnumerable<string> ScriptPieces(string run)
    {
        var start = 0;
        var script = Script.Common;
        for (var i = 0; i < run.Length; i += char.IsSurrogatePair(run, i) ? 2 : 1)
        {
            var next = UnicodeFunctions.Default.GetScript(char.ConvertToUtf32(run, i));
            if (next == Script.Common || next == Script.Inherited || next == Script.Unknown)
            {
                continue;
            }

            if (script != Script.Common && next != script)
            {
                yield return run[start..i];
                start = i;
            }

            script = next;
        }

        yield return run[start..];
    }

    private (GlyphRun Run, float Advance) ShapeOne(string text, SKFont font, bool rightToLeft, float x)
    {
        var shaper = Shaper(font.Typeface);
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        shaper.Shape(buffer, rightToLeft ? [] : LeftToRightFeatures);

        var scale = font.Size / font.Typeface.UnitsPerEm;
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        var pen = x;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            points[i] = new SKPoint(pen + (positions[i].XOffset * scale), -positions[i].YOffset * scale);
            pen += positions[i].XAdvance * scale;
        }

        return (new GlyphRun(font, glyphs, points), pen - x);
    }

    private HarfBuzzFont Shaper(SKTypeface typeface)
    {
        if (_shapers.TryGetValue(typeface, out var shaper))
        {
            return shaper;
        }

        using var stream = typeface.OpenStream(out var index);
        var length = stream?.Length ?? 0;

        // HarfBuzz reads the font in place: give it memory the garbage collector never moves, freed with the blob.
        var memory = Marshal.AllocHGlobal(Math.Max(1, length));
        if (stream is null || stream.Read(memory, length) != length)
        {
            Marshal.FreeHGlobal(memory);
            throw new InvalidOperationException($"The font {typeface.FamilyName} cannot be read for shaping.");
        }

        var blob = new Blob(memory, length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        var face = new Face(blob, index);
        shaper = new HarfBuzzFont(face);
        _owned.Add(blob);
        _owned.Add(face);
        shaper.SetFunctionsOpenType();

        // Positions in font units; ShapeOne scales them to the size drawn.
        shaper.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        _shapers[typeface] = shaper;
        return shaper;
    }

    private SKTypeface? TypefaceWith(BundledFace face, int codePoint)
    {
        foreach (var candidate in BundledFonts.Chain(face))
        {
            var typeface = Bundled(candidate);
            if (Has(typeface, codePoint))
            {
                return typeface;
            }
        }

        if (!_useSystemFonts)
        {
            return null;
        }

        if (!_fallbacks.TryGetValue((face, codePoint), out var fallback))
        {
            var primary = Bundled(face);
            fallback = _manager.MatchCharacter(primary.FamilyName, primary.FontStyle, null, codePoint);
            if (fallback is not null)
            {
                _owned.Add(fallback);

                // Some font managers answer with their default font whatever the character.
                fallback = Has(fallback, codePoint) ? fallback : null;
            }

            _fallbacks[(face, codePoint)] = fallback;
        }

        return fallback;
    }

    private bool Has(SKTypeface typeface, int codePoint) => Font(typeface, 12).ContainsGlyph(codePoint);

    private SKTypeface Bundled(BundledFace face)
    {
        if (!_bundled.TryGetValue(face, out var typeface))
        {
            typeface = BundledFonts.Typeface(face);
            _owned.Add(typeface);
            _bundled[face] = typeface;
        }

        return typeface;
    }

    private SKFont Font(SKTypeface typeface, float size)
    {
        if (!_fonts.TryGetValue((typeface, size), out var font))
        {
            font = new SKFont(typeface, size)
            {
                // Unhinted, linear metrics: PDF text is scaled by the viewer, so layout must use the font's true advances.
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
            };
            _fonts[(typeface, size)] = font;
        }

        return font;
    }
}

using SkiaSharp;

namespace StudyDecks.Pdf.Rendering;

/// <summary>Text turned into positioned glyphs by HarfBuzz, left to right as drawn, from an origin on the baseline.</summary>
/// <param name="Runs">One run per font (and script) in visual order.</param>
/// <param name="Advance">The width the text takes.</param>
public sealed record ShapedText(IReadOnlyList<GlyphRun> Runs, float Advance);

/// <summary>Glyphs of one font with their positions in points from the text's origin.</summary>
/// <param name="Font">The font the glyph ids belong to.</param>
/// <param name="Glyphs">Glyph ids.</param>
/// <param name="Positions">Where each glyph's origin goes; y grows downwards.</param>
public sealed record GlyphRun(SKFont Font, IReadOnlyList<ushort> Glyphs, IReadOnlyList<SKPoint> Positions);

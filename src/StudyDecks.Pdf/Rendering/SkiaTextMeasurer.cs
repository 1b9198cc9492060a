using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Text;

namespace StudyDecks.Pdf.Rendering;

/// <summary>Measures text with the same fonts and fallbacks <see cref="SkiaPageCanvas"/> draws with.</summary>
public sealed class SkiaTextMeasurer(FontSet fonts) : ITextMeasurer
{
    // A quiz measures the same words many times (option labels, repeated names); widths never change.
    private readonly Dictionary<(TextStyle Style, string Text), float> _widths = [];
    private readonly Dictionary<TextStyle, FontMetrics> _metrics = [];

    public float Width(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_widths.TryGetValue((style, text), out var width))
        {
            return width;
        }

        // Shaped as it will be drawn: right to left when its first strong character is (widths barely differ, joining does).
        width = fonts.Shape(text, style, Bidi.StartsRightToLeft(text)).Advance;
        _widths[(style, text)] = width;
        return width;
    }

    public FontMetrics Metrics(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (!_metrics.TryGetValue(style, out var metrics))
        {
            fonts.FontFor(style).GetFontMetrics(out var skia);
            metrics = new FontMetrics(-skia.Ascent, skia.Descent);
            _metrics[style] = metrics;
        }

        return metrics;
    }
}

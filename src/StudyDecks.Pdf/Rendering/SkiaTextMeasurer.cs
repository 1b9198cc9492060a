using StudyDecks.Pdf.Layout;

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

        width = 0;
        foreach (var (run, font) in fonts.Runs(text, style))
        {
            width += font.MeasureText(run);
        }

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

namespace StudyDecks.Pdf.Layout;

/// <summary>Measures text the way the renderer will draw it, so layout and drawing agree.</summary>
public interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/> in <paramref name="style"/>, in points.</summary>
    float Width(string text, TextStyle style);

    /// <summary>Ascent and descent of <paramref name="style"/>'s font.</summary>
    FontMetrics Metrics(TextStyle style);
}

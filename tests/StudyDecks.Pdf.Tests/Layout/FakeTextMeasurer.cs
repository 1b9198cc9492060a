using StudyDecks.Pdf.Layout;

namespace StudyDecks.Pdf.Tests.Layout;

/// <summary>A monospaced stand-in for real fonts: every character is half the font size wide, so geometry is easy to predict.</summary>
internal sealed class FakeTextMeasurer : ITextMeasurer
{
    public float Width(string text, TextStyle style) => text.Length * style.Size * 0.5f;

    public FontMetrics Metrics(TextStyle style) => new(style.Size * 0.8f, style.Size * 0.2f);
}

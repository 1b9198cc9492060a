using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Blocks;
using StudyDecks.Pdf.Layout.Text;

namespace StudyDecks.Pdf.Tests.Layout;

/// <summary>Small blocks with known sizes for the geometry tests: 10 pt text, 5 pt per character, 13 pt per line.</summary>
internal static class Fixtures
{
    public static TextStyle Style { get; } = new(FontFamily.Serif, 10, LineSpacing: 1.3f);

    public static LayoutContext Context { get; } = new(new FakeTextMeasurer());

    public static TextBlock Text(string text) => TextBlock.Plain(text, Style);

    /// <summary>A block exactly <paramref name="height"/> tall that never splits.</summary>
    public static WritingLines Box(float height) => new(1, height, Stroke.Hairline);
}

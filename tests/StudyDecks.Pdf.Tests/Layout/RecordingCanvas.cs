using StudyDecks.Pdf.Layout;

namespace StudyDecks.Pdf.Tests.Layout;

/// <summary>Records what blocks draw, with positions, instead of drawing it.</summary>
internal sealed class RecordingCanvas : IPageCanvas
{
    public List<(string Text, float X, float Baseline, TextStyle Style)> Texts { get; } = [];

    public List<(float X1, float Y1, float X2, float Y2)> Lines { get; } = [];

    public List<Area> Rectangles { get; } = [];

    public void DrawText(string text, TextStyle style, float x, float baseline, bool rightToLeft) => Texts.Add((text, x, baseline, style));

    public void DrawLine(float x1, float y1, float x2, float y2, Stroke stroke) => Lines.Add((x1, y1, x2, y2));

    public void DrawRectangle(Area area, Stroke stroke) => Rectangles.Add(area);

    public void FillRectangle(Area area, Ink ink) => Rectangles.Add(area);
}

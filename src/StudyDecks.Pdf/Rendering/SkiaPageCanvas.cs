using SkiaSharp;
using StudyDecks.Pdf.Layout;

namespace StudyDecks.Pdf.Rendering;

/// <summary>Draws blocks on one SkiaSharp page canvas (here, a PDF page), with cut-down fonts when given them.</summary>
public sealed class SkiaPageCanvas(SKCanvas canvas, FontSet fonts, EmbeddedFonts? embedded = null) : IPageCanvas, IDisposable
{
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Butt };

    public void DrawText(string text, TextStyle style, float x, float baseline, bool rightToLeft)
    {
        ArgumentNullException.ThrowIfNull(style);
        var shaped = fonts.Shape(text, style, rightToLeft);
        using var builder = new SKTextBlobBuilder();
        foreach (var run in shaped.Runs)
        {
            if (run.Glyphs.Count > 0)
            {
                builder.AddPositionedRun(run.Glyphs.ToArray(), embedded?.ForDrawing(run.Font) ?? run.Font, run.Positions.ToArray());
            }
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            _fill.Color = new SKColor(style.Colour.Argb);
            canvas.DrawText(blob, x, baseline, _fill);
        }
    }

    public void DrawLine(float x1, float y1, float x2, float y2, Stroke stroke)
    {
        Prepare(stroke);
        canvas.DrawLine(x1, y1, x2, y2, _stroke);
    }

    public void DrawRectangle(Area area, Stroke stroke)
    {
        Prepare(stroke);
        canvas.DrawRect(area.X, area.Y, area.Width, area.Height, _stroke);
    }

    public void FillRectangle(Area area, Ink ink)
    {
        _fill.Color = new SKColor(ink.Argb);
        canvas.DrawRect(area.X, area.Y, area.Width, area.Height, _fill);
    }

    public void Dispose()
    {
        _fill.Dispose();
        _stroke.Dispose();
    }

    private void Prepare(Stroke stroke)
    {
        _stroke.Color = new SKColor(stroke.Ink.Argb);
        _stroke.StrokeWidth = stroke.Thickness;
    }
}

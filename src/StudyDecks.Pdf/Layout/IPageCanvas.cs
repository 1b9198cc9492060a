namespace StudyDecks.Pdf.Layout;

/// <summary>What blocks draw on: one page, in points from its top-left corner.</summary>
public interface IPageCanvas
{
    /// <summary>
    /// Draws <paramref name="text"/> with its left end at <paramref name="x"/> on the baseline <paramref name="baseline"/>,
    /// right to left (last character leftmost) when <paramref name="rightToLeft"/> is set.
    /// </summary>
    void DrawText(string text, TextStyle style, float x, float baseline, bool rightToLeft);

    /// <summary>Draws a straight line.</summary>
    void DrawLine(float x1, float y1, float x2, float y2, Stroke stroke);

    /// <summary>Draws the outline of a rectangle.</summary>
    void DrawRectangle(Area area, Stroke stroke);

    /// <summary>Fills a rectangle.</summary>
    void FillRectangle(Area area, Ink ink);
}

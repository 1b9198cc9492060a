namespace StudyDecks.Pdf.Layout;

/// <summary>A rectangle on a page in points, from its top-left corner; y grows downwards.</summary>
public readonly record struct Area(float X, float Y, float Width, float Height)
{
    /// <summary>The bottom edge.</summary>
    public float Bottom => Y + Height;

    /// <summary>The right edge.</summary>
    public float Right => X + Width;
}

namespace StudyDecks.Pdf.Layout.Paging;

/// <summary>Paper size and margins, in points (1/72 inch).</summary>
public sealed record PageSetup(float Width, float Height, float MarginTop, float MarginRight, float MarginBottom, float MarginLeft)
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    public static PageSetup A4 { get; } = WithMargins(595.276f, 841.89f);

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public static PageSetup Letter { get; } = WithMargins(612f, 792f);

    /// <summary>The area inside the margins, where headers, content and footers go.</summary>
    public Area Body => new(MarginLeft, MarginTop, Width - MarginLeft - MarginRight, Height - MarginTop - MarginBottom);

    // 15 mm top and bottom, 18 mm at the sides: room for a printer's unprintable edge and a staple, no more.
    private static PageSetup WithMargins(float width, float height) => new(width, height, 42.5f, 51f, 36f, 51f);
}

namespace StudyDecks.Pdf.Layout;

/// <summary>A colour as 0xAARRGGBB, with the few shades a printed quiz uses.</summary>
public readonly record struct Ink(uint Argb)
{
    /// <summary>Body text.</summary>
    public static Ink Black { get; } = new(0xFF000000);

    /// <summary>Secondary text: labels, footers, references.</summary>
    public static Ink Grey { get; } = new(0xFF555555);

    /// <summary>Rules and writing lines: visible on paper, quieter than text.</summary>
    public static Ink Rule { get; } = new(0xFF8A8A8A);

    /// <summary>Table header and badge fill.</summary>
    public static Ink Shade { get; } = new(0xFFE8E8E8);
}

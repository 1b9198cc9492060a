namespace StudyDecks.Pdf.Layout;

/// <summary>How a run of text looks. Immutable: derive variants with <c>with</c>.</summary>
/// <param name="Family">Serif or sans.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Bold">Bold weight.</param>
/// <param name="Italic">Italic slant.</param>
/// <param name="LineSpacing">Line height as a multiple of <paramref name="Size"/>.</param>
/// <param name="Ink">Colour.</param>
public sealed record TextStyle(FontFamily Family, float Size, bool Bold = false, bool Italic = false, float LineSpacing = 1.3f, Ink Ink = default)
{
    /// <summary>The colour to draw with (black when none was given).</summary>
    public Ink Colour => Ink == default ? Ink.Black : Ink;

    /// <summary>The distance from one baseline to the next.</summary>
    public float LineHeight => Size * LineSpacing;
}

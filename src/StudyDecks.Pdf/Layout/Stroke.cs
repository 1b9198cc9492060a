namespace StudyDecks.Pdf.Layout;

/// <summary>How a line or an outline is drawn.</summary>
/// <param name="Thickness">Line width in points.</param>
/// <param name="Ink">Colour.</param>
public readonly record struct Stroke(float Thickness, Ink Ink)
{
    /// <summary>A hairline rule.</summary>
    public static Stroke Hairline { get; } = new(0.5f, Ink.Rule);

    /// <summary>A line to write on.</summary>
    public static Stroke Writing { get; } = new(0.6f, Ink.Rule);

    /// <summary>An outline that must read clearly (answer boxes).</summary>
    public static Stroke Outline { get; } = new(0.8f, Ink.Black);
}

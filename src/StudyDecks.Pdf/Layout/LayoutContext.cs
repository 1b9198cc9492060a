namespace StudyDecks.Pdf.Layout;

/// <summary>What every block needs while it is measured and drawn.</summary>
/// <param name="Text">Measures text as the renderer draws it.</param>
/// <remarks>
/// <see cref="BreakKeeps"/> is set only when a kept-together block does not fit even on an empty page: then
/// splitting it is the only way to print it, so the page breaker asks again with keeps released.
/// </remarks>
public sealed record LayoutContext(ITextMeasurer Text)
{
    /// <summary>Whether blocks that normally stay whole may be split.</summary>
    public bool BreakKeeps { get; init; }

    /// <summary>
    /// The height of the body of an empty page. A kept-together block taller than this cannot be kept whole anywhere,
    /// so it starts where it falls instead of leaving the rest of the page empty.
    /// </summary>
    public float PageHeight { get; init; } = float.PositiveInfinity;
}

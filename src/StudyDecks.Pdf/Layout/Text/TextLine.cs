namespace StudyDecks.Pdf.Layout.Text;

/// <summary>One laid-out line of a paragraph.</summary>
/// <param name="Fragments">What the line holds, left to right as drawn.</param>
/// <param name="Width">Width of the line's content.</param>
/// <param name="Height">Line height: the largest of its styles' line heights.</param>
/// <param name="Baseline">Distance from the line's top to its baseline.</param>
public sealed record TextLine(IReadOnlyList<LineFragment> Fragments, float Width, float Height, float Baseline)
{
    /// <summary>Whether the line belongs to a right-to-left paragraph, which starts at the right.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The line's text as drawn (blanks as underscores), for tests and diagnostics.</summary>
    public string Text => string.Concat(Fragments.Select(fragment => fragment.Text ?? "_____"));
}

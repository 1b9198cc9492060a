namespace StudyDecks.Pdf.Layout;

/// <summary>Vertical measures of a font at a size, in points, both positive.</summary>
/// <param name="Ascent">Height above the baseline.</param>
/// <param name="Descent">Depth below the baseline.</param>
public readonly record struct FontMetrics(float Ascent, float Descent);

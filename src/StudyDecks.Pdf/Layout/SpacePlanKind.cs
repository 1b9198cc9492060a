namespace StudyDecks.Pdf.Layout;

/// <summary>How much of a block fits in the space offered to it.</summary>
public enum SpacePlanKind
{
    /// <summary>The block has nothing to draw and takes no space.</summary>
    Empty,

    /// <summary>The whole block fits.</summary>
    FullRender,

    /// <summary>A leading part fits; the rest continues on the next page.</summary>
    PartialRender,

    /// <summary>Nothing useful fits here; move the block to the next page.</summary>
    Wrap,
}

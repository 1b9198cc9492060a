using System.Globalization;

namespace StudyDecks.Pdf.Layout;

/// <summary>The answer of <see cref="IBlock.Measure"/>: what fits in the offered space, and how tall it is.</summary>
/// <param name="Kind">Whether the block fits fully, partly, not at all, or is empty.</param>
/// <param name="Height">Height the fitting part takes (zero for <see cref="SpacePlanKind.Wrap"/> and <see cref="SpacePlanKind.Empty"/>).</param>
/// <param name="WrapReason">Why a block wraps, for layout errors and tests.</param>
public readonly record struct SpacePlan(SpacePlanKind Kind, float Height, string? WrapReason = null)
{
    /// <summary>A block with nothing to draw.</summary>
    public static SpacePlan Empty { get; } = new(SpacePlanKind.Empty, 0);

    /// <summary>The whole block fits in <paramref name="height"/>.</summary>
    public static SpacePlan FullRender(float height) => new(SpacePlanKind.FullRender, height);

    /// <summary>A leading part of the block, <paramref name="height"/> tall, fits.</summary>
    public static SpacePlan PartialRender(float height) => new(SpacePlanKind.PartialRender, height);

    /// <summary>The block must move to the next page.</summary>
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, reason);

    /// <summary>Whether something of the block is drawn here.</summary>
    public bool Draws => Kind is SpacePlanKind.FullRender or SpacePlanKind.PartialRender;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SpacePlanKind.Wrap => $"Wrap ({WrapReason})",
        SpacePlanKind.Empty => "Empty",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Height:0.##}"),
    };
}

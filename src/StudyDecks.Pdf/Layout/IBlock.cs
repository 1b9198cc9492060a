namespace StudyDecks.Pdf.Layout;

/// <summary>
/// One piece of page content in the measure-then-draw model: a block first says how much of it fits in a space
/// (<see cref="Measure"/>), is cut at a page boundary when it only partly fits (<see cref="Split"/>), and is drawn
/// only once its place is known (<see cref="Draw"/>). Blocks are immutable, so a layout can be measured many times.
/// </summary>
public interface IBlock
{
    /// <summary>How much of the block fits in a space <paramref name="width"/> wide and <paramref name="height"/> tall.</summary>
    SpacePlan Measure(LayoutContext context, float width, float height);

    /// <summary>Cuts the block where <see cref="Measure"/> said a partial render ends.</summary>
    /// <remarks>Only called after <see cref="Measure"/> returned <see cref="SpacePlanKind.PartialRender"/> for the same space.</remarks>
    BlockSplit Split(LayoutContext context, float width, float height);

    /// <summary>Draws the whole block in <paramref name="area"/>, which its measure said it fits in.</summary>
    void Draw(IPageCanvas canvas, LayoutContext context, Area area);
}

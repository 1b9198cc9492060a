namespace StudyDecks.Core.Articles;

/// <summary>One block of an article body, as a span of <see cref="Article.Text"/>.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Start">Offset of its first character in the body text.</param>
/// <param name="Length">Its length in characters.</param>
public sealed record ArticleBlock(BlockKind Kind, int Start, int Length)
{
    /// <summary>Offset just past the block's last character.</summary>
    public int End => Start + Length;
}

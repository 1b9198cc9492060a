namespace StudyDecks.Core.Articles;

/// <summary>An imported article: its title and body text, split into blocks, whatever format it came in.</summary>
/// <param name="Id">Short stable id, from the file name (<c>seed-2021-d-isis-rome</c>).</param>
/// <param name="Title">The article's title.</param>
/// <param name="Origin">Where it came from (a <c>Source:</c> line, a canonical URL), if the file says.</param>
/// <param name="Text">The body text: the blocks joined by blank lines. Every offset in StudyDecks refers to this text.</param>
/// <param name="Blocks">The body's paragraphs, headings, list items and quotations, in order, as spans of <paramref name="Text"/>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Format">The format it was read from.</param>
public sealed record Article(
    string Id,
    string Title,
    string? Origin,
    string Text,
    IReadOnlyList<ArticleBlock> Blocks,
    string Sha256,
    ArticleFormat Format)
{
    /// <summary>
    /// The day the article was published, when the file says (a <c>Date:</c> line in text, front matter in Markdown,
    /// a <c>&lt;time&gt;</c> or meta tag in HTML, else a year/month/day path in its <see cref="Origin"/> address): the
    /// anchor of undated dates and of the roles the article names.
    /// </summary>
    public DateOnly? Published { get; init; }

    /// <summary>Number of words in the body.</summary>
    public int Words => WordCounter.Count(Text);

    /// <summary>The text of one block.</summary>
    public string TextOf(ArticleBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Text.Substring(block.Start, block.Length);
    }
}

namespace StudyDecks.Core.Articles;

/// <summary>The file formats StudyDecks reads articles from.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text: title on line 1, an optional <c>Source:</c> line, paragraphs separated by blank lines.</summary>
    PlainText,

    /// <summary>Markdown; the first heading is the title.</summary>
    Markdown,

    /// <summary>An HTML page; only its main text is kept.</summary>
    Html,
}

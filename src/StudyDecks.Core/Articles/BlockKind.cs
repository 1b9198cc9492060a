namespace StudyDecks.Core.Articles;

/// <summary>What a block of an article body is; only paragraphs, list items and quotations carry facts.</summary>
public enum BlockKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A sub-heading: a short line that names a section, not a sentence.</summary>
    Heading,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>A block quotation.</summary>
    Quote,
}

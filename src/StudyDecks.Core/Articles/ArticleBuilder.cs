using System.Text;
using System.Text.RegularExpressions;

namespace StudyDecks.Core.Articles;

/// <summary>Collects an article's blocks while a reader walks its source, normalising white space.</summary>
internal sealed partial class ArticleBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<ArticleBlock> _blocks = [];

    public int BlockCount => _blocks.Count;

    /// <summary>
    /// The date of a dateline that came before every block ("Saturday, October 6, 2007", as a news page prints above its
    /// text): the article's date when its source gives none, and no block of text.
    /// </summary>
    private DateOnly? _dateline;

    /// <summary>
    /// Adds a block, collapsing runs of white space to one space and dropping an encyclopedia's reference marks ("the
    /// Semiconductor Research Corporation.[27]", "[citation needed]": a question asked "….[_____]" for 27, seen on a
    /// Wikipedia biography of round 125); blank blocks are ignored.
    /// </summary>
    public void Add(BlockKind kind, string text)
    {
        var normalised = TextNormalizer.CollapseWhiteSpace(text.Contains('[', StringComparison.Ordinal) ? ReferenceMark().Replace(text, "") : text);
        if (normalised.Length == 0)
        {
            return;
        }

        if (_blocks.Count == 0 && _dateline is null && kind is BlockKind.Paragraph or BlockKind.Heading && PublishedDate.ParseDateline(normalised) is { } date)
        {
            _dateline = date;
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _blocks.Add(new ArticleBlock(kind, _text.Length, normalised.Length));
        _text.Append(normalised);
    }

    /// <summary>The article, dated <paramref name="published"/> as its source says, or else by the dateline above its text.</summary>
    public Article Build(string id, string title, string? origin, string sha256, ArticleFormat format, DateOnly? published) =>
        new(id, TextNormalizer.CollapseWhiteSpace(title), origin, _text.ToString(), _blocks.ToArray(), sha256, format) { Published = published ?? _dateline };

    // "[27]", "[6][7]", "[citation needed]" right after a word or a stop: marks of an encyclopedia's notes, not text.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:)”""'’])(?:\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|when\?|who\?|by whom\?)\])+")]
    private static partial Regex ReferenceMark();
}

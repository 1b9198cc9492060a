using System.Text;

namespace StudyDecks.Core.Articles;

/// <summary>Collects an article's blocks while a reader walks its source, normalising white space.</summary>
internal sealed class ArticleBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<ArticleBlock> _blocks = [];

    public int BlockCount => _blocks.Count;

    /// <summary>Adds a block, collapsing runs of white space to one space; blank blocks are ignored.</summary>
    public void Add(BlockKind kind, string text)
    {
        var normalised = TextNormalizer.CollapseWhiteSpace(text);
        if (normalised.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _blocks.Add(new ArticleBlock(kind, _text.Length, normalised.Length));
        _text.Append(normalised);
    }

    public Article Build(string id, string title, string? origin, string sha256, ArticleFormat format) =>
        new(id, TextNormalizer.CollapseWhiteSpace(title), origin, _text.ToString(), _blocks.ToArray(), sha256, format);
}

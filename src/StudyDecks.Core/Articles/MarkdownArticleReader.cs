using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StudyDecks.Core.Articles;

/// <summary>
/// Reads a Markdown article with Markdig: the first heading is the title, a leading <c>Source:</c> paragraph is the origin,
/// the <c>date:</c> key of YAML front matter is the publication date, code, HTML, front matter and images are dropped,
/// and links keep only their text.
/// </summary>
internal static class MarkdownArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    public static Article Read(string text, string id, string sha256)
    {
        var document = Markdown.Parse(text, Pipeline);
        var builder = new ArticleBuilder();
        string? title = null;
        string? origin = null;
        var published = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter
            ? PublishedDate.Parse(FrontMatterValue(frontMatter, "date"))
            : null;

        foreach (var block in document.Descendants<LeafBlock>())
        {
            var content = block switch
            {
                HeadingBlock or ParagraphBlock => InlineText(block.Inline),
                _ => null, // code, HTML, front matter, rules and tables carry no sentences to ask about
            };
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            if (block is HeadingBlock)
            {
                if (title is null && builder.BlockCount == 0)
                {
                    title = content;
                }
                else
                {
                    builder.Add(BlockKind.Heading, content);
                }

                continue;
            }

            if (origin is null && builder.BlockCount == 0 && content.TrimStart().StartsWith("Source:", StringComparison.OrdinalIgnoreCase))
            {
                origin = content.Trim()["Source:".Length..].Trim();
                continue;
            }

            builder.Add(KindOf(block), content);
        }

        return builder.Build(id, title ?? id, origin, sha256, ArticleFormat.Markdown) with { Published = published };
    }

    /// <summary>
    /// The value of a top-level <c>key: value</c> line of the front matter, without quotes or a trailing comment;
    /// null when the key is missing. Only plain scalars are read: this is no YAML parser.
    /// </summary>
    private static string? FrontMatterValue(YamlFrontMatterBlock frontMatter, string key)
    {
        var lines = frontMatter.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i].Slice.ToString();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]) || !line.AsSpan(0, colon).TrimEnd().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim();
            if (value.Length >= 2 && value[0] is ('"' or '\'') && value[^1] == value[0])
            {
                return value[1..^1];
            }

            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            return comment < 0 ? value : value[..comment];
        }

        return null;
    }

    private static BlockKind KindOf(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case ListItemBlock:
                    return BlockKind.ListItem;
                case QuoteBlock:
                    return BlockKind.Quote;
            }
        }

        return BlockKind.Paragraph;
    }

    private static string InlineText(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    /// <summary>Appends the text of every inline under <paramref name="container"/> in document order.</summary>
    /// <remarks>
    /// Walks with a stack of its own rather than by recursion: emphasis or links nested tens of thousands deep (which
    /// fit well within the size limit) would otherwise exhaust the thread's stack.
    /// </remarks>
    private static void Append(ContainerInline? container, StringBuilder text)
    {
        var pending = new Stack<Inline>();
        PushChildren(container, pending);
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                    break; // an image's alt text is a caption, not article text
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline nested:
                    PushChildren(nested, pending);
                    break;
            }
        }
    }

    /// <summary>Pushes the children of <paramref name="container"/> so that the first is popped first.</summary>
    private static void PushChildren(ContainerInline? container, Stack<Inline> pending)
    {
        for (var child = container?.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }
}

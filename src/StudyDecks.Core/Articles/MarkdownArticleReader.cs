using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StudyDecks.Core.Articles;

/// <summary>
/// Reads a Markdown article with Markdig: the first heading is the title (else the front matter's <c>title:</c>), a leading <c>Source:</c> paragraph is the origin,
/// the <c>date:</c> key of YAML front matter is the publication date, code, HTML, front matter and images are dropped,
/// and links keep only their text.
/// </summary>
internal static partial class MarkdownArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    public static Article Read(string text, string id, string sha256)
    {
        var document = Markdown.Parse(text, Pipeline);
        var builder = new ArticleBuilder();
        string? title = null;
        string? origin = null;
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var published = frontMatter is null ? null : PublishedDate.Parse(FrontMatterValue(frontMatter, "date"));

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

            if (block is ParagraphBlock && BoldLineHeadings(block.Inline) is { } parts)
            {
                foreach (var (isHeading, part) in parts)
                {
                    builder.Add(isHeading ? BlockKind.Heading : KindOf(block), part);
                }

                continue;
            }

            builder.Add(KindOf(block), content);
        }

        // Static-site pages (Jekyll, Hugo) often keep the title only in the front matter.
        title ??= frontMatter is null ? null : FrontMatterValue(frontMatter, "title");
        return builder.Build(id, string.IsNullOrWhiteSpace(title) ? id : title, origin, sha256, ArticleFormat.Markdown, published);
    }

    /// <summary>
    /// The value of a top-level <c>key: value</c> entry of the front matter, without quotes or a trailing comment;
    /// null when the key is missing. A value folded over indented lines is joined, and a double-quoted one has its
    /// escapes read ("\_" a no-break space, "\u2019" a character). Only scalars are read: this is no YAML parser.
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

            var value = new StringBuilder(line[(colon + 1)..].Trim());
            // Only a value begun on the key's line folds: "review:" over indented lines is a mapping, not text.
            for (var next = i + 1; value.Length > 0 && next < lines.Count && lines.Lines[next].Slice.ToString() is { Length: > 0 } folded && char.IsWhiteSpace(folded[0]); next++)
            {
                value.Append(' ').Append(folded.Trim());
            }

            return Scalar(value.ToString());
        }

        return null;
    }

    private static string Scalar(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return TextNormalizer.CollapseWhiteSpace(DoubleQuotedEscape().Replace(value[1..^1], match => match.Groups["code"].Success
                ? ((char)int.Parse(match.Groups["code"].ValueSpan, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)).ToString()
                : match.Groups["char"].Value switch { "_" => "\u00A0", "n" or "t" => " ", var other => other }));
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment < 0 ? value : value[..comment];
    }

    [GeneratedRegex(@"\\(?:u(?<code>[0-9A-Fa-f]{4})|(?<char>.))")]
    private static partial Regex DoubleQuotedEscape();

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

    /// <summary>
    /// "… an inclusive and fair economy.␣␣⏎**Los Angeles Declaration on Migration and Protection**␣␣⏎President Biden
    /// thanked …": a line wholly in bold between hard line breaks is a heading the page wrote as a paragraph's line, and
    /// read as text it runs into the sentence after it (both blind reviewers of set 29). The paragraph's lines, with such
    /// lines as headings; <see langword="null"/> when it has none.
    /// </summary>
    private static List<(bool IsHeading, string Text)>? BoldLineHeadings(ContainerInline? container)
    {
        var lines = new List<List<Inline>> { new() };
        for (var child = container?.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LineBreakInline { IsHard: true })
            {
                lines.Add([]);
            }
            else
            {
                lines[^1].Add(child);
            }
        }

        if (lines.Count < 2 || !lines.Exists(IsBoldLine))
        {
            return null;
        }

        var parts = new List<(bool IsHeading, string Text)>();
        var paragraph = new StringBuilder();
        foreach (var line in lines)
        {
            var text = new StringBuilder();
            var pending = new Stack<Inline>();
            for (var i = line.Count - 1; i >= 0; i--)
            {
                pending.Push(line[i]);
            }

            Drain(pending, text);

            if (IsBoldLine(line))
            {
                Flush(parts, paragraph);
                parts.Add((true, text.ToString().Trim()));
            }
            else
            {
                paragraph.Append(' ').Append(text);
            }
        }

        Flush(parts, paragraph);
        return parts;

        static void Flush(List<(bool IsHeading, string Text)> parts, StringBuilder paragraph)
        {
            if (!string.IsNullOrWhiteSpace(paragraph.ToString()))
            {
                parts.Add((false, paragraph.ToString().Trim()));
            }

            paragraph.Clear();
        }
    }

    /// <summary>A line of nothing but bold text (and spaces around it).</summary>
    private static bool IsBoldLine(List<Inline> line) =>
        line.Exists(inline => inline is EmphasisInline { DelimiterCount: 2 })
        && line.TrueForAll(inline => inline is EmphasisInline { DelimiterCount: 2 } || (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()));

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
        Drain(pending, text);
    }

    /// <summary>Appends the text of the inlines on <paramref name="pending"/> and of everything under them, in order.</summary>
    private static void Drain(Stack<Inline> pending, StringBuilder text)
    {
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal when IsStrayEmphasisMarker(literal.Content.AsSpan()):
                    break;
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

    /// <summary>
    /// "mark** **the occasion": "**" or "__" around nothing but a space is no emphasis to Markdown, and stays as a literal
    /// of its own; it marks nothing in the text either.
    /// </summary>
    private static bool IsStrayEmphasisMarker(ReadOnlySpan<char> content) =>
        content.Length >= 2 && (content.TrimStart('*').IsEmpty || content.TrimStart('_').IsEmpty);

    /// <summary>Pushes the children of <paramref name="container"/> so that the first is popped first.</summary>
    private static void PushChildren(ContainerInline? container, Stack<Inline> pending)
    {
        for (var child = container?.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }
}

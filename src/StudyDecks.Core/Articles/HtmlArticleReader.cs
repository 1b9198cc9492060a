using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StudyDecks.Core.Articles;

/// <summary>
/// Reads the main text of an HTML page with AngleSharp: the <c>article</c> or <c>main</c> element when there is one,
/// without scripts, styles, navigation, headers, footers, asides, figures and captions, forms or hidden parts.
/// The publication date comes from a meta tag (<see cref="DateMetas"/>), else from the first <c>&lt;time datetime&gt;</c>
/// of the main text.
/// </summary>
internal static class HtmlArticleReader
{
    private const string NonContent =
        "script, style, noscript, template, iframe, svg, canvas, nav, aside, footer, form, button, select, figure, figcaption, " +
        "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden], " +
        ".caption, .wp-caption-text, .share, .social, .related, .advert, .ad, .byline, .breadcrumb, .breadcrumbs";

    private const string BlockSelector = "p, h1, h2, h3, h4, h5, h6, li, blockquote, dd, pre";

    /// <summary>Where a <c>&lt;time&gt;</c> dates something other than the article: links to other pages, comments.</summary>
    private const string OtherTimes = "nav, aside, footer, .related, .comments";

    /// <summary>The attribute and value of the meta tags that give the publication date, most specific first.</summary>
    private static readonly (string Attribute, string Value)[] DateMetas =
    [
        ("property", "article:published_time"),
        ("name", "date"),
        ("name", "DC.date"),
        ("itemprop", "datePublished"),
    ];

    public static Article Read(string html, string id, string sha256)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);

        var origin = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");

        var main = document.QuerySelector("article")
            ?? document.QuerySelector("main, [role=main]")
            ?? document.Body
            ?? document.DocumentElement;

        // Read before the clean-up below, which removes the bylines and headers that usually hold the <time>.
        var published = MetaDate(document) ?? TimeDate(main);

        foreach (var element in main.QuerySelectorAll(NonContent).ToArray())
        {
            element.Remove();
        }

        // Page headers are navigation, except the article's own header, which holds its title.
        foreach (var header in main.QuerySelectorAll("header").Where(header => header.QuerySelector("h1") is null).ToArray())
        {
            header.Remove();
        }

        var heading = main.QuerySelector("h1");
        var title = FirstNonBlank(
            heading?.TextContent,
            document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"),
            document.Title,
            id);
        heading?.Remove();

        var builder = new ArticleBuilder();
        foreach (var element in main.QuerySelectorAll(BlockSelector))
        {
            // The innermost block carries the text; a list item or quotation that wraps paragraphs is skipped.
            if (element.QuerySelector(BlockSelector) is not null)
            {
                continue;
            }

            builder.Add(KindOf(element), element.TextContent);
        }

        if (builder.BlockCount == 0)
        {
            foreach (var line in main.TextContent.Split('\n'))
            {
                builder.Add(BlockKind.Paragraph, line);
            }
        }

        return builder.Build(id, title, string.IsNullOrWhiteSpace(origin) ? null : origin.Trim(), sha256, ArticleFormat.Html, published);
    }

    /// <summary>The first meta tag of <see cref="DateMetas"/>, in that order, whose content is a date.</summary>
    private static DateOnly? MetaDate(IDocument document)
    {
        var metas = document.QuerySelectorAll("meta[content]");
        foreach (var (attribute, value) in DateMetas)
        {
            foreach (var meta in metas)
            {
                if (string.Equals(meta.GetAttribute(attribute)?.Trim(), value, StringComparison.OrdinalIgnoreCase)
                    && PublishedDate.Parse(meta.GetAttribute("content")) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>The date of the first <c>&lt;time datetime&gt;</c> in the main text that does not date something else.</summary>
    private static DateOnly? TimeDate(IElement main) =>
        main.QuerySelectorAll("time[datetime]")
            .FirstOrDefault(time => time.Closest(OtherTimes) is null) is { } first
            ? PublishedDate.Parse(first.GetAttribute("datetime"))
            : null;

    private static BlockKind KindOf(IElement element)
    {
        if (element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return BlockKind.Heading;
        }

        if (element.Closest("blockquote") is not null)
        {
            return BlockKind.Quote;
        }

        return element.Closest("li, dd") is not null ? BlockKind.ListItem : BlockKind.Paragraph;
    }

    private static string FirstNonBlank(params string?[] values) =>
        values.First(value => !string.IsNullOrWhiteSpace(value))!.Trim();
}

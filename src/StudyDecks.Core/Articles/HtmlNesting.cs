namespace StudyDecks.Core.Articles;

/// <summary>
/// How deep the elements of an HTML text nest, found by a quick scan of its tags before the real parser runs: the
/// parser checks the whole stack of open elements at each start tag, so 100,000 nested elements take it minutes.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting an article may have: real pages stay well under a hundred.</summary>
    public const int MaximumDepth = 512;

    // Elements that never hold others, or whose end tag may be left out: counting them would overstate the depth.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body",
    };

    /// <summary>Whether the elements nest deeper than <see cref="MaximumDepth"/>; stops scanning as soon as they do.</summary>
    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var tagEnd = html.IndexOf('>', end);
            if (end == start || tagEnd < 0)
            {
                i = end;
                continue;
            }

            var name = html[start..end];
            i = tagEnd + 1;
            if (NotNesting.Contains(name) || html[tagEnd - 1] == '/')
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Raw text: a "<" in a script is no tag.
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
            else if (++depth > MaximumDepth)
            {
                return true;
            }
        }

        return false;
    }
}

namespace StudyDecks.Core.Articles;

/// <summary>
/// Reads the plain-text article format: title on the first line, an optional <c>Source:</c> line,
/// then paragraphs separated by blank lines (lines inside a paragraph are joined).
/// </summary>
internal static class PlainTextArticleReader
{
    private const string SourcePrefix = "Source:";

    public static Article Read(string text, string id, string sha256)
    {
        var lines = text.Split('\n');
        var index = SkipBlank(lines, 0);
        var title = lines[index].Trim();
        index = SkipBlank(lines, index + 1);

        string? origin = null;
        if (index < lines.Length && lines[index].TrimStart().StartsWith(SourcePrefix, StringComparison.OrdinalIgnoreCase))
        {
            origin = lines[index].Trim()[SourcePrefix.Length..].Trim();
            index++;
        }

        var builder = new ArticleBuilder();
        var paragraph = new List<string>();
        for (; index <= lines.Length; index++)
        {
            var line = index < lines.Length ? lines[index].Trim() : string.Empty;
            if (line.Length > 0)
            {
                paragraph.Add(line);
                continue;
            }

            if (paragraph.Count > 0)
            {
                builder.Add(paragraph.Count == 1 && LooksLikeHeading(paragraph[0]) ? BlockKind.Heading : BlockKind.Paragraph, string.Join(' ', paragraph));
                paragraph.Clear();
            }
        }

        return builder.Build(id, title, string.IsNullOrEmpty(origin) ? null : origin, sha256, ArticleFormat.PlainText);
    }

    /// <summary>
    /// A plain-text sub-heading is a short single line that does not end like a sentence:
    /// "ISIS’ Core in Iraq and Syria: Maintaining the Pressure".
    /// </summary>
    internal static bool LooksLikeHeading(string line)
    {
        if (line.Length == 0 || WordCounter.Count(line) > 12)
        {
            return false;
        }

        var last = line[^1];
        return last is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or '\'' or ')' or '…');
    }

    private static int SkipBlank(string[] lines, int index)
    {
        while (index < lines.Length && lines[index].Trim().Length == 0)
        {
            index++;
        }

        return index;
    }
}

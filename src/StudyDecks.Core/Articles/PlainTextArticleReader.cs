using System.Text.RegularExpressions;

namespace StudyDecks.Core.Articles;

/// <summary>
/// Reads the plain-text article format: title on the first line, then optional <c>Source:</c> and <c>Date:</c>
/// header lines in either order, then paragraphs separated by blank lines (lines inside a paragraph are joined). With no
/// <c>Date:</c> line, a first paragraph that is only a date ("Thursday, February 23, 2023") is the article's date; a
/// first paragraph that repeats the title is the page's heading, and is left out.
/// A Markdown link pasted into the text keeps only its words.
/// </summary>
internal static partial class PlainTextArticleReader
{
    private const string SourcePrefix = "Source:";
    private const string DatePrefix = "Date:";

    public static Article Read(string text, string id, string sha256)
    {
        var lines = text.Split('\n');
        var index = SkipBlank(lines, 0);
        var title = lines[index].Trim();
        index = SkipBlank(lines, index + 1);

        string? origin = null;
        string? date = null;
        // The header lines follow one another; the first blank line ends them.
        for (; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (origin is null && line.StartsWith(SourcePrefix, StringComparison.OrdinalIgnoreCase))
            {
                origin = line[SourcePrefix.Length..].Trim();
            }
            else if (date is null && line.StartsWith(DatePrefix, StringComparison.OrdinalIgnoreCase))
            {
                date = line[DatePrefix.Length..].Trim();
            }
            else
            {
                break;
            }
        }

        // The title again as the first paragraph, as a page copied whole gives it: its heading, already the title.
        index = SkipBlank(lines, index);
        if (index + 1 < lines.Length && lines[index].Trim().Equals(title, StringComparison.OrdinalIgnoreCase) && lines[index + 1].Trim().Length == 0)
        {
            index = SkipBlank(lines, index + 1);
        }

        // "Thursday, February 23, 2023" alone before the text: the date a news site prints above it, on a line of its own
        // even when no blank line parts it from the first sentence (a line that starts a new sentence).
        if (date is null && index < lines.Length && (index + 1 >= lines.Length || lines[index + 1].TrimStart() is not [var next, ..] || !char.IsLower(next))
            && PublishedDate.ParseDateline(lines[index]) is { } dateline)
        {
            date = dateline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            index++;
        }
        else if (date is null && index < lines.Length && GluedDateline().Match(lines[index]) is { Success: true } glued
            && PublishedDate.ParseDateline(glued.Groups["date"].Value) is { } gluedDate)
        {
            // "Saturday, June 24, 2006 An epic round …": a dateline run into the first sentence when a page lost its line
            // break is the article's date, not the sentence's opening words.
            date = gluedDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            lines[index] = lines[index][glued.Length..];
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
                var joined = string.Join(' ', paragraph);
                // "implementation of the [March 25 Joint Statement](https://…)": text copied from a web page or a
                // Markdown file keeps the link's address, which no question may show.
                if (joined.Contains("](", StringComparison.Ordinal))
                {
                    joined = MarkdownLink().Replace(joined, "${words}");
                }

                builder.Add(paragraph.Count == 1 && LooksLikeHeading(joined) ? BlockKind.Heading : BlockKind.Paragraph, joined);
                paragraph.Clear();
            }
        }

        return builder.Build(id, title, string.IsNullOrEmpty(origin) ? null : origin, sha256, ArticleFormat.PlainText, PublishedDate.Parse(date));
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

    // A weekday (ParseDateline checks it is one, and the date's), a date with its month's name and a four-digit year,
    // then a capitalised word with no stop between.
    [GeneratedRegex(@"^\s*(?<date>\p{Lu}\p{Ll}+day, (?:\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}+\.? \d{4})) (?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedDateline();

    // "[6G Industry Roadmap](https://nextgalliance.org/…)": the words in brackets, the address in parentheses after them.
    [GeneratedRegex(@"\[(?<words>[^\[\]]+)\]\((?:https?://|www\.|/)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*\)")]
    private static partial Regex MarkdownLink();
}

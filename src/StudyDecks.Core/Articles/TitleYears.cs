using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyDecks.Core.Articles;

/// <summary>The years a title closes with: "Oil Embargo, 1973–1974", "French and Indian War/Seven Years’ War, 1754–63".</summary>
internal static partial class TitleYears
{
    /// <summary>The first and last year of the span the title ends with (a short end year takes the start's century).</summary>
    public static (int From, int To)? Span(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (ClosingSpan().Match(title) is not { Success: true } span)
        {
            return null;
        }

        var from = int.Parse(span.Groups["from"].ValueSpan, CultureInfo.InvariantCulture);
        var end = EndYear(from, span.Groups["to"].Value);
        return end > from ? (from, end) : null;
    }

    /// <summary>The end year of a span written "1754–63" or "1754–1763": a two-digit end takes the start's century.</summary>
    public static int EndYear(int from, string to) =>
        to.Length == 4 ? int.Parse(to, CultureInfo.InvariantCulture) : (from / 100 * 100) + int.Parse(to, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:,| of| in) (?<from>1[0-9]\d\d|20\d\d)[–-](?<to>\d{4}|\d{2})$")]
    private static partial Regex ClosingSpan();
}

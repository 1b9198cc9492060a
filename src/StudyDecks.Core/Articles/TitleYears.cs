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

    /// <summary>
    /// The end year of a span written "1754–63", "1754–1763" or "1645–6": a two-digit end takes the start's century, a
    /// one-digit end its decade.
    /// </summary>
    public static int EndYear(int from, string to) => to.Length switch
    {
        4 => int.Parse(to, CultureInfo.InvariantCulture),
        1 => (from / 10 * 10) + int.Parse(to, CultureInfo.InvariantCulture),
        _ => (from / 100 * 100) + int.Parse(to, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Whether the question names what the title's years date: "the Oil Embargo" or "the embargo" under "Oil Embargo,
    /// 1973–1974". Only then is a year inside the span arguably right for its start or end; "the capture of Fort Fisher"
    /// under "The Blockade of Confederate Ports, 1861–1865" is one event of the span, and the span's other years are its
    /// fair options.
    /// </summary>
    public static bool NamesSubject(string title, string question)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(question);
        if (ClosingSpan().Match(title) is not { Success: true } span)
        {
            return false;
        }

        // "French and Indian War/Seven Years’ War": either name is the subject.
        foreach (var part in title[..span.Index].Split('/'))
        {
            var subject = part.Trim();
            subject = subject.StartsWith("The ", StringComparison.Ordinal) ? subject[4..] : subject;
            if (subject.Length == 0)
            {
                continue;
            }

            // Its head noun after "the" names it too: "the embargo", "the blockade" (of "Blockade of Confederate Ports").
            var of = subject.IndexOf(" of ", StringComparison.Ordinal);
            var lead = of > 0 ? subject[..of] : subject;
            var head = lead[(lead.LastIndexOf(' ') + 1)..];
            if (Analysis.WordSpans.HoldsPhrase(question, subject, StringComparison.OrdinalIgnoreCase) || (head.Length > 2 && char.IsLetter(head[0]) && Analysis.WordSpans.HoldsPhrase(question, "the " + head, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:,| of| in) (?<from>1[0-9]\d\d|20\d\d)[–-](?<to>\d{4}|\d{2})$")]
    private static partial Regex ClosingSpan();

    /// <summary>
    /// Whether the title closes, after a comma, with the year or years its subject took: "The Madrid Conference, 1991",
    /// "Oil Embargo, 1973–1974", "Barbary Wars, 1801–1805 and 1815–1816". That is how an account of a period of history
    /// is titled; a report names its event's year inside the title instead ("Dublin Pride 2018 attracts …").
    /// </summary>
    public static bool ClosesWithPeriod(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return ClosingPeriod().IsMatch(title.TrimEnd());
    }

    // ", 1853", ", 1754–63", ", 1801–1805 and 1815–1816" at the end of the title.
    [GeneratedRegex(@", (?:1[0-9]\d\d|20\d\d)(?:[–-](?:\d{4}|\d{2}))?(?: and (?:1[0-9]\d\d|20\d\d)(?:[–-](?:\d{4}|\d{2}))?)?$")]
    private static partial Regex ClosingPeriod();
}

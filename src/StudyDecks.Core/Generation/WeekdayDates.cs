using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyDecks.Core.Generation;

/// <summary>
/// A news report's weekday made a date by the article's own date ("met in Washington on Monday", dated Tuesday,
/// October 1, 2024 → "on September 30, 2024"), and whether a question rests on such a date.
/// </summary>
internal static partial class WeekdayDates
{
    public const string WeekdayName = Analysis.Weekdays.Pattern;

    /// <summary>
    /// Prepositions whose object a weekday may be without being a time: "with Monday being the Labor Day holiday". Such a
    /// weekday is neither made a date (<see cref="OnWeekday"/>) nor dropped from a stem (SentenceStem).
    /// </summary>
    public const string NonTemporalPrepositions = "with|without|of|for|as|than|like|between";

    /// <summary>The date of the last <paramref name="weekday"/> on or before <paramref name="published"/>: "June 3, 2024".</summary>
    public static string Date(DateOnly published, string weekday)
    {
        var day = Enum.Parse<DayOfWeek>(weekday);
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        return Written(published.AddDays(-back));
    }

    /// <summary>
    /// Whether <paramref name="question"/> gives a date that only the article's date made of a weekday in its sentence
    /// ("met on September 30, 2024" from "met Monday"): a statement resting on it cannot be checked against its source.
    /// </summary>
    public static bool DatesWeekdayOf(string question, string sentence, DateOnly? published)
    {
        if (published is { } day && LeadingYesterday().IsMatch(sentence) && question.Contains(DayBefore(day), StringComparison.Ordinal))
        {
            return true;
        }

        // Most sentences name no weekday: a match object is made only for one that does.
        if (published is not { } date || !OnWeekday().IsMatch(sentence))
        {
            return false;
        }

        foreach (Match match in OnWeekday().Matches(sentence))
        {
            var dated = Date(date, match.Groups["day"].Value);
            if (question.Contains(dated, StringComparison.Ordinal) && !sentence.Contains(dated, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The day before <paramref name="published"/>, written out: what a report's opening "Yesterday" means.</summary>
    public static string DayBefore(DateOnly published) => Written(published.AddDays(-1));

    private static string Written(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Yesterday, …", "Yesterday morning, …" or "Yesterday in …" opening a report: the day before its date.</summary>
    [GeneratedRegex(@"^Yesterday(?: (?:morning|afternoon|evening|night))?(?:, | (?=\p{Ll}))")]
    public static partial Regex LeadingYesterday();

    /// <summary>
    /// "on Monday", "met Monday in …": a weekday a date can stand for (not "last Monday", "Monday night", "the Friday game",
    /// "Friday, November 19th", nor after a preposition other than "on": "with Monday being the Labor Day holiday").
    /// </summary>
    [GeneratedRegex(@"(?:(?<on>\b[Oo]n )|(?<=\b(?!(?:last|this|next|every|each|until|by|since|before|after|from|through|to|on|the|an|" + NonTemporalPrepositions + @")\b)\p{Ll}{2,} ))(?<day>" + WeekdayName + @")\b(?! (?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|and|or)\b)(?![’']s)(?!,? \p{Lu}\p{Ll}+ \d)")]
    public static partial Regex OnWeekday();
}

using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Decks;

namespace StudyDecks.Quiz.Asking;

/// <summary>
/// Reads the magnitude of a numeric, money, percent, year, date or duration option ("$168 million", "12 %",
/// "March 2021", "two years") so such options can be listed in ascending order.
/// </summary>
public static partial class OptionValue
{
    private static readonly string[] DateFormats =
    [
        "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMMM yyyy", "d MMM yyyy", "MMM d, yyyy", "MMM yyyy",
        "yyyy-MM-dd", "yyyy-MM", "yyyy",
    ];

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
        ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["m"] = 1e6, ["mn"] = 1e6, ["billion"] = 1e9,
        ["bn"] = 1e9, ["b"] = 1e9, ["trillion"] = 1e12, ["tn"] = 1e12,
    };

    private static readonly Dictionary<string, double> DurationDays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = 1.0 / 86400, ["minute"] = 1.0 / 1440, ["hour"] = 1.0 / 24, ["day"] = 1, ["week"] = 7,
        ["month"] = 30.44, ["year"] = 365.25, ["decade"] = 3652.5, ["century"] = 36525, ["centurie"] = 36525,
    };

    /// <summary>Whether options of this kind have a natural order.</summary>
    public static bool IsOrdered(AnswerKind kind) =>
        kind is AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent or AnswerKind.Year or AnswerKind.Date or AnswerKind.Duration;

    /// <summary>Sorts the options ascending; false (and no order) when any option has no readable value.</summary>
    public static bool TrySort(IReadOnlyList<string> options, AnswerKind kind, out string[] sorted)
    {
        var values = new List<(string Text, double Value)>(options.Count);
        foreach (var option in options)
        {
            if (!TryRead(option, kind, out var value))
            {
                sorted = [];
                return false;
            }

            values.Add((option, value));
        }

        sorted = values.OrderBy(pair => pair.Value).ThenBy(pair => pair.Text, StringComparer.Ordinal).Select(pair => pair.Text).ToArray();
        return true;
    }

    /// <summary>The magnitude of one option: a count, an amount, a date as days since year 1, a duration in days.</summary>
    public static bool TryRead(string text, AnswerKind kind, out double value)
    {
        var trimmed = text.Trim();
        if (kind == AnswerKind.Date && DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            value = date.Ticks / (double)TimeSpan.TicksPerDay;
            return true;
        }

        var words = WordPattern().Matches(trimmed.ToLowerInvariant()).Select(match => match.Value).ToArray();
        double? number = null;
        var multiplier = 1.0;
        var unitDays = 1.0;
        foreach (var word in words)
        {
            if (double.TryParse(word.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                number = number is null ? parsed : number;
            }
            else if (number is null && NumberWords.TryGetValue(word, out var wordValue))
            {
                number = wordValue;
            }
            else if (number is not null && Multipliers.TryGetValue(word, out var factor))
            {
                multiplier *= factor;
            }
            else if (kind == AnswerKind.Duration && DurationDays.TryGetValue(word.TrimEnd('s'), out var days))
            {
                unitDays = days;
            }
        }

        value = (number ?? 0) * multiplier * unitDays;
        return number is not null;
    }

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?|[a-z]+")]
    private static partial Regex WordPattern();
}

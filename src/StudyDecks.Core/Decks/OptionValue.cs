using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyDecks.Core.Decks;

/// <summary>
/// Reads the quantity an option states — a number, a sum, a percentage, a date, a year or a duration — so numeric
/// options are shown in ascending order (card-quality D11) in every export, printed quiz and console quiz alike.
/// </summary>
public static partial class OptionValue
{
    private static readonly string[] DateFormats =
    [
        "MMMM yyyy", "MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "MMMM d", "d MMMM",
    ];

    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["m"] = 1e6, ["mn"] = 1e6, ["billion"] = 1e9, ["bn"] = 1e9,
        ["b"] = 1e9, ["trillion"] = 1e12, ["tn"] = 1e12,
    };

    // Durations compare in days.
    private static readonly Dictionary<string, double> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = 1.0 / 86400, ["minute"] = 1.0 / 1440, ["hour"] = 1.0 / 24, ["day"] = 1, ["week"] = 7, ["fortnight"] = 14,
        ["month"] = 30.44, ["year"] = 365.25, ["decade"] = 3652.5, ["century"] = 36525,
    };

    /// <summary>Whether options of this kind have a natural order.</summary>
    public static bool IsOrdered(AnswerKind kind) =>
        kind is AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent or AnswerKind.Year or AnswerKind.Date or AnswerKind.Duration or AnswerKind.Time;

    /// <summary>
    /// The options in ascending order of value, or <see langword="null"/> when their kind has no order or any of them
    /// states no quantity (then one odd option would make the order misleading; callers shuffle instead).
    /// </summary>
    public static IReadOnlyList<string>? SortAscending(IReadOnlyList<string> options, AnswerKind kind)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IsOrdered(kind))
        {
            return null;
        }

        var values = new (string Option, double Value)[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            if (!TryRead(options[i], out var value))
            {
                return null;
            }

            values[i] = (options[i], value);
        }

        // Equal values are ordered by their text, so the result never depends on the order they came in.
        return values.OrderBy(pair => pair.Value).ThenBy(pair => pair.Option, StringComparer.Ordinal).Select(pair => pair.Option).ToArray();
    }

    /// <summary>Reads the quantity <paramref name="text"/> states, as a number comparable with options of the same kind.</summary>
    public static bool TryRead(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            value = date.Ticks / (double)TimeSpan.TicksPerDay;
            return true;
        }

        // Shares and times of day come last: reading a share needs the lexicon, which a quiz or an export of plain
        // numbers should not have to load.
        var match = Quantity().Match(trimmed);
        var number = !match.Success ? double.NaN : match.Groups["digits"].Success
            ? double.Parse(match.Groups["digits"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture)
            : Words.GetValueOrDefault(match.Groups["word"].Value, double.NaN);
        if (double.IsNaN(number))
        {
            return TryReadShareOrTime(trimmed, out value);
        }

        if (match.Groups["scale"].Success)
        {
            number *= Scales[match.Groups["scale"].Value];
        }

        if (match.Groups["unit"].Success)
        {
            number *= Units[match.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "centuries" => "century",
                var unit => unit.TrimEnd('s'),
            }];
        }

        value = match.Groups["sign"].Success ? -number : number;
        return true;
    }

    /// <summary>"Almost a third" → 33.3 (a share, as a percentage, like "35%"); "1:33 a.m. EST" → 93 (minutes after midnight).</summary>
    private static bool TryReadShareOrTime(string text, out double value)
    {
        var time = Analysis.QuantityRecognizer.TimeOfDay().Match(text);
        if (time.Success && time.Length == text.Length)
        {
            value = Analysis.QuantityRecognizer.MinutesAfterMidnight(time);
            return true;
        }

        if (Distractors.QuantityForm.Parse(text, Analysis.Lexicon.Default) is { Share: not null } share)
        {
            value = (double)share.Number * 100;
            return true;
        }

        value = 0;
        return false;
    }

    [GeneratedRegex(
        @"^(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|some\s+)?(?<sign>[-−])?(?:US)?[$€£¥]?\s*(?:(?<digits>\d[\d,]*(?:\.\d+)?)|(?<word>[A-Za-z]+))(?:\s*(?<scale>thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b)?\s*(?:%|per\s?cent|percent)?(?:\s*(?<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)\b)?(?:\s*(?:dollars|euros|pounds|people|men|women|troops|deaths|members|countries))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}

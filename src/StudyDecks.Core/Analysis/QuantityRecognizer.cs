using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyDecks.Core.Analysis;

/// <summary>
/// Finds dates, sums of money, percentages and shares ("almost half of", "one in three"), durations, years and counts
/// (with their scale: "two billion", "1.5 million") in a sentence. Earlier kinds win where spans
/// overlap ("June 27, 2021" is one date, not a date and a year). Labels ("Falcon 9", "Complex 40"), ordinals, clock
/// times, scores and malformed figures ("9,00") are recognised so that nothing asks about them.
/// </summary>
internal sealed partial class QuantityRecognizer(Lexicon lexicon)
{
    public void Recognize(Sentence sentence, List<Mention> mentions)
    {
        var text = sentence.Text;
        var taken = new List<(int Start, int End)>();
        // Every pattern but durations and number words needs a digit (\d is any Unicode decimal digit, as is
        // char.IsDigit): most sentences have none, and skipping those scans finds exactly the same mentions.
        var hasDigits = HasDigit(text);
        if (hasDigits)
        {
            foreach (Match match in TimeOfDay().Matches(text))
            {
                TryAdd(sentence, match.Index, match.Length, MentionKind.Time, MinutesAfterMidnight(match), mentions, taken);
            }

            // "launched at 1922 UTC": a time on the 24-hour clock, which no year pattern may take; not asked (options are
            // written on the 12-hour clock).
            foreach (Match match in ClockTime().Matches(text))
            {
                var minutes = (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
                TryAdd(sentence, match.Index, match.Length, MentionKind.Time, minutes, mentions, taken, unusable: true);
            }

            AddDates(sentence, text, mentions, taken);
            foreach (Match match in Money().Matches(text))
            {
                if (IsWeight(text, match.Value))
                {
                    continue;
                }

                TryAdd(sentence, match.Index, match.Length, MentionKind.Money, ParseLeadingNumber(match.Value) * Multiplier(match.Value), mentions, taken);
            }

            foreach (Match match in Percent().Matches(text))
            {
                TryAdd(sentence, match.Index, match.Length, MentionKind.Percent, ParseLeadingNumber(match.Value), mentions, taken);
            }
        }

        AddShares(sentence, text, mentions, taken);
        // Every scale word ends in "illion": most sentences have none, and need no pattern scan.
        foreach (Match match in text.Contains("illion", StringComparison.Ordinal) ? ScaledNumber().Matches(text) : (IEnumerable<Match>)[])
        {
            if (!TryReadAmount(match.Groups["n"].Value, out var value))
            {
                continue;
            }

            TryAdd(sentence, match.Index, match.Length, MentionKind.Number, value * Multiplier(match.Groups["s"].Value), mentions, taken);
        }

        foreach (Match match in MayHoldDuration(text) ? Duration().Matches(text) : (IEnumerable<Match>)[])
        {
            if (!TryReadAmount(match.Groups["n"].Value, out var value))
            {
                continue;
            }

            var after = text.AsSpan(match.Index + match.Length).TrimStart();
            var relative = after.StartsWith("ago", StringComparison.Ordinal) || after.StartsWith("later", StringComparison.Ordinal)
                || after.StartsWith("earlier", StringComparison.Ordinal) || after.StartsWith("old", StringComparison.Ordinal)
                || (after.StartsWith("before", StringComparison.Ordinal) || after.StartsWith("after", StringComparison.Ordinal)) && !AnchoredEvent(after);
            TryAdd(sentence, match.Index, match.Length, MentionKind.Duration, value, mentions, taken, unusable: relative);
        }

        if (hasDigits)
        {
            foreach (Match match in Year().Matches(text))
            {
                // "a survey of 1709 schoolchildren": a four-digit count of people or things, not a year.
                var count = CountBefore().IsMatch(text.AsSpan(0, match.Index)) && PluralAfter().IsMatch(text.AsSpan(match.Index + match.Length));
                // "the asteroid 2024 BX1": a year before a code of capitals and digits is part of a designation; so is one
                // after a minor planet's number, before its capitals ("(29075) 1950 DA", both blind reviewers of set 41).
                var designation = CodeAfter().IsMatch(text.AsSpan(match.Index + match.Length))
                    || (NumberedPlanet().IsMatch(text.AsSpan(0, match.Index)) && LettersAfter().IsMatch(text.AsSpan(match.Index + match.Length)));
                TryAdd(sentence, match.Index, match.Length, count ? MentionKind.Number : MentionKind.Year, int.Parse(match.Value, CultureInfo.InvariantCulture), mentions, taken, unusable: designation || IsLabel(text, match.Index));
            }

            foreach (Match match in Number().Matches(text))
            {
                var digits = match.Groups["n"];
                var malformed = !WellFormed(digits.Value);
                var unusable = malformed || IsLabel(text, match.Index) || IsScoreOrTime(text, digits.Index, digits.Index + digits.Length);
                decimal.TryParse(digits.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value);
                TryAdd(sentence, digits.Index, digits.Length, MentionKind.Number, value, mentions, taken, unusable);
            }
        }

        foreach (Match match in text.AsSpan().IndexOfAny(NumberWordSearch) >= 0 ? NumberWord().Matches(text) : (IEnumerable<Match>)[])
        {
            if (lexicon.NumberWords.TryGetValue(match.Groups["w"].Value, out var value) && value > 1)
            {
                var group = match.Groups["w"];
                TryAdd(sentence, group.Index, group.Length, MentionKind.Number, value, mentions, taken);
            }
        }
    }

    /// <summary>
    /// A share of a group, as a percentage: "Almost half of all children" (50), "one in three adults" (33.3). A
    /// qualifier in front belongs to it ("Almost half"): the options must all say "almost". "Half as much" is a
    /// comparison, not a share, so a part needs "of" after it.
    /// </summary>
    private void AddShares(Sentence sentence, string text, List<Mention> mentions, List<(int Start, int End)> taken)
    {
        foreach (Match match in text.AsSpan().IndexOfAny(SharePieces) >= 0 ? Share().Matches(text) : (IEnumerable<Match>)[])
        {
            var share = match.Groups["f"].Value;
            if (FractionValue(share) is not { } value || !match.Groups["of"].Success && !share.StartsWith("one in ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "the first half of the 19th century", "the latter half of the war": a stretch of time, not a share.
            if (WordBefore(text, match.Index) is { Length: > 0 } before && (lexicon.ReferenceWords["ordinal"].Contains(before) || lexicon.ReferenceWords["relative-ordinal"].Contains(before)))
            {
                continue;
            }

            var end = match.Groups["f"].Index + match.Groups["f"].Length;
            TryAdd(sentence, match.Index, end - match.Index, MentionKind.Percent, Math.Round(value * 100, 1), mentions, taken);
        }
    }

    /// <summary>The lower-case word right before <paramref name="index"/>, or an empty string.</summary>
    private static string WordBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }

    /// <summary>"1:33 a.m." → 93; "12 p.m." → 720; "12:15 a.m." → 15.</summary>
    internal static int MinutesAfterMidnight(Match time)
    {
        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture) % 12;
        var minute = time.Groups["m"].Success ? int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var afternoon = char.ToLowerInvariant(time.Groups["ap"].Value[0]) == 'p';
        return ((hour + (afternoon ? 12 : 0)) * 60) + minute;
    }

    private decimal? FractionValue(string share)
    {
        foreach (var (name, value) in lexicon.Fractions)
        {
            if (string.Equals(name, share, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private void AddDates(Sentence sentence, string text, List<Mention> mentions, List<(int Start, int End)> taken)
    {
        foreach (var regex in (ReadOnlySpan<Regex>)[MonthDayYear(), DayMonthYear(), MonthYear()])
        {
            foreach (Match match in regex.Matches(text))
            {
                if (!lexicon.Months.TryGetValue(match.Groups["m"].Value, out _))
                {
                    continue;
                }

                var yearGroup = match.Groups["y"];
                var value = yearGroup.Success ? int.Parse(yearGroup.Value, CultureInfo.InvariantCulture) : 0;
                TryAdd(sentence, match.Index, match.Length, MentionKind.Date, value, mentions, taken);
            }
        }
    }

    private static void TryAdd(Sentence sentence, int index, int length, MentionKind kind, decimal value, List<Mention> mentions, List<(int Start, int End)> taken, bool unusable = false)
    {
        var end = index + length;
        foreach (var (start, stop) in taken)
        {
            if (index < stop && start < end)
            {
                return;
            }
        }

        taken.Add((index, end));
        mentions.Add(new Mention(kind, sentence.Start + index, sentence.Start + end, sentence.Text.Substring(index, length)) { Value = value, IsUnusable = unusable });
    }

    /// <summary>
    /// Whether the text holds a piece of every unit word of <see cref="Duration"/>, so that one vectorised scan rules out
    /// most sentences. The pieces leave out "k", "s" and "i", whose case-insensitive matches include non-ASCII letters
    /// (the Kelvin sign, the long s, the dotless i): any text the pattern matches holds one of them.
    /// </summary>
    private static bool MayHoldDuration(string text) => text.AsSpan().IndexOfAny(DurationUnitPieces) >= 0;

    private static readonly System.Buffers.SearchValues<string> DurationUnitPieces =
        System.Buffers.SearchValues.Create(["econd", "nute", "hour", "day", "wee", "month", "year", "decade", "centur"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A piece of every share <see cref="Share"/> matches ("half", "a third", "one in four"), for a vectorised pre-scan.</summary>
    private static readonly System.Buffers.SearchValues<string> SharePieces =
        System.Buffers.SearchValues.Create(["alf", "third", "quarter", "fifth", "tenth", "ne in "], StringComparison.Ordinal);

    /// <summary>The words <see cref="NumberWord"/> looks for, as one vectorised scan that rules out most sentences.</summary>
    private static readonly System.Buffers.SearchValues<string> NumberWordSearch =
        System.Buffers.SearchValues.Create(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty"], StringComparison.Ordinal);

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"31,000" and "1,709" are well formed; "9,00" is a typo that must not be asked about.</summary>
    private static bool WellFormed(string digits)
    {
        var groups = digits.Split(',');
        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3)
            {
                return false;
            }
        }

        return groups[0].Length is >= 1 and <= 3 || groups.Length == 1;
    }

    /// <summary>
    /// "five minutes after launch", "two years before the election": the sentence names the event the span is counted
    /// from, so it is a fact; a bare "two days after," or "after that" counts from something outside the sentence.
    /// </summary>
    private static bool AnchoredEvent(ReadOnlySpan<char> after)
    {
        var space = after.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        var next = after[(space + 1)..];
        var end = next.IndexOfAny(' ', ',', '.');
        var word = end < 0 ? next : next[..end];
        return word.Length > 2 && char.IsLower(word[0]) && word is not "that" and not "this" and not "which" and not "then" and not "it" and not "they" and not "he" and not "she";
    }

    /// <summary>A number right after a capitalised word names a thing ("Falcon 9", "Complex 40", "Article 5").</summary>
    private bool IsLabel(string text, int index)
    {
        var i = index - 1;
        if (i < 0 || text[i] is not (' ' or '-'))
        {
            return false;
        }

        var end = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return end > i && char.IsUpper(text[i]) && !lexicon.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, end - i));
    }

    private static bool IsScoreOrTime(string text, int start, int end)
    {
        var after = text.AsSpan(end);
        var before = text.AsSpan(0, start);
        return after.StartsWith(":", StringComparison.Ordinal) || before.EndsWith(":", StringComparison.Ordinal)
            || after.StartsWith(" – ", StringComparison.Ordinal) || after.StartsWith(" - ", StringComparison.Ordinal)
            || before.EndsWith(" – ", StringComparison.Ordinal) || before.EndsWith(" - ", StringComparison.Ordinal)
            || after.StartsWith("–", StringComparison.Ordinal) || before.EndsWith("–", StringComparison.Ordinal)
            || after.StartsWith("th", StringComparison.Ordinal) || after.StartsWith("st ", StringComparison.Ordinal)
            || after.StartsWith("nd ", StringComparison.Ordinal) || after.StartsWith("rd ", StringComparison.Ordinal);
    }

    /// <summary>An amount written in figures ("1.5") or as a number word ("two").</summary>
    private bool TryReadAmount(string amount, out decimal value)
    {
        if (lexicon.NumberWords.TryGetValue(amount, out var word))
        {
            value = word;
            return true;
        }

        return decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    internal static decimal ParseLeadingNumber(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] == ',' || (text[end] == '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
        {
            end++;
        }

        return decimal.TryParse(text.AsSpan(start, end - start), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    /// <summary>
    /// "47.5 pounds" is a weight: pounds are money only where the sentence names the currency ("£", "sterling"). Dollars,
    /// euros and yen are currencies by name alone.
    /// </summary>
    private static bool IsWeight(string sentence, string money) =>
        money.EndsWith("pounds", StringComparison.Ordinal)
        && !sentence.Contains('£', StringComparison.Ordinal) && !sentence.Contains("sterling", StringComparison.OrdinalIgnoreCase);

    private static decimal Multiplier(string money) =>
        money.Contains("trillion", StringComparison.Ordinal) ? 1_000_000_000_000m
        : money.Contains("billion", StringComparison.Ordinal) ? 1_000_000_000m
        : money.Contains("million", StringComparison.Ordinal) ? 1_000_000m
        : money.Contains("thousand", StringComparison.Ordinal) ? 1_000m
        : 1m;

    [GeneratedRegex(@"(?<!\w)(?:(?:US|A|C|NZ|HK)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion|thousand))?|\d[\d,]*(?:\.\d+)?\s(?:million\s|billion\s)?(?:dollars|euros|pounds|yen))")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:of|than|about|some|nearly|almost|over|around|roughly|approximately|least) $")]
    private static partial Regex CountBefore();

    // "1709 schoolchildren"; "roughly 2000 Thai and 74 Malaysian stores": a people's adjective may stand between.
    [GeneratedRegex(@"^(?: \p{Lu}\p{Ll}+(?: and [\d,]+ \p{Lu}\p{Ll}+)?)? \p{Ll}*(?:s|children|people|men|women)\b")]
    private static partial Regex PluralAfter();

    /// <summary>A time of day on the 12-hour clock, with its time zone if one follows: "1:33 a.m. EST", "9 p.m.", "10:30am".</summary>
    [GeneratedRegex(@"(?<![\w:.,])(?<h>1[0-2]|0?[1-9])(?::(?<m>[0-5]\d))?\s?(?<ap>[ap]\.m\.|[ap]m\b|[AP]M\b)(?:\s(?<tz>[A-Z]{1,4}T|UTC|GMT)\b)?")]
    internal static partial Regex TimeOfDay();

    /// <summary>A time on the 24-hour clock with its zone after it: "1922 UTC", "14:30 GMT", "0800 local time".</summary>
    [GeneratedRegex(@"(?<![\w:.,$€£-])(?<h>[01]\d|2[0-3]):?(?<m>[0-5]\d)\s(?:UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|NZST|NZDT|local time)\b")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?<![\w-])(?:(?:[Aa]lmost|[Nn]early|[Aa]bout|[Aa]round|[Rr]oughly|[Oo]ver|[Uu]nder|[Mm]ore than|[Ll]ess than|[Jj]ust (?:over|under)|[Ss]ome) )?(?<f>(?:[Hh]alf|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our) (?:third|quarter|fifth|tenth)s?|[Oo]ne in \p{L}+))(?<of> of\b)?")]
    private static partial Regex Share();

    // A count with its scale word: "two billion people", "1.5 million". A sum ("$2 billion") is money, found first.
    [GeneratedRegex(@"(?<![\w$€£.,-])(?<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\s(?<s>million|billion|trillion)\b")]
    private static partial Regex ScaledNumber();

    /// <summary>"75 percent", "12%", "2.5 per cent": a share written as a figure.</summary>
    [GeneratedRegex(@"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)")]
    internal static partial Regex Percent();

    [GeneratedRegex(@"(?<![\w–-])(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s(?<u>(?:second|minute|hour|day|week|month|year|decade)s?|centur(?:y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<![\w$€£.,/-])(?:1[6-9]\d\d|20\d\d)(?![\w%]|[.,]\d)")]
    private static partial Regex Year();

    // " BX1", " QE2": a code of capitals and digits, both, as a word of its own.
    [GeneratedRegex(@"^ (?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{2,8}\b")]
    private static partial Regex CodeAfter();

    [GeneratedRegex(@"\(\d+\) $")]
    private static partial Regex NumberedPlanet();

    [GeneratedRegex(@"^ [A-Z]{1,2}\d*\b")]
    private static partial Regex LettersAfter();

    [GeneratedRegex(@"(?<![\w$€£.,:/–])(?<n>\d{1,3}(?:,\d+)+|\d+(?:\.\d+)?)(?![\d%\p{L}’']|\.\d|,\d)")]
    private static partial Regex Number();

    // A number word counts something only when a noun follows ("three ISIS teams", "ten Arab states").
    [GeneratedRegex(@"(?<![\w-])(?<w>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)(?=\s(?!of\b|or\b|and\b|to\b|in\b|times\b|a\b|the\b|million\b|billion\b|trillion\b|thousand\b|hundred\b)\w)")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"(?:(?<wd>\p{Lu}\p{Ll}+day),\s)?(?<m>\p{Lu}\p{Ll}{2,8})\.?\s(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d)(?:,?\s(?<y>1[6-9]\d\d|20\d\d)(?!\d))?")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d])(?<d>[0-3]?\d)\s(?<m>\p{Lu}\p{Ll}{2,8})(?:\s(?<y>1[6-9]\d\d|20\d\d))?(?!\w)")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<m>\p{Lu}\p{Ll}{2,8})\.?\s(?<y>1[6-9]\d\d|20\d\d)(?!\d)")]
    private static partial Regex MonthYear();
}

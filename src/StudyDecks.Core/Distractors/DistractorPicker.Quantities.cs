using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Distractors;

/// <summary>Numeric distractors: same unit and form as the key, within ×0.5–×2 of it (years within ten years), sorted.</summary>
internal sealed partial class DistractorPicker
{
    private static readonly decimal[] Factors = [0.6m, 0.75m, 1.3m, 1.5m, 0.7m, 1.25m, 1.75m, 0.8m, 1.6m, 0.65m, 1.4m, 2m, 0.5m];

    // "$343.5 billion" was offered $171.8, $549.6 and $687.0 billion: half, 1.6 times and twice the key, which a student
    // works back to the one value every option is a multiple of (a blind reviewer of round 111). A figure of three or more
    // significant digits takes factors no one divides out by eye.
    private static readonly decimal[] UnevenFactors = [0.63m, 0.77m, 1.31m, 1.47m, 0.71m, 1.27m, 1.73m, 0.83m, 1.58m, 0.67m, 1.42m, 1.87m, 0.56m];

    private void QuantityDistractors(AnswerSpec answer, OptionRules rules, Random random)
    {
        if (answer.Kind == AnswerKind.Date)
        {
            DateDistractors(answer, random);
            return;
        }

        if (answer.Kind == AnswerKind.Time)
        {
            TimeDistractors(answer, random);
            return;
        }

        var form = QuantityForm.Parse(answer.Text, lexicon);
        if (form is null || form.Number <= 0)
        {
            return;
        }

        var year = answer.Kind == AnswerKind.Year;
        var key = form.Number;
        // "The _____ Oil Embargo" under "Oil Embargo, 1973–1974": an answer at one end of the span its title gives was
        // asked with the line's years taken away, and a year inside the span is arguably right too (1974, or 1756 for
        // when the French and Indian War "began": blind reviewers, rounds 51 and 52). Only when the question names the
        // title's subject: "the capture of Fort Fisher in _____" under "…, 1861–1865" is one event of the span, and takes
        // its options inside it, not after the war had ended (blind reviewers, set 23).
        var span = year && pools.TitleSpan(answer.ArticleId) is var (from, to) && (key == from || key == to) && Articles.TitleYears.NamesSubject(pools.Title(answer.ArticleId), answer.Stem)
            ? (From: from, To: to)
            : ((int From, int To)?)null;
        // "The French and Indian War began in 1754 and ended … in _____": an option before 1754, or one outside the years
        // the title line spans, breaks the order the question names, and the linter would turn the whole card away.
        // The title is left out for an answer at one end of its span: the line loses its years (StemRepairs), and the span
        // inside is ruled out already.
        var order = year ? new Quality.CardLinter.NamedOrder(answer.Stem, span is null ? pools.Title(answer.ArticleId) : null, answer.Text, AnswerKind.Year) : null;
        // A share is at most 100 %; a level past it ("power up to the 111% level … for additional thrust") is offered only
        // levels past it too, which 80 % is not (both blind reviewers of set 26: ruled out by the sentence).
        var percent = answer.Kind == AnswerKind.Percent;
        bool OtherSideOfAHundred(decimal value) => percent && (value <= 100) != (key <= 100);
        // "died aged _____": a person's age, where 138 is absurd and 40 for 79 is told apart by a glance (both blind
        // reviewers of set 33); ages are offered a few years either side, never past a long life.
        var age = !year && form.Decimals == 0 && !form.IsScaled && AgeSlot().IsMatch(answer.Stem);
        // "increase by either 49 percent or by _____" (27 percent): options nearer the 49 the question gives than the answer
        // (46, 47, 50) gather round it and leave the answer the odd one out (both blind reviewers of round 77).
        // Not a figure as near the answer as its neighbours ("the Conservatives with 34% of the vote and Labour _____", 33%):
        // ruling out everything nearer 34 leaves the answer the highest option, next to it (both blind reviewers of round
        // 117: given away).
        var stemFigures = year ? [] : FiguresOf(answer.Stem).FindAll(figure => Math.Abs(figure - key) > Math.Abs(key) * CloseFigureShare);
        bool NearerAFigureOfTheStem(decimal value) => stemFigures.Exists(figure => Math.Abs(value - figure) < Math.Abs(value - key));
        // Nor on the other side of the span: "By spring _____, the Berlin Airlift proved successful" (1949, under "The
        // Berlin Airlift, 1948–1949") offered 1943, 1945 and 1947, before the airlift began (both blind reviewers of
        // round 78): the end of a span takes options after it, its start options before it.
        bool OutsideSpanOnItsSide(decimal value) => span is var (low, high) && (key == high ? value <= high : value >= low);
        // "By the time of the Korean War armistice in _____" (1953): the war ran from 1950, and 1945, 1947 or 1949 is ruled
        // out by anyone who knows when it began (both blind reviewers of round 115: weak options). A year inside the span of
        // a war or revolution the question names takes options inside it, when the span holds enough of them.
        var eventSpan = year && span is null && answer.WithinNamedEvent && key == decimal.Truncate(key) && key is >= 1 and <= 9999
            && Knowledge.EventSpans.Default.Around(answer.Stem, (int)key) is var (first, last) && last - first >= Count
            ? (First: first, Last: last)
            : ((int First, int Last)?)null;
        bool OutsideTheEvent(decimal value) => eventSpan is var (start, end) && (value < start || value > end);
        // "… the end of World War I, after which Poland regained its status as an independent country in _____" (1918):
        // 1915 and 1916 fall before the end the question puts first (both blind reviewers of round 118: given away).
        var earlierEnd = year && key == decimal.Truncate(key) && key is >= 1 and <= 9999 ? Knowledge.EventSpans.Default.EndBefore(answer.Stem, (int)key) : null;
        bool BeforeAnEventAsked(decimal value) => earlierEnd is { } ended && value < ended;
        // "About how many people had been killed …?" (the source's "More than 50"): an option within a fifth of the key is
        // as near the truth as it, and one above a lower bound ("more than", "at least") is what the bound says, unless it
        // is half as many again (51 for "more than 50": both blind reviewers of round 145, two right answers).
        // So is a blank the stem itself calls approximate: "About _____ people have been killed".
        var approximate = !year && (answer.Stem.StartsWith("About how ", StringComparison.Ordinal) || Quality.CardLinter.ApproximateBlank().IsMatch(answer.Stem));
        var lowerBound = approximate && LowerBoundBefore(answer.Context, answer.Text);
        bool AsNearAsTheKey(decimal value) => approximate && (Math.Abs(value - key) < key * ApproximateShare || (lowerBound && value > key && value < key * 1.5m));
        // Nor two options as near each other: 25 and 26 beside "about 50" make a pair a student sets aside together (both
        // blind reviewers of round 147).
        var approximateOffered = new List<decimal>();
        bool CrowdsAnOption(decimal value) => approximate && approximateOffered.Exists(other => Math.Abs(other - value) < key * ApproximateShare);
        bool RuledOut(decimal value) => AsNearAsTheKey(value) || CrowdsAnOption(value) || OutsideSpanOnItsSide(value) || OutsideTheEvent(value) || BeforeAnEventAsked(value) || order?.BreaksYear(key, value) == true || OtherSideOfAHundred(value)
            || (age && (value < 1 || value > MaxAge)) || NearerAFigureOfTheStem(value);
        // "the 1920 election of Warren Harding": 1910 or 1926 had no presidential election; "the 1890 census": 1886 or 1889
        // had no census (both blind reviewers of set 27). Every option keeps the event's step.
        var period = year ? Quality.CardLinter.EventPeriod(answer.Context, lexicon) : 0;
        // At most two from the text are offered (Choose): one computed value keeps the set from being all "real"
        // numbers a student saw. The walk stops at a few that the rules could take: a long article has thousands of figures.
        var fromText = 0;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in MentionKindOf(answer.Kind) is { } kind ? pools.Quantities(answer.ArticleId, kind) : [])
        {
            if (fromText >= MaxFromText + Decks.Card.MaxSpares)
            {
                break;
            }

            var other = pools.FormOf(mention, lexicon);
            if (other is null || other.Unit != form.Unit || other.IsWord != form.IsWord || other.Number == key || !Near(key, other.Number, year)
                || (period > 0 && (other.Number - key) % period != 0) || RuledOut(other.Number))
            {
                continue;
            }

            if (form.GroupsDigitsAs(other) && tried.Add(mention.Text) && rules.Accepts(mention.Text, NoneChosen))
            {
                Offer(mention.Text, pools.IsOwnQuantity(answer.ArticleId, mention) ? OptionOrigin.Article : OptionOrigin.Deck, fromText: true);
                approximateOffered.Add(other.Number);
                fromText++;
            }
        }

        var computed = new List<decimal>();
        if (period > 0)
        {
            foreach (var steps in (ReadOnlySpan<int>)[-1, 1, -2, 2])
            {
                computed.Add(key + (steps * period));
            }
        }
        else if (age)
        {
            foreach (var offset in (ReadOnlySpan<int>)[-7, 4, -4, 7, -3, 9, 3, -9, 6, -6])
            {
                computed.Add(key + offset);
            }
        }
        else if (year)
        {
            foreach (var offset in (ReadOnlySpan<int>)[-3, 2, -2, 3, -5, 4, -1, 1, 5, -4, 6, -6])
            {
                computed.Add(key + offset);
            }
        }
        else if (form.Share is not null)
        {
            // A share is written as a fraction: its distractors are the other fractions of its style nearby.
            foreach (var value in form.ShareValues(lexicon))
            {
                if (value != key && Near(key, value, year) && !computed.Contains(value))
                {
                    computed.Add(value);
                }
            }
        }
        else
        {
            var step = Step(key, form.Decimals);
            // "10 per cent", "an approximate 10-year lifespan": beside a round figure, 11, 12 and 13 stand out; its
            // options are round too.
            var round = key >= 5 && key % 5 == 0 && form.Decimals == 0;
            var precise = key / step >= 100;
            foreach (var factor in precise ? UnevenFactors : Factors)
            {
                var value = Math.Round(key * factor / step, MidpointRounding.AwayFromZero) * step;
                if (round && value % 5 != 0)
                {
                    continue;
                }

                if (value > (key >= 2 && !form.IsScaled ? 1 : 0) && value != key && Near(key, value, year) && !computed.Contains(value) && !OtherSideOfAHundred(value))
                {
                    computed.Add(value);
                }
            }

            if (key <= 12)
            {
                // Never 1 for a count of several ("one polarimeter instruments"); "one year" is fine for a duration.
                var lowest = answer.Kind == AnswerKind.Duration || form.IsScaled ? 1 : 2;
                for (var value = Math.Max(lowest, Math.Ceiling(key / 2)); value <= key * 2; value++)
                {
                    if (value != key && !computed.Contains(value) && !(round && value % 5 != 0))
                    {
                        computed.Add(value);
                    }
                }
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(computed));
        foreach (var value in computed)
        {
            if (!RuledOut(value) && form.Format(value, lexicon) is { } text)
            {
                Offer(text, OptionOrigin.Computed);
                approximateOffered.Add(value);
            }
        }
    }

    /// <summary>Numeric options in ascending order (D11): numbers and sums by value, dates by the calendar, times by the clock.</summary>
    private void SortByValue(AnswerKind kind, List<string> chosen)
    {
        switch (kind)
        {
            case AnswerKind.Date:
                var dates = chosen.ToDictionary(option => option, DateKey, StringComparer.Ordinal);
                chosen.Sort((a, b) => dates[a].CompareTo(dates[b]));
                break;
            case AnswerKind.Time:
                chosen.Sort((a, b) => QuantityRecognizer.MinutesAfterMidnight(QuantityRecognizer.TimeOfDay().Match(a)).CompareTo(QuantityRecognizer.MinutesAfterMidnight(QuantityRecognizer.TimeOfDay().Match(b))));
                break;
            case AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent or AnswerKind.Year or AnswerKind.Duration:
                // Each option parsed once, not once per comparison.
                var numbers = chosen.ToDictionary(option => option, option => QuantityForm.Parse(option, lexicon)?.Number ?? 0, StringComparer.Ordinal);
                chosen.Sort((a, b) => numbers[a].CompareTo(numbers[b]));
                break;
        }
    }

    private static bool Near(decimal key, decimal value, bool year) =>
        year ? Math.Abs(key - value) <= 10 : value >= key / 2 && value <= key * 2;

    /// <summary>The rounding step that keeps a computed value as round as the key: 130 → 10, 31,000 → 1,000, 9 → 1.</summary>
    private static decimal Step(decimal key, int decimals)
    {
        if (decimals > 0)
        {
            return 1m / (decimal)Math.Pow(10, decimals);
        }

        var step = 1m;
        var value = decimal.Truncate(key);
        while (value >= 100 && value % (step * 10) == 0)
        {
            step *= 10;
        }

        // Keep two significant digits at most for large round numbers.
        return step;
    }

    // The pools hold only numbers, sums, percentages, years, dates and durations: one mention kind per answer kind.
    private static MentionKind? MentionKindOf(AnswerKind kind) => kind switch
    {
        AnswerKind.Number => MentionKind.Number,
        AnswerKind.Money => MentionKind.Money,
        AnswerKind.Percent => MentionKind.Percent,
        AnswerKind.Year => MentionKind.Year,
        AnswerKind.Date => MentionKind.Date,
        AnswerKind.Duration => MentionKind.Duration,
        _ => null,
    };

    private void DateDistractors(AnswerSpec answer, Random random)
    {
        var match = DateShape().Match(answer.Text);
        if (!match.Success || !lexicon.Months.TryGetValue(match.Groups["m"].Value, out var month))
        {
            return;
        }

        var hasDay = match.Groups["d"].Success;
        var day = hasDay ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        var hasYear = match.Groups["y"].Success;
        var year = hasYear ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : 0;
        var candidates = new List<(int Month, int Day, int Year)>();
        foreach (var shift in (ReadOnlySpan<int>)[-2, 1, -1, 2, 3, -3, 4, -4])
        {
            var m = month + shift;
            var y = year;
            if (m < 1)
            {
                m += 12;
                y--;
            }
            else if (m > 12)
            {
                m -= 12;
                y++;
            }

            if (!hasYear && y != year)
            {
                continue;
            }

            // "March 31" beside "February 28" and "April 28" stands out as the one date of its day: a month without the
            // answer's day is left out, so every option keeps it.
            if (day > DaysIn(m, y))
            {
                continue;
            }

            candidates.Add((m, day, y));
        }

        // "Sep 26, 1984" is offered "Jul 26, 1984", not "July 26, 1984": an answer whose month alone is short stands out.
        var monthText = match.Groups["m"].Value;
        // "Sept. 29, 2022" too: a short month of four letters; its options in the short form stand beside it (blind
        // reviewers of set 25 saw "Sept. 29" among "November 29" and "June 29").
        var shortMonths = monthText.Length is 3 or 4 && monthText.Length < lexicon.MonthNames[month - 1].Length;
        var monthDot = shortMonths && answer.Text.AsSpan(match.Groups["m"].Index + monthText.Length).StartsWith(".", StringComparison.Ordinal) ? "." : "";
        // "Feb. 20" is offered "May 20", not "May. 20": a name of three letters is never cut, so takes no period.
        string Month(int number) => shortMonths ? lexicon.MonthNames[number - 1][..3] + (lexicon.MonthNames[number - 1].Length > 3 ? monthDot : "") : lexicon.MonthNames[number - 1];
        // "Tuesday, Feb. 13, 2024" is offered "Saturday, Jan. 13, 2024": an answer with its weekday stands out among options
        // without one, so each option takes its own, computed from its date (which needs its year).
        var weekday = match.Groups["weekday"].Success;
        if (weekday && !(hasDay && hasYear && year is >= 1 and <= 9999))
        {
            return;
        }

        // "October 2 2018", as a source may write it, is offered "July 2 2018": a comma only the options have marks the answer.
        var yearComma = hasDay && hasYear && answer.Text.AsSpan(match.Groups["d"].Index, match.Groups["y"].Index - match.Groups["d"].Index).Contains(',') ? "," : "";
        string Written((int Month, int Day, int Year) date) => (weekday ? $"{new DateOnly(date.Year, date.Month, date.Day).DayOfWeek}, " : "") + (hasDay, hasYear, match.Groups["dayFirst"].Success) switch
        {
            (true, true, true) => $"{date.Day} {Month(date.Month)} {date.Year}",
            (true, true, false) => $"{Month(date.Month)} {date.Day}{yearComma} {date.Year}",
            (true, false, _) => $"{Month(date.Month)} {date.Day}",
            _ => $"{Month(date.Month)} {date.Year}",
        };
        var order = new Quality.CardLinter.NamedOrder(answer.Stem, null, answer.Text, AnswerKind.Date);
        bool BreaksOrder((int Month, int Day, int Year) date) => order.BreaksDay(Written(date));

        // Other months first: options a few days apart test only the exact day, which reviewers judged trivia; days of
        // the same month come only when the months give too few. But when the question names a day within a month of
        // the answer ("opened _____, and ended on November 4"), the other months are the ones implausible (a conference
        // months long: both reviewers of round 54), and days of the answer's month come first.
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates));
        if (hasDay)
        {
            var bounded = candidates.Exists(date => Math.Abs(((date.Year * 12) + date.Month) - ((year * 12) + month)) == 1 && BreaksOrder(date));
            var sameMonth = new List<(int Month, int Day, int Year)>();
            foreach (var shift in bounded ? (ReadOnlySpan<int>)[-3, -5, -7, -9, 3, 5, -12] : [-7, 5, 10, -12])
            {
                var d = day + shift;
                if (d >= 1 && d <= DaysIn(month, year))
                {
                    sameMonth.Add((month, d, year));
                }
            }

            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sameMonth));
            candidates.InsertRange(bounded ? 0 : candidates.Count, sameMonth);
        }

        foreach (var date in candidates)
        {
            // "began in _____ and culminated … on January 18, 1974": no option after the day the question names next.
            if (!BreaksOrder(date))
            {
                Offer(Written(date), OptionOrigin.Computed);
            }
        }
    }

    /// <summary>The days of the month in the year; a leap year's when the year is not known.</summary>
    private static int DaysIn(int month, int year) => DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month);

    private int DateKey(string text)
    {
        var match = DateShape().Match(text);
        var month = lexicon.Months.GetValueOrDefault(match.Groups["m"].Value);
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : 0;
        return (year * 10000) + (month * 100) + day;
    }

    [GeneratedRegex(@"^(?:(?<weekday>\p{L}+day),\s)?(?:(?<dayFirst>(?<d>\d{1,2})\s(?<m>\p{L}+))|(?<m>\p{L}+)\.?(?:\s(?<d>\d{1,2}))?)(?:,?\s(?<y>\d{4}))?$")]
    private static partial Regex DateShape();

    /// <summary>How near the answer, as a share of it, a figure of the stem is its neighbour rather than another value.</summary>
    private const decimal CloseFigureShare = 0.1m;

    /// <summary>How near the key an option to "About how many" may not come: 40 and 60 for 50 are other answers, 45 is not.</summary>
    private const decimal ApproximateShare = 0.2m;

    /// <summary>Whether the sentence bounds the figure from below: "More than 50 people", "at least 25".</summary>
    private static bool LowerBoundBefore(string sentence, string figure)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        return at > 0 && LowerBound().IsMatch(sentence.AsSpan(0, at));
    }

    [GeneratedRegex(@"\b(?:[Mm]ore than|[Oo]ver|[Aa]t least|[Uu]pwards of|[Ii]n excess of) $")]
    private static partial Regex LowerBound();

    /// <summary>The figures a question names other than years: "49" in "by either 49 percent or by _____".</summary>
    private static List<decimal> FiguresOf(string stem)
    {
        var figures = new List<decimal>();
        foreach (Match match in Figure().Matches(stem))
        {
            if (decimal.TryParse(match.Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var figure)
                && !(match.Value.Length == 4 && figure is >= 1000 and <= 2100))
            {
                figures.Add(figure);
            }
        }

        return figures;
    }

    // "49", "1,250", "2.5": a figure standing alone, not part of a word or a name ("STS-1", "G7").
    [GeneratedRegex(@"(?<![\p{L}\d.,-])\d+(?:,\d{3})*(?:\.\d+)?(?![\p{L}\d-])")]
    private static partial Regex Figure();

    /// <summary>The oldest age offered for a person's: a long life, not a record.</summary>
    private const int MaxAge = 105;

    // "died aged _____", "at the age of _____", "_____ years old", "a _____-year-old man".
    // "Walter Munk was _____ and died of pneumonia", "died at _____": an age with no unit.
    [GeneratedRegex(@"\b(?:aged|age of|ages? at|died at)\s+_____|_____(?:\s+years?\s+old\b|-year-old\b)|\bwas _____ (?:and|when) (?:he |she )?(?:died|passed)\b")]
    private static partial Regex AgeSlot();
}

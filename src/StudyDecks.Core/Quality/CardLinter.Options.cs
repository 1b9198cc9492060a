using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;

namespace StudyDecks.Core.Quality;

/// <summary>Option rules (D1–D9, D11, D12), one method each.</summary>
public static partial class CardLinter
{
    private const double MinimumOptionDistance = 0.25;

    private static void CheckOptions(Card card, List<LintFinding> findings)
    {
        CheckOptionCount(card, findings);
        if (card.Type == CardType.TrueFalse)
        {
            CheckTrueFalsePair(card, findings);
            return;
        }

        if (card.Distractors.Count == 0)
        {
            return;
        }

        var options = OptionView.Of(card);
        CheckOneCorrectOption(options, findings);
        CheckFalseOptions(card, findings);
        CheckSameKind(card, findings);
        CheckSameForm(card, findings);
        CheckSameClass(card, findings);
        CheckNoBannedOption(card, findings);
        CheckSensibleNumbers(options, findings);
        CheckSimilarLength(card, findings);
        CheckDistinctOptions(options, findings);
        CheckAscendingOrder(options, findings);
    }

    /// <summary>
    /// A card's options as the option rules compare them, each normalised or parsed once: several rules compare them
    /// pairwise.
    /// </summary>
    private sealed record OptionView(Card Card, bool Numeric, List<string> KeyNames, List<string> NormalizedKeys, string[] NormalizedOptions, QuantityForm? KeyForm, QuantityForm?[]? DistractorForms)
    {
        public static OptionView Of(Card card)
        {
            var lexicon = Lexicon.Default;
            var numeric = IsNumeric(card.AnswerKind);
            var keyNames = new List<string> { card.Answer };
            keyNames.AddRange(card.Aliases);
            var keyForm = numeric && card.AnswerKind is not (AnswerKind.Date or AnswerKind.Time) ? QuantityForm.Parse(card.Answer, lexicon) : null;
            var options = card.Options;
            var normalizedOptions = new string[options.Count];
            for (var i = 0; i < options.Count; i++)
            {
                normalizedOptions[i] = TextSimilarity.Normalize(options[i]);
            }

            var distractorForms = keyForm is null ? null : card.Distractors.Select(distractor => QuantityForm.Parse(distractor, lexicon)).ToArray();
            return new OptionView(card, numeric, keyNames, keyNames.ConvertAll(TextSimilarity.Normalize), normalizedOptions, keyForm, distractorForms);
        }
    }

    /// <summary>D9: three or four options, as the card's type has them.</summary>
    private static void CheckOptionCount(Card card, List<LintFinding> findings)
    {
        var expected = card.Type switch
        {
            CardType.MultipleChoice => card.Distractors.Count == 3,
            CardType.Cloze => card.Distractors.Count is 0 or 3,
            CardType.ShortAnswer => card.Distractors.Count == 0,
            CardType.TrueFalse => card.Distractors.Count == 1,
            _ => false,
        };
        if (!expected)
        {
            Add(findings, card, LintRule.OptionCount, $"{card.Distractors.Count} distractors on a {DeckNames.ToName(card.Type)} card");
        }
    }

    /// <summary>D3 for true/false: its two options are True and False.</summary>
    private static void CheckTrueFalsePair(Card card, List<LintFinding> findings)
    {
        var pair = (card.Answer, card.Distractors.Count == 1 ? card.Distractors[0] : "");
        if (pair is not ((Card.True, Card.False) or (Card.False, Card.True)))
        {
            Add(findings, card, LintRule.SameKind, "a true/false card's options are True and False");
        }
    }

    /// <summary>D1: no wrong option is the answer, an alias of it, or its initials.</summary>
    private static void CheckOneCorrectOption(OptionView view, List<LintFinding> findings)
    {
        var card = view.Card;
        for (var d = 0; d < card.Distractors.Count; d++)
        {
            var distractor = card.Distractors[d];
            var normalizedDistractor = view.NormalizedOptions[d + 1];
            for (var k = 0; k < view.KeyNames.Count; k++)
            {
                // An acronym's options are other real expansions of its letters by design: sharing the initials is no alias.
                if (view.NormalizedKeys[k] == normalizedDistractor || (card.AnswerKind != AnswerKind.Term && (InitialsAre(view.KeyNames[k], normalizedDistractor) || InitialsAre(distractor, view.NormalizedKeys[k]))))
                {
                    Add(findings, card, LintRule.OneCorrectOption, $"\"{distractor}\" is the answer or an alias of it");
                }
            }
        }
    }

    /// <summary>D2: a wrong option already in the stem (or, for a cloze, in its sentence) would be true.</summary>
    private static void CheckFalseOptions(Card card, List<LintFinding> findings)
    {
        foreach (var distractor in card.Distractors)
        {
            if (TextSimilarity.ContainsPhrase(card.Question, distractor) || (card.Type == CardType.Cloze && TextSimilarity.ContainsPhrase(card.Explanation, distractor)))
            {
                Add(findings, card, LintRule.FalseOptions, $"\"{distractor}\" is stated in the question");
            }
        }
    }

    /// <summary>D3: every option has the shape of the answer's kind.</summary>
    private static void CheckSameKind(Card card, List<LintFinding> findings)
    {
        foreach (var distractor in card.Distractors)
        {
            if (!HasShape(distractor, card.AnswerKind) || !HasShape(card.Answer, card.AnswerKind))
            {
                Add(findings, card, LintRule.SameKind, $"\"{distractor}\" is not a {DeckNames.ToName(card.AnswerKind)} like the answer");
            }
        }
    }

    /// <summary>
    /// D4: the options are capitalised like the answer, and an "a" or "an" right before the blank fits each of them ("in a
    /// _____, letter" rules out "April 4, 1832" on grammar alone).
    /// </summary>
    private static void CheckSameForm(Card card, List<LintFinding> findings)
    {
        var article = card.Distractors.Count > 0 && ArticleBeforeBlank().Match(card.Question) is { Success: true } match ? match.Groups["article"].Value.ToLowerInvariant() : null;
        var answerArticle = article is null ? null : AvsAnLib.AvsAn.Query(card.Answer).Article;
        foreach (var distractor in card.Distractors)
        {
            if (char.IsUpper(distractor[0]) != char.IsUpper(card.Answer[0]))
            {
                Add(findings, card, LintRule.SameForm, $"\"{distractor}\" is capitalised differently from the answer");
            }

            if (article is not null && AvsAnLib.AvsAn.Query(distractor).Article != answerArticle)
            {
                Add(findings, card, LintRule.SameForm, $"\"{article} {distractor}\" does not read as \"{article} {card.Answer}\" does");
            }
        }
    }

    /// <summary>D8: a place is offered places of its own class, never a city for a country or a continent.</summary>
    private static void CheckSameClass(Card card, List<LintFinding> findings)
    {
        var lexicon = Lexicon.Default;
        if (card.AnswerKind != AnswerKind.Place || PlaceKindOf(card.Answer, lexicon) is not PlaceKind keyClass)
        {
            return;
        }

        foreach (var distractor in card.Distractors)
        {
            if (PlaceKindOf(distractor, lexicon) is PlaceKind optionClass && optionClass != keyClass)
            {
                Add(findings, card, LintRule.SameClass, $"\"{distractor}\" is a {optionClass.ToString().ToLowerInvariant()}, the answer a {keyClass.ToString().ToLowerInvariant()}");
            }
        }
    }

    /// <summary>D7: no "all of the above" or its kind, unless the answer is one.</summary>
    private static void CheckNoBannedOption(Card card, List<LintFinding> findings)
    {
        foreach (var distractor in card.Distractors)
        {
            if (Banned().IsMatch(distractor) && !Banned().IsMatch(card.Answer))
            {
                Add(findings, card, LintRule.NoBannedOption, $"\"{distractor}\" is a banned option");
            }
        }
    }

    /// <summary>
    /// The years between two of the events the text names ("the 1920 election": 4, "the 1890 census": 10), or 0: a
    /// year asked beside one takes options whole intervals away, up to two of them.
    /// </summary>
    internal static int EventPeriod(string text, Lexicon lexicon)
    {
        foreach (var (words, years) in lexicon.PeriodicEvents)
        {
            if (TextSimilarity.ContainsPhrase(text, words))
            {
                return years;
            }
        }

        return 0;
    }

    /// <summary>
    /// D12: numeric options in the answer's unit and form, near it, not as right for an approximate figure, and on the
    /// answer's side of any day or year the question names.
    /// </summary>
    private static void CheckSensibleNumbers(OptionView view, List<LintFinding> findings)
    {
        var card = view.Card;
        // The days and years the question and its context line name, read once per card, not once per option.
        NamedOrder? order = null;
        // How far a year option may be: two intervals of an event the question names ("the 1890 census"), else ten years.
        var yearReach = card.AnswerKind == AnswerKind.Year || YearLike(card.Answer) ? Math.Max(10, 2 * EventPeriod(card.Question, Lexicon.Default)) : 0;
        for (var d = 0; d < card.Distractors.Count; d++)
        {
            var distractor = card.Distractors[d];
            // "opened _____, and ended on November 4" leaves no room for a later day.
            if (card.AnswerKind == AnswerKind.Date && (order ??= new NamedOrder(card.Question, card.Context, card.Answer, card.AnswerKind)).BreaksDay(distractor))
            {
                Add(findings, card, LintRule.SensibleNumbers, $"\"{distractor}\" breaks the order of the days the question names");
            }

            if (view.KeyForm is not { } keyForm)
            {
                continue;
            }

            var form = view.DistractorForms![d];
            if (form is null || form.Unit != keyForm.Unit || !keyForm.GroupsDigitsAs(form))
            {
                Add(findings, card, LintRule.SensibleNumbers, $"\"{distractor}\" is not in the answer's unit and form");
            }
            else if (yearReach > 0 ? Math.Abs(form.Number - keyForm.Number) > yearReach : form.Number < keyForm.Number / 2 || form.Number > keyForm.Number * 2)
            {
                Add(findings, card, LintRule.SensibleNumbers, $"\"{distractor}\" is too far from the answer");
            }
            else if (card.AnswerKind != AnswerKind.Year && keyForm.Number > 0 && form.Number / keyForm.Number is > 0.85m and < 1.18m && ApproximateBlank().IsMatch(card.Question))
            {
                Add(findings, card, LintRule.SensibleNumbers, $"\"{distractor}\" is as right as the answer for an approximate figure");
            }
            else if (card.AnswerKind == AnswerKind.Year && (order ??= new NamedOrder(card.Question, card.Context, card.Answer, card.AnswerKind)).BreaksYear(keyForm.Number, form.Number))
            {
                Add(findings, card, LintRule.SensibleNumbers, $"\"{distractor}\" breaks the order of the years the question names");
            }
        }
    }

    /// <summary>D5: the longest option is at most twice the shortest.</summary>
    private static void CheckSimilarLength(Card card, List<LintFinding> findings)
    {
        var shortest = int.MaxValue;
        var longest = 0;
        foreach (var option in card.Options)
        {
            shortest = Math.Min(shortest, option.Length);
            longest = Math.Max(longest, option.Length);
        }

        if (longest > shortest * 2)
        {
            Add(findings, card, LintRule.SimilarLength, "options differ too much in length");
        }
    }

    /// <summary>D6: no two options the same, one inside the other, or a few letters apart.</summary>
    private static void CheckDistinctOptions(OptionView view, List<LintFinding> findings)
    {
        var options = view.Card.Options;
        for (var i = 0; i < options.Count; i++)
        {
            for (var j = i + 1; j < options.Count; j++)
            {
                var a = view.NormalizedOptions[i];
                var b = view.NormalizedOptions[j];
                var same = a == b || (!view.Numeric && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)
                    || TextSimilarity.IsCloserThan(a, b, MinimumOptionDistance * Math.Max(a.Length, b.Length))));
                if (same)
                {
                    Add(findings, view.Card, LintRule.DistinctOptions, $"\"{options[i]}\" and \"{options[j]}\" are too alike");
                }
            }
        }
    }

    /// <summary>D11: numeric wrong options are stored ascending, so every output lists them in order.</summary>
    private static void CheckAscendingOrder(OptionView view, List<LintFinding> findings)
    {
        if (view.KeyForm is null)
        {
            return;
        }

        var previous = decimal.MinValue;
        foreach (var form in view.DistractorForms!)
        {
            var value = form?.Number ?? 0;
            if (value < previous)
            {
                Add(findings, view.Card, LintRule.AscendingOrder, "numeric distractors are not in ascending order");
                return;
            }

            previous = value;
        }
    }

    private static PlaceKind? PlaceKindOf(string name, Lexicon lexicon) =>
        lexicon.Places.TryGetValue(lexicon.PlaceAliases.GetValueOrDefault(name, name), out var place) ? place.Kind : null;

    private static bool IsNumeric(AnswerKind kind) =>
        kind is AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent or AnswerKind.Year or AnswerKind.Date or AnswerKind.Duration or AnswerKind.Time;

    /// <summary>Whether an option looks like a thing of <paramref name="kind"/>: a year is four digits, a name has no digits.</summary>
    internal static bool HasShape(string option, AnswerKind kind) => kind switch
    {
        AnswerKind.Year => YearShape().IsMatch(option),
        AnswerKind.Number => NumberShape().IsMatch(option) || Lexicon.Default.NumberWords.ContainsKey(option) || IsScaledCount(option),
        AnswerKind.Money => MoneyShape().IsMatch(option),
        AnswerKind.Percent => PercentShape().IsMatch(option) || QuantityForm.Parse(option, Lexicon.Default) is { Share: not null },
        AnswerKind.Date => DateShape().IsMatch(option),
        AnswerKind.Duration => DurationShape().IsMatch(option),
        AnswerKind.Time => QuantityRecognizer.TimeOfDay().Match(option) is { Success: true } time && time.Length == option.Length,
        AnswerKind.Organization => option.Length > 1 && char.IsUpper(option[0]),
        _ => option.Length > 1 && char.IsUpper(option[0]) && !option.Any(char.IsDigit),
    };

    /// <summary>"two billion", "1.5 million": a count and its scale word, nothing else.</summary>
    private static bool IsScaledCount(string option) =>
        QuantityForm.Parse(option, Lexicon.Default) is { IsScaled: true, Prefix.Length: 0 } form && (form.IsWord || NumberShape().IsMatch(option[..option.IndexOf(' ', StringComparison.Ordinal)]));

    /// <summary>
    /// Whether the lower-cased first characters of <paramref name="name"/>'s space-separated words spell
    /// <paramref name="text"/>; a name of one word has no initials.
    /// </summary>
    private static bool InitialsAre(string name, string text)
    {
        var words = 0;
        var at = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == ' ' || (i > 0 && name[i - 1] != ' '))
            {
                continue;
            }

            if (at >= text.Length || text[at] != char.ToLowerInvariant(name[i]))
            {
                return false;
            }

            at++;
            words++;
        }

        return words >= 2 && at == text.Length;
    }

    [GeneratedRegex(@"\b(?:all of the above|none of the above|always|never|completely|absolutely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Banned();

    [GeneratedRegex(@"^(?:1[0-9]|20)\d\d$")]
    private static partial Regex YearShape();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"^(?:(?:US|A|C|NZ|HK)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion|thousand))?|\d[\d,]*(?:\.\d+)?\s(?:million\s|billion\s)?(?:dollars|euros|pounds|yen))$")]
    private static partial Regex MoneyShape();

    [GeneratedRegex(@"^\d+(?:\.\d+)?\s?(?:%|percent|per cent)$")]
    private static partial Regex PercentShape();

    [GeneratedRegex(@"(?:January|February|March|April|May|June|July|August|September|Sept?|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\.?")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^(?:\d+|\p{L}+)\s(?:second|minute|hour|day|week|month|year|decade)s?$|^(?:\d+|\p{L}+)\scentur(?:y|ies)$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationShape();

    /// <summary>"post-2012": four digits with no separator between 1000 and 2100 read as a year, whatever the analysis typed them.</summary>
    private static bool YearLike(string answer) =>
        answer.Length == 4 && answer.All(char.IsAsciiDigit) && answer[0] is '1' or '2' && int.Parse(answer, System.Globalization.CultureInfo.InvariantCulture) is >= 1000 and <= 2100;

    /// <summary>
    /// "between 1957 and _____" needs a later year, "began in November 1973 and culminated … on _____" one after 1973: an
    /// option on the other side of a year the question (or its context line, "ANZUS Treaty, 1951") names than the answer
    /// is ruled out without knowing the fact.
    /// </summary>
    private static bool OnOtherSideOfAYear(decimal[] years, decimal answer, decimal option)
    {
        foreach (var year in years)
        {
            if (Math.Sign(answer - year) != Math.Sign(option - year) && answer != year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The years <paramref name="stem"/> names, in order. "19٥٠" (\d is any decimal digit) is no year a number parses:
    /// skipped, where parsing it threw.
    /// </summary>
    private static decimal[] YearsIn(string stem)
    {
        var years = new List<decimal>();
        foreach (var match in YearInStem().EnumerateMatches(stem))
        {
            if (decimal.TryParse(stem.AsSpan(match.Index, match.Length), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var year))
            {
                years.Add(year);
            }
        }

        return [.. years];
    }

    /// <summary>
    /// Whether an option falls on the other side of a day the question names than the answer does; a day written
    /// without its year ("November 4") is taken in the answer's year. The question's days and months are read once per
    /// card, not once per option.
    /// </summary>
    private sealed class NamedDays
    {
        private readonly string _stem;
        private readonly string _answer;
        private readonly Lexicon _lexicon;
        private readonly DateOnly? _key;
        private readonly List<DateOnly?> _days = [];
        private readonly List<int> _months = [];

        public NamedDays(string stem, string answer, Lexicon lexicon)
        {
            (_stem, _answer, _lexicon) = (stem, answer, lexicon);
            var days = DayInText().Matches(stem);
            // "ended on November 4" after "opened October 30, 1991": a day without its year is in the year the question gives.
            var stemYear = days.Select(match => match.Groups["y"]).FirstOrDefault(year => year.Success)?.Value;
            var year = stemYear is null ? (int?)null : int.Parse(stemYear, System.Globalization.CultureInfo.InvariantCulture);
            _key = Day(answer, year, lexicon);
            if (_key is not { } key)
            {
                return;
            }

            foreach (Match match in days)
            {
                _days.Add(Day(match.Value, key.Year, lexicon));
            }

            // "began in November 1973 and culminated … on _____": a month the question names bounds the days too.
            foreach (Match match in MonthOfYear().Matches(stem))
            {
                if (lexicon.Months.TryGetValue(match.Groups["m"].Value, out var month))
                {
                    _months.Add((int.Parse(match.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) * 12) + month);
                }
            }
        }

        public bool OnOtherSide(string option)
        {
            if (_key is not { } key || Day(option, key.Year, _lexicon) is not { } other)
            {
                return MonthOnOtherSide(_stem, _answer, option, _lexicon);
            }

            foreach (var day in _days)
            {
                if (day is { } named && named != key && Math.Sign(key.DayNumber - named.DayNumber) != Math.Sign(other.DayNumber - named.DayNumber))
                {
                    return true;
                }
            }

            var answerMonth = (key.Year * 12) + key.Month;
            var optionMonth = (other.Year * 12) + other.Month;
            foreach (var named in _months)
            {
                if (answerMonth != named && Math.Sign(answerMonth - named) != Math.Sign(optionMonth - named) && optionMonth != named)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// For a month answer ("November 1973"): whether an option falls on the other side of a day or month the question
    /// names ("culminated … on January 18, 1974") than the answer does.
    /// </summary>
    private static bool MonthOnOtherSide(string stem, string answer, string option, Lexicon lexicon)
    {
        if (MonthIndex(answer, lexicon) is not { } key || MonthIndex(option, lexicon) is not { } other)
        {
            return false;
        }

        foreach (Match match in MonthOfYear().Matches(stem))
        {
            if (MonthIndex(match.Value, lexicon) is { } named && named != key && other != named && Math.Sign(key - named) != Math.Sign(other - named))
            {
                return true;
            }
        }

        foreach (Match match in DayInText().Matches(stem))
        {
            if (match.Groups["y"].Success && MonthIndex($"{match.Groups["m"].Value} {match.Groups["y"].Value}", lexicon) is { } named && named != key && other != named && Math.Sign(key - named) != Math.Sign(other - named))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"November 1973" as a count of months, or <see langword="null"/>.</summary>
    private static int? MonthIndex(string text, Lexicon lexicon)
    {
        var match = MonthOfYear().Match(text);
        return match.Success && match.Index == 0 && lexicon.Months.TryGetValue(match.Groups["m"].Value, out var month)
            ? (int.Parse(match.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) * 12) + month
            : null;
    }

    /// <summary>"October 30, 1991" (or "November 4" in <paramref name="year"/>) as a day; <see langword="null"/> for a month alone.</summary>
    private static DateOnly? Day(string text, int? year, Lexicon lexicon)
    {
        var match = DayInText().Match(text);
        if (!match.Success || !lexicon.Months.TryGetValue(match.Groups["m"].Value, out var month))
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var y = match.Groups["y"].Success ? int.Parse(match.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : year;
        return y is { } known && known >= 1 && day >= 1 && day <= DateTime.DaysInMonth(known, month) ? new DateOnly(known, month, day) : null;
    }

    [GeneratedRegex(@"\b(?<m>\p{Lu}\p{Ll}+) (?<d>[0-3]?\d)\b(?:, (?<y>\d{4}))?")]
    private static partial Regex DayInText();

    [GeneratedRegex(@"\b(?<m>\p{Lu}\p{Ll}+) (?<y>\d{4})\b")]
    private static partial Regex MonthOfYear();

    /// <summary>
    /// D12's order check for one card's options, the question's days and years read once: an option on the other side of
    /// a day or year the question or its context line names than the answer, or outside the span of years the line gives
    /// the answer. The option picker asks it too, to leave out what the linter would turn the whole card away for.
    /// </summary>
    internal sealed class NamedOrder
    {
        private readonly NamedDays? _days;
        private readonly decimal[] _questionYears;
        private readonly decimal[] _contextYears;
        private readonly string? _contextLine;

        public NamedOrder(string question, string? contextLine, string answer, AnswerKind kind)
        {
            ArgumentNullException.ThrowIfNull(question);
            _days = kind == AnswerKind.Date ? new NamedDays(question, answer, Lexicon.Default) : null;
            _questionYears = kind == AnswerKind.Year ? YearsIn(question) : [];
            _contextYears = kind == AnswerKind.Year ? YearsIn(contextLine ?? "") : [];
            _contextLine = contextLine;
        }

        /// <summary>For a date answer: whether the option falls on the other side of a day or month the question names.</summary>
        public bool BreaksDay(string option) => _days?.OnOtherSide(option) == true;

        /// <summary>For a year answer: whether the option falls on the other side of a named year, or outside the line's span.</summary>
        public bool BreaksYear(decimal answer, decimal option) => YearBreaksOrder(_questionYears, _contextYears, _contextLine, answer, option);
    }

    /// <summary>A year option on the other side of a year the question or its line names, or outside the line's span.</summary>
    private static bool YearBreaksOrder(decimal[] questionYears, decimal[] contextYears, string? contextLine, decimal answer, decimal option) =>
        OnOtherSideOfAYear(questionYears, answer, option) || OnOtherSideOfAYear(contextYears, answer, option) || OutsideContextRange(contextLine, answer, option);

    /// <summary>
    /// Under the context line "French and Indian War, 1754–63", an answer inside those years is offered no option outside
    /// them: the line rules it out.
    /// </summary>
    private static bool OutsideContextRange(string? contextLine, decimal answer, decimal option) =>
        ContextYears(contextLine) is var (from, to) && answer >= from && answer <= to && (option < from || option > to);

    /// <summary>The years a context line spans ("1754–63" → 1754 to 1763), or <see langword="null"/>.</summary>
    private static (int From, int To)? ContextYears(string? context) =>
        context is not null && ContextRange().Match(context) is { Success: true } range ? YearsOf(range) : null;

    /// <summary>The first and last year of a matched span with groups "from" and "to" ("1754–63" → 1754 to 1763).</summary>
    private static (int From, int To) YearsOf(Match span)
    {
        var from = int.Parse(span.Groups["from"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return (from, Articles.TitleYears.EndYear(from, span.Groups["to"].Value));
    }

    [GeneratedRegex(@"\b(?<from>\d{4})[–-](?<to>\d{4}|\d{2})\b")]
    private static partial Regex ContextRange();

    // "Around _____ troops", "about _____ people": any option near the answer is right too.
    [GeneratedRegex(@"\b(?:[Aa]round|[Aa]bout|[Aa]pproximately|[Rr]oughly|[Nn]early|[Aa]lmost|[Ss]ome|[Oo]ver|[Mm]ore than|[Ll]ess than|[Uu]p to|[Aa]t least|[Aa]n estimated|[Cc]lose to) _____")]
    internal static partial Regex ApproximateBlank();

    // A year followed by a comma is a year ("in 1853, launched"); one followed by a comma and a digit is part of a figure.
    [GeneratedRegex(@"(?<![\d,.$])(?:1[0-9]|20)\d\d(?!\d|,\d)")]
    private static partial Regex YearInStem();

    [GeneratedRegex(@"\b(?<article>[Aa]n?) _____")]
    private static partial Regex ArticleBeforeBlank();
}

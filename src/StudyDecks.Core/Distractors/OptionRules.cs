using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// Whether a candidate may stand beside the key: never the key or an alias of it, never part of it or containing it,
/// never already in the stem or source sentence, distinct from the other options, similar in length and capitalisation.
/// </summary>
internal sealed partial class OptionRules(AnswerSpec answer, EntityTable entities)
{
    private const double MinimumDistance = 0.25;
    private const double MaximumLengthRatio = 2.0;
    // Normalised once per answer: every candidate is compared with them.
    private readonly string[] _normalizedKeyNames = [.. KeyNames(answer).Select(TextSimilarity.Normalize)];
    // The month past which no option may fall, worked out once per answer: null when the key itself is past it or nothing bounds it.
    private readonly int? _latestMonth = LatestMonth(answer);
    // The month before which no option may fall (a year's first month for a year), or null.
    private readonly int? _earliestMonth = EarliestMonth(answer);
    private readonly bool _numeric = answer.Kind is AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent or AnswerKind.Year or AnswerKind.Date or AnswerKind.Duration or AnswerKind.Time;

    public bool Accepts(string candidate, List<string> chosen)
    {
        // Cheapest checks first: every rule must pass, so their order changes nothing but the time a refusal takes.
        if (string.IsNullOrWhiteSpace(candidate) || char.IsUpper(answer.Text[0]) != char.IsUpper(candidate[0]) || HasDigit(answer.Text) != HasDigit(candidate)
            || Contains(answer.Excluded, candidate) || entities.SameEntity(candidate, answer.Text) || AfterLatest(candidate) || BeforeEarliest(candidate))
        {
            return false;
        }

        // Normalised on the stack: most candidates are turned down, and none of these texts outlives the check.
        var candidateBuffer = (stackalloc char[TextSimilarity.StackLimit]);
        var otherBuffer = (stackalloc char[TextSimilarity.StackLimit]);
        var normalized = TextSimilarity.Normalize(candidate, candidateBuffer);
        foreach (var name in _normalizedKeyNames)
        {
            if (!Distinct(normalized, name))
            {
                return false;
            }
        }

        var shortest = Math.Min(answer.Text.Length, candidate.Length);
        var longest = Math.Max(answer.Text.Length, candidate.Length);
        foreach (var option in chosen)
        {
            if (!Distinct(normalized, TextSimilarity.Normalize(option, otherBuffer)))
            {
                return false;
            }

            shortest = Math.Min(shortest, option.Length);
            longest = Math.Max(longest, option.Length);
        }

        // Numbers too: "ten" beside "fifteen" fails D5 just as a long name beside a short one does.
        if (longest > shortest * MaximumLengthRatio)
        {
            return false;
        }

        if (TextSimilarity.ContainsPhrase(answer.Stem, candidate) || TextSimilarity.ContainsPhrase(answer.Context, candidate))
        {
            return false;
        }

        // A name sharing a word with the stem is a clue or a give-away ("Central and _____" → "Central Asia").
        return _numeric || answer.Kind == AnswerKind.Term || TextSimilarity.FirstContentWordIn(answer.Stem, candidate) is null;
    }

    /// <summary>
    /// Whether the year or date falls after <see cref="AnswerSpec.Latest"/> while the key does not: "June 2024" beside
    /// "February 2024" in a release of March 2024 is known false before the question is read. A key after the article's
    /// date says the date is not the day it was written, and nothing is ruled out.
    /// </summary>
    private bool AfterLatest(string candidate) => _latestMonth is { } limit && MonthOf(candidate) is { } month && month > limit;

    private static int? LatestMonth(AnswerSpec answer)
    {
        if ((answer.Latest ?? answer.EstimatedLatest) is not { } latest || answer.Kind is not (AnswerKind.Year or AnswerKind.Date))
        {
            return null;
        }

        var limit = (latest.Year * 100) + latest.Month;
        return MonthOf(answer.Text) is { } key && key <= limit ? limit : null;
    }

    /// <summary>Whether the year or date falls before <see cref="AnswerSpec.Earliest"/> while the key does not: "2018" beside "2026" for what will be done.</summary>
    private bool BeforeEarliest(string candidate) => _earliestMonth is { } limit && MonthOf(candidate) is { } month && month < limit;

    private static int? EarliestMonth(AnswerSpec answer)
    {
        if (answer.Earliest is not { } earliest || answer.Kind is not (AnswerKind.Year or AnswerKind.Date))
        {
            return null;
        }

        var limit = (earliest.Year * 100) + (answer.Kind == AnswerKind.Year ? 1 : earliest.Month);
        return MonthOf(answer.Text) is { } key && key >= limit ? limit : null;
    }

    /// <summary>The year and month of a year ("1998": its first month) or a dated month or day ("Feb. 20, 2024") as yyyymm.</summary>
    private static int? MonthOf(string text)
    {
        var match = YearAndMonth().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success ? Lexicon.Default.Months.GetValueOrDefault(match.Groups["month"].Value) : 1;
        return month == 0 ? null : (year * 100) + month;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:\d{1,2} )?(?<month>\p{Lu}\p{Ll}+)\.?(?: \d{1,2})?,? )?(?<year>\d{4})$")]
    private static partial System.Text.RegularExpressions.Regex YearAndMonth();

    private bool Distinct(ReadOnlySpan<char> candidate, ReadOnlySpan<char> other)
    {
        if (candidate.SequenceEqual(other))
        {
            return false;
        }

        if (_numeric)
        {
            return true;
        }

        if (candidate.Contains(other, StringComparison.Ordinal) || other.Contains(candidate, StringComparison.Ordinal))
        {
            return false;
        }

        return !TextSimilarity.IsCloserThan(candidate, other, MinimumDistance * Math.Max(candidate.Length, other.Length));
    }

    private static bool Contains(IReadOnlyCollection<string> names, string candidate)
    {
        foreach (var name in names)
        {
            if (string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

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

    private static List<string> KeyNames(AnswerSpec answer)
    {
        var names = new List<string> { answer.Text };
        if (answer.Entity is { } entity)
        {
            names.AddRange(entity.AllNames());
        }

        return names;
    }
}

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// Whether a candidate may stand beside the key: never the key or an alias of it, never part of it or containing it,
/// never already in the stem or source sentence, distinct from the other options, similar in length and capitalisation.
/// </summary>
internal sealed class OptionRules(AnswerSpec answer, EntityTable entities)
{
    private const double MinimumDistance = 0.25;
    private const double MaximumLengthRatio = 2.0;
    private readonly IReadOnlyList<string> _keyNames = KeyNames(answer);
    private readonly bool _numeric = answer.Kind is AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent or AnswerKind.Year or AnswerKind.Date or AnswerKind.Duration or AnswerKind.Time;

    public bool Accepts(string candidate, List<string> chosen)
    {
        if (string.IsNullOrWhiteSpace(candidate) || entities.SameEntity(candidate, answer.Text) || Contains(answer.Excluded, candidate))
        {
            return false;
        }

        if (TextSimilarity.ContainsPhrase(answer.Stem, candidate) || TextSimilarity.ContainsPhrase(answer.Context, candidate))
        {
            return false;
        }

        // A name sharing a word with the stem is a clue or a give-away ("Central and _____" → "Central Asia").
        if (!_numeric && answer.Kind != AnswerKind.Term)
        {
            foreach (var word in TextSimilarity.ContentWords(candidate))
            {
                if (TextSimilarity.ContainsPhrase(answer.Stem, word))
                {
                    return false;
                }
            }
        }

        if (char.IsUpper(answer.Text[0]) != char.IsUpper(candidate[0]) || HasDigit(answer.Text) != HasDigit(candidate))
        {
            return false;
        }

        var normalized = TextSimilarity.Normalize(candidate);
        foreach (var name in _keyNames)
        {
            if (!Distinct(normalized, TextSimilarity.Normalize(name)))
            {
                return false;
            }
        }

        var shortest = Math.Min(answer.Text.Length, candidate.Length);
        var longest = Math.Max(answer.Text.Length, candidate.Length);
        foreach (var option in chosen)
        {
            if (!Distinct(normalized, TextSimilarity.Normalize(option)))
            {
                return false;
            }

            shortest = Math.Min(shortest, option.Length);
            longest = Math.Max(longest, option.Length);
        }

        // Numbers too: "ten" beside "fifteen" fails D5 just as a long name beside a short one does.
        return longest <= shortest * MaximumLengthRatio;
    }

    private bool Distinct(string candidate, string other)
    {
        if (candidate == other)
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

        return TextSimilarity.Levenshtein(candidate, other) >= MinimumDistance * Math.Max(candidate.Length, other.Length);
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

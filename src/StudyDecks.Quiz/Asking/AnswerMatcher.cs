using System.Globalization;
using System.Text;
using StudyDecks.Core.Decks;

namespace StudyDecks.Quiz.Asking;

/// <summary>
/// Decides whether a typed reply means the card's answer. Forgiving where it does not change meaning: case,
/// accents, punctuation and symbols, leading/inner articles ("the", "a", "an") and spacing; an alias counts too;
/// one slip (a letter missing, extra, wrong or swapped with its neighbour) is forgiven in a long word-only answer. Digits must match exactly, so "2019" never passes for "2017".
/// </summary>
public static class AnswerMatcher
{
    private const int TypoTolerantLength = 8;

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the" };

    /// <summary>Whether <paramref name="reply"/> is the answer (or an alias) of <paramref name="card"/>.</summary>
    public static bool Matches(Card card, string reply)
    {
        var typed = Normalize(reply);
        if (typed.Length == 0)
        {
            return false;
        }

        foreach (var accepted in AcceptedAnswers(card))
        {
            var expected = Normalize(accepted);
            if (typed == expected || IsSlip(typed, expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a reply to a true/false card means True (true), False (false), or neither (null).</summary>
    public static bool? ReadTrueFalse(string reply) => Normalize(reply) switch
    {
        "t" or "true" or "yes" or "y" => true,
        "f" or "false" or "no" or "n" => false,
        _ => null,
    };

    /// <summary>The comparison form of a text: lower case, no accents, punctuation or articles, single spaces.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '.' or '\'' or '’' or ',')
            {
                // "U.S." = "US", "Côte d'Ivoire" = "Cote dIvoire", "43,000" = "43000": these marks join, not separate.
                continue;
            }
            else
            {
                builder.Append(' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !Articles.Contains(word));
        return string.Join(' ', words);
    }

    private static IEnumerable<string> AcceptedAnswers(Card card)
    {
        yield return card.Answer;
        foreach (var alias in card.Aliases)
        {
            yield return alias;
        }
    }

    private static bool IsSlip(string typed, string expected) =>
        expected.Length >= TypoTolerantLength
        && !expected.Any(char.IsDigit)
        && !typed.Any(char.IsDigit)
        && IsOneSlipApart(typed, expected);

    private static bool IsOneSlipApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        var j = 0;
        var edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else if (i + 1 < a.Length && a[i] == b[j + 1] && a[i + 1] == b[j])
            {
                // Two swapped letters ("Syrain") are one slip, not two.
                i += 2;
                j += 2;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}

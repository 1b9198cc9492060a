using System.Globalization;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// The written form of a quantity, so that a computed distractor looks like the key: "$148 million" → prefix "$",
/// value 148, suffix " million"; "31,000" → grouped digits; "nine" → a number word; "Almost half" → prefix "Almost ",
/// the share 0.5 written as a part ("a third", "two thirds"); "one in three" → a share written as a ratio.
/// </summary>
internal sealed partial record QuantityForm(string Prefix, decimal Number, string Suffix, bool Grouped, int Decimals, bool IsWord)
{
    /// <summary>How a share is written: <c>"part"</c> ("half", "a third"), <c>"ratio"</c> ("one in four"), or null for any other quantity.</summary>
    public string? Share { get; init; }

    /// <summary>Whether a share with no prefix starts with a capital ("Half of …"): its distractors do too.</summary>
    public bool Capitalized { get; init; }

    /// <summary>
    /// Whether another figure writes its digits as this one does: both grouped, both not, or neither past 999. A figure
    /// under 1,000 cannot show its writer's style, so one past it may be grouped, as <see cref="Format"/> writes it.
    /// </summary>
    public bool GroupsDigitsAs(QuantityForm other) =>
        other.Grouped == Grouped || Math.Max(other.Number, Number) < 1000 || (Number < 1000 && other.Grouped);

    /// <summary>Whether the quantity is a count of a scale word ("two billion", "1.5 million"): one of them is a fine distractor.</summary>
    public bool IsScaled => Suffix is " million" or " billion" or " trillion" or " thousand";

    public static QuantityForm? Parse(string text, Lexicon lexicon)
    {
        if (ParseShare(text, lexicon) is { } share)
        {
            return share;
        }

        if (!TrySplit(text, out var prefix, out var digits, out var suffix))
        {
            var firstSpace = text.IndexOf(' ', StringComparison.Ordinal);
            var word = firstSpace < 0 ? text : text[..firstSpace];
            return lexicon.NumberWords.TryGetValue(word, out var value)
                ? new QuantityForm("", value, firstSpace < 0 ? "" : text[firstSpace..], Grouped: false, Decimals: 0, IsWord: true)
                : null;
        }

        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        return new QuantityForm(
            prefix,
            decimal.Parse(digits, NumberStyles.Number, CultureInfo.InvariantCulture),
            suffix,
            digits.Contains(',', StringComparison.Ordinal),
            dot < 0 ? 0 : digits.Length - dot - 1,
            IsWord: false);
    }

    /// <summary>
    /// Splits "$148 million" into "$", "148" and " million" as the pattern <c>^(?&lt;p&gt;[^\d]*?)(?&lt;n&gt;\d[\d,]*(?:\.\d+)?)(?&lt;s&gt;.*)$</c>
    /// would, without building a match: this runs for every option of every numeric card. Text the pattern would not
    /// match gives <see langword="false"/> (no digit, or a line break before the end).
    /// </summary>
    internal static bool TrySplit(string text, out string prefix, out string digits, out string suffix)
    {
        prefix = digits = suffix = "";
        var start = 0;
        while (start < text.Length && !char.IsDigit(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return false;
        }

        var end = start + 1;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] == ','))
        {
            end++;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }
        }

        // "(?<s>.*)$": the rest may not hold a line break, but for one at the very end, which "$" stops before.
        var rest = text.Length;
        var lineBreak = text.IndexOf('\n', end);
        if (lineBreak >= 0)
        {
            if (lineBreak != text.Length - 1)
            {
                return false;
            }

            rest = lineBreak;
        }

        prefix = text[..start];
        digits = text[start..end];
        suffix = text[end..rest];
        return true;
    }

    /// <summary>The values a share of this form's style can be written as, in the lexicon's order.</summary>
    public IEnumerable<decimal> ShareValues(Lexicon lexicon)
    {
        foreach (var (name, value) in lexicon.Fractions)
        {
            if (StyleOf(name) == Share)
            {
                yield return value;
            }
        }
    }

    private static QuantityForm? ParseShare(string text, Lexicon lexicon)
    {
        string? best = null;
        decimal bestValue = 0;
        foreach (var (name, value) in lexicon.Fractions)
        {
            if (text.EndsWith(name, StringComparison.OrdinalIgnoreCase) && (best is null || name.Length > best.Length)
                && (text.Length == name.Length || text[^(name.Length + 1)] == ' '))
            {
                best = name;
                bestValue = value;
            }
        }

        if (best is null)
        {
            return null;
        }

        var prefix = text[..^best.Length];
        return prefix.Any(char.IsDigit)
            ? null
            : new QuantityForm(prefix, bestValue, "", Grouped: false, Decimals: 0, IsWord: true) { Share = StyleOf(best), Capitalized = prefix.Length == 0 && char.IsUpper(text[0]) };
    }

    private static string StyleOf(string share) => share.StartsWith("one in ", StringComparison.Ordinal) ? "ratio" : "part";

    /// <summary>Writes <paramref name="value"/> in this form; <see langword="null"/> when a number word has no such value.</summary>
    public string? Format(decimal value, Lexicon lexicon)
    {
        if (Share is not null)
        {
            foreach (var (name, shareValue) in lexicon.Fractions)
            {
                if (shareValue == value && StyleOf(name) == Share)
                {
                    return Prefix + (Capitalized ? char.ToUpperInvariant(name[0]) + name[1..] : name);
                }
            }

            return null;
        }

        string number;
        if (IsWord)
        {
            string? word = null;
            foreach (var (name, wordValue) in lexicon.NumberWords)
            {
                // "dozen" and "hundred" count only with a word before them ("a dozen", "one hundred"): "over hundred words".
                if (wordValue == value && name is not "dozen" and not "hundred")
                {
                    word = name;
                    break;
                }
            }

            if (word is null)
            {
                return null;
            }

            number = word;
        }
        else
        {
            // A key under 1,000 cannot show whether its writer groups digits; a sum or a figure with decimals past it is
            // written grouped ("$1,269.2 billion", not "$1269.2 billion"), as is any figure past 9,999. A bare count
            // stays as written below that: it may be a year.
            var grouped = Grouped || (Number < 1000 && value >= 1000 && (Decimals > 0 || Prefix.Length > 0 || value >= 10000));
            var format = (grouped ? "#,0" : "0") + (Decimals > 0 ? "." + new string('0', Decimals) : "");
            number = value.ToString(format, CultureInfo.InvariantCulture);
        }

        var suffix = Suffix;
        // "one year", not "one years".
        if (value == 1 && suffix.EndsWith('s') && !suffix.EndsWith("ss", StringComparison.Ordinal))
        {
            suffix = suffix[..^1];
        }
        else if (value != 1 && Number == 1 && suffix.Length > 1 && char.IsLetter(suffix[^1]) && !suffix.EndsWith('s') && suffix.TrimStart().Contains(' ', StringComparison.Ordinal) == false && suffix.Trim().Length > 2)
        {
            suffix += "s";
        }

        return Prefix + number + suffix;
    }

    /// <summary>The unit part ("$ million", " years") that two quantities must share to be compared.</summary>
    public string Unit => Prefix + "|" + Suffix.TrimEnd('s') + (Share is null ? "" : "|" + Share);
}

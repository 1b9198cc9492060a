using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// The written form of a quantity, so that a computed distractor looks like the key: "$148 million" → prefix "$",
/// value 148, suffix " million"; "31,000" → grouped digits; "nine" → a number word.
/// </summary>
internal sealed partial record QuantityForm(string Prefix, decimal Number, string Suffix, bool Grouped, int Decimals, bool IsWord)
{
    public static QuantityForm? Parse(string text, Lexicon lexicon)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            var firstSpace = text.IndexOf(' ', StringComparison.Ordinal);
            var word = firstSpace < 0 ? text : text[..firstSpace];
            return lexicon.NumberWords.TryGetValue(word, out var value)
                ? new QuantityForm("", value, firstSpace < 0 ? "" : text[firstSpace..], Grouped: false, Decimals: 0, IsWord: true)
                : null;
        }

        var digits = match.Groups["n"].Value;
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        return new QuantityForm(
            match.Groups["p"].Value,
            decimal.Parse(digits, NumberStyles.Number, CultureInfo.InvariantCulture),
            match.Groups["s"].Value,
            digits.Contains(',', StringComparison.Ordinal),
            dot < 0 ? 0 : digits.Length - dot - 1,
            IsWord: false);
    }

    /// <summary>Writes <paramref name="value"/> in this form; <see langword="null"/> when a number word has no such value.</summary>
    public string? Format(decimal value, Lexicon lexicon)
    {
        string number;
        if (IsWord)
        {
            string? word = null;
            foreach (var (name, wordValue) in lexicon.NumberWords)
            {
                if (wordValue == value && name != "dozen")
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
            var format = (Grouped ? "#,0" : "0") + (Decimals > 0 ? "." + new string('0', Decimals) : "");
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
    public string Unit => Prefix + "|" + Suffix.TrimEnd('s');

    [GeneratedRegex(@"^(?<p>[^\d]*?)(?<n>\d[\d,]*(?:\.\d+)?)(?<s>.*)$")]
    private static partial Regex Shape();
}

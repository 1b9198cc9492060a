using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Choices;

/// <summary>
/// Decides the order in which a card's options are shown. Numbers, sums, percentages, years and dates read best in
/// ascending order; any other kind is shuffled by a hash of the card id, so the answer is not always "A" and the same
/// card always shows the same order, in every export and on every run.
/// </summary>
public static partial class ChoiceOrder
{
    private static readonly string[] DateFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "MMMM yyyy", "MMM d, yyyy", "MMM yyyy", "yyyy-MM-dd", "yyyy",
    ];

    /// <summary>Orders the options of <paramref name="card"/> (its answer and distractors).</summary>
    public static ChoiceList Arrange(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var options = card.Options;
        var ordered = TrySortByValue(options, card.AnswerKind) ?? Shuffle(options, card.Id);
        return new ChoiceList(ordered, IndexOf(ordered, card.Answer));
    }

    private static string[]? TrySortByValue(IReadOnlyList<string> options, AnswerKind kind)
    {
        Func<string, decimal?> valueOf = kind switch
        {
            AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent or AnswerKind.Year => NumberIn,
            AnswerKind.Date => DateIn,
            _ => _ => null,
        };

        var keyed = new (decimal Value, string Option)[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            if (valueOf(options[i]) is not { } value)
            {
                // One option that is not a plain value (e.g. "about 40") would make the order misleading: shuffle instead.
                return null;
            }

            keyed[i] = (value, options[i]);
        }

        return [.. keyed.OrderBy(item => item.Value).ThenBy(item => item.Option, StringComparer.Ordinal).Select(item => item.Option)];
    }

    private static string[] Shuffle(IReadOnlyList<string> options, string cardId) =>
        [.. options.OrderBy(option => ShuffleKey(cardId, option)).ThenBy(option => option, StringComparer.Ordinal)];

    private static ulong ShuffleKey(string cardId, string option)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(cardId + "\u001f" + option), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    private static decimal? NumberIn(string text)
    {
        var match = NumberPattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return match.Groups["scale"].Value.ToUpperInvariant() switch
        {
            "THOUSAND" or "K" => value * 1_000m,
            "MILLION" or "M" => value * 1_000_000m,
            "BILLION" or "BN" => value * 1_000_000_000m,
            "TRILLION" or "TN" => value * 1_000_000_000_000m,
            _ => value,
        };
    }

    private static decimal? DateIn(string text) =>
        DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.Ticks
            : null;

    private static int IndexOf(string[] options, string answer)
    {
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] == answer)
            {
                return i;
            }
        }

        throw new ArgumentException("The card's answer is not among its options.", nameof(answer));
    }

    // A whole option that is one number, optionally with a currency sign, a scale word and a percent sign.
    [GeneratedRegex(@"^\s*[^\d\s]{0,3}\s?(?<number>\d[\d,]*(?:\.\d+)?)\s*(?<scale>thousand|million|billion|trillion|bn|tn|k|m)?\s*(?:%|percent|per cent)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}

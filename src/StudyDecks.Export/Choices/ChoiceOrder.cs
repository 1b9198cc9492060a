using System.Security.Cryptography;
using System.Text;
using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Choices;

/// <summary>
/// Decides the order in which a card's options are shown. Numbers, sums, percentages, years and dates read best in
/// ascending order; any other kind is shuffled by a hash of the card id, so the answer is not always "A" and the same
/// card always shows the same order, in every export and on every run.
/// </summary>
public static class ChoiceOrder
{
    /// <summary>Orders the options of <paramref name="card"/> (its answer and distractors).</summary>
    public static ChoiceList Arrange(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var options = card.Options;
        var ordered = OptionValue.SortAscending(options, card.AnswerKind)?.ToArray() ?? Shuffle(options, card.Id);
        return new ChoiceList(ordered, IndexOf(ordered, card.Answer));
    }

    private static string[] Shuffle(IReadOnlyList<string> options, string cardId) =>
        [.. options.OrderBy(option => ShuffleKey(cardId, option)).ThenBy(option => option, StringComparer.Ordinal)];

    private static ulong ShuffleKey(string cardId, string option)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(cardId + "\u001f" + option), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

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
}

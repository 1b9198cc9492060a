using StudyDecks.Core.Decks;

namespace StudyDecks.Pdf.Quiz.Planning;

/// <summary>
/// Chooses which cards a quiz asks. The deck is cut into <c>count</c> equal stretches in article order and one
/// card is drawn at random from each, so a short quiz still covers every article instead of only the first.
/// </summary>
public static class CardSelection
{
    /// <summary>Picks <paramref name="count"/> cards of <paramref name="cards"/>, returned in deck order.</summary>
    public static IReadOnlyList<Card> Choose(IReadOnlyList<Card> cards, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, cards.Count);
        if (count == cards.Count)
        {
            return cards;
        }

        var chosen = new Card[count];
        for (var i = 0; i < count; i++)
        {
            // Stretch i covers [start, end): integer bounds so the stretches tile the deck exactly.
            var start = (int)((long)i * cards.Count / count);
            var end = (int)((long)(i + 1) * cards.Count / count);
            chosen[i] = cards[random.Next(start, end)];
        }

        return chosen;
    }
}

using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Review;

/// <summary>What a deck's review means for its outputs, and how far the review has got.</summary>
public static class DeckReview
{
    /// <summary>
    /// The deck every output prints: without dropped cards, and with <paramref name="reviewedOnly"/> only the cards a
    /// teacher kept or edited. Edited cards already hold their edited text.
    /// </summary>
    public static Deck ForOutput(Deck deck, bool reviewedOnly = false)
    {
        ArgumentNullException.ThrowIfNull(deck);
        var cards = deck.Cards.Where(card => reviewedOnly ? card.Review?.Status is ReviewStatus.Kept or ReviewStatus.Edited : !card.IsDropped).ToArray();
        return cards.Length == deck.Cards.Count ? deck : deck with { Cards = cards };
    }

    /// <summary>How many cards of <paramref name="deck"/> are kept, dropped, edited and not yet reviewed.</summary>
    public static ReviewCounts Count(Deck deck)
    {
        ArgumentNullException.ThrowIfNull(deck);
        int kept = 0, dropped = 0, edited = 0, unreviewed = 0;
        foreach (var card in deck.Cards)
        {
            switch (card.Review?.Status)
            {
                case ReviewStatus.Kept:
                    kept++;
                    break;
                case ReviewStatus.Dropped:
                    dropped++;
                    break;
                case ReviewStatus.Edited:
                    edited++;
                    break;
                default:
                    unreviewed++;
                    break;
            }
        }

        return new ReviewCounts(kept, dropped, edited, unreviewed);
    }
}

/// <summary>Cards by review status.</summary>
/// <param name="Kept">Kept as generated.</param>
/// <param name="Dropped">Left out of every output.</param>
/// <param name="Edited">Kept with a teacher's changes.</param>
/// <param name="Unreviewed">Not reviewed yet.</param>
public sealed record ReviewCounts(int Kept, int Dropped, int Edited, int Unreviewed)
{
    /// <summary>Cards with a decision.</summary>
    public int Reviewed => Kept + Dropped + Edited;
}

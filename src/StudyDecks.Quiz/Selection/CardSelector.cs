using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Scheduling;

namespace StudyDecks.Quiz.Selection;

/// <summary>Chooses which cards a session asks, from the player's scheduling state of the deck.</summary>
public static class CardSelector
{
    /// <summary>
    /// Up to <paramref name="count"/> cards for <paramref name="mode"/>: <see cref="QuizMode.Due"/> asks overdue cards,
    /// most overdue first, then never-asked cards in random order; <see cref="QuizMode.Missed"/> the cards whose latest
    /// answer was wrong, longest-ago miss first; <see cref="QuizMode.New"/> never-asked cards; <see cref="QuizMode.All"/> any card.
    /// </summary>
    public static IReadOnlyList<Card> Select(
        IReadOnlyList<Card> cards,
        IReadOnlyDictionary<string, MemoryState> states,
        QuizMode mode,
        int count,
        DateTimeOffset now,
        Random random)
    {
        var fresh = Shuffled(cards.Where(card => !states.ContainsKey(card.Id)), random);
        IEnumerable<Card> chosen = mode switch
        {
            QuizMode.Due => cards.Where(card => states.TryGetValue(card.Id, out var state) && state.Due <= now)
                .OrderBy(card => states[card.Id].Due).Concat(fresh),
            QuizMode.New => fresh,
            QuizMode.Missed => cards.Where(card => states.TryGetValue(card.Id, out var state) && !state.LastCorrect)
                .OrderBy(card => states[card.Id].LastReview),
            QuizMode.All => Shuffled(cards, random),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
        return chosen.Take(count).ToArray();
    }

    /// <summary>When the next answered card of the deck falls due, or null if none is scheduled after <paramref name="now"/>.</summary>
    public static DateTimeOffset? NextDue(IReadOnlyList<Card> cards, IReadOnlyDictionary<string, MemoryState> states, DateTimeOffset now) =>
        cards.Select(card => states.TryGetValue(card.Id, out var state) ? state.Due : (DateTimeOffset?)null)
            .Where(due => due > now)
            .Min();

    private static Card[] Shuffled(IEnumerable<Card> cards, Random random)
    {
        var array = cards.ToArray();
        random.Shuffle(array);
        return array;
    }
}

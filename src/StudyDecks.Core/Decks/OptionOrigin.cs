namespace StudyDecks.Core.Decks;

/// <summary>Where the generator found a wrong option: what a reviewing teacher weighs it by (issue 12).</summary>
public enum OptionOrigin
{
    /// <summary>Named or written in the card's own article: a person, place or body it mentions, a figure it gives.</summary>
    Article,

    /// <summary>Named in another article of the deck.</summary>
    Deck,

    /// <summary>From the bundled knowledge: the WordNet gazetteer and the place lists in Resources.</summary>
    Gazetteer,

    /// <summary>Computed near the answer: another count, sum, share, year, date or time of the same form.</summary>
    Computed,
}

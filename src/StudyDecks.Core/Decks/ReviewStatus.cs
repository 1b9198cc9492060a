namespace StudyDecks.Core.Decks;

/// <summary>What a teacher decided about a card in <c>studydecks review</c>.</summary>
public enum ReviewStatus
{
    /// <summary>The card is good as generated.</summary>
    Kept,

    /// <summary>The card is left out of every output; it stays in the deck so that regeneration keeps it out.</summary>
    Dropped,

    /// <summary>The card is kept with the teacher's changes; <see cref="CardReview.Original"/> holds what the generator wrote.</summary>
    Edited,
}

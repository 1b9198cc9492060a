namespace StudyDecks.Core.Decks;

/// <summary>How a card is asked.</summary>
public enum CardType
{
    /// <summary>A question with the answer and exactly three distractors as options.</summary>
    MultipleChoice,

    /// <summary>A sentence with one blank (<see cref="Card.Blank"/>) to fill in.</summary>
    Cloze,

    /// <summary>A question answered in a few typed words.</summary>
    ShortAnswer,

    /// <summary>A statement to judge; the answer is <see cref="Card.True"/> or <see cref="Card.False"/>.</summary>
    TrueFalse,
}

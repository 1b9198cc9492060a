namespace StudyDecks.Core.Decks;

/// <summary>A teacher's decision about one card (deck format version 3).</summary>
/// <param name="Status">Kept, dropped or edited.</param>
/// <param name="Original">
/// The fields as generated, when the card was edited (an edited card that is then dropped keeps them too);
/// <see langword="null"/> for a card kept or dropped as generated.
/// </param>
public sealed record CardReview(ReviewStatus Status, CardOriginal? Original = null);

/// <summary>What the generator wrote in the fields a review can edit.</summary>
/// <param name="Question">The generated question.</param>
/// <param name="Answer">The generated answer.</param>
/// <param name="Distractors">The generated wrong options.</param>
public sealed record CardOriginal(string Question, string Answer, IReadOnlyList<string> Distractors)
{
    /// <summary>The generated aliases of the answer (an answer edit clears them).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The editable fields of <paramref name="card"/> as they are now.</summary>
    public static CardOriginal Of(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new CardOriginal(card.Question, card.Answer, card.Distractors) { Aliases = card.Aliases };
    }
}

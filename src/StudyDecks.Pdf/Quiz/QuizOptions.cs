namespace StudyDecks.Pdf.Quiz;

/// <summary>What to print: how many questions, how many versions, on which paper, with which key.</summary>
/// <param name="Count">How many cards to ask; <see langword="null"/> for every card of the deck.</param>
/// <param name="Versions">How many differently shuffled versions (1–26, lettered A–Z).</param>
/// <param name="Seed">Seed of the card choice and every shuffle: the same deck and seed give the same PDF bytes.</param>
/// <param name="Paper">Paper size.</param>
/// <param name="AnswerKey">Where the answer keys go.</param>
/// <param name="Title">Title printed on the quiz; <see langword="null"/> for the deck's title.</param>
public sealed record QuizOptions(
    int? Count = null,
    int Versions = 1,
    int Seed = 1,
    Paper Paper = Paper.A4,
    AnswerKeyPlacement AnswerKey = AnswerKeyPlacement.Appendix,
    string? Title = null)
{
    /// <summary>The most versions a quiz can have: one per letter.</summary>
    public const int MaxVersions = 26;
}

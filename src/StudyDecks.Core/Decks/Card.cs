namespace StudyDecks.Core.Decks;

/// <summary>One question and its answer, with the sentence it was made from.</summary>
/// <param name="Id">Stable id: the same fact from the same text gives the same id on every run.</param>
/// <param name="Type">How the card is asked.</param>
/// <param name="Question">The stem; for cloze cards the sentence with one <see cref="Blank"/>.</param>
/// <param name="Answer">The correct answer, as it appears in the source sentence.</param>
/// <param name="Distractors">Wrong options of the answer's kind: exactly three for multiple choice, possibly empty otherwise.</param>
/// <param name="AnswerKind">What sort of thing the answer is.</param>
/// <param name="Explanation">The source sentence, verbatim; for a quotation whose speaker is named just before it, the passage from that sentence on.</param>
/// <param name="Source">Where the sentence is in its article.</param>
/// <param name="Tags">Labels for filtering and for Anki (no spaces).</param>
/// <remarks>
/// <para><see cref="Aliases"/> lists other names of the answer that a typed reply may use (an acronym, a surname).</para>
/// <para>A true/false card's answer is <see cref="True"/> or <see cref="False"/>, and its one distractor the other value.</para>
/// </remarks>
public sealed record Card(
    string Id,
    CardType Type,
    string Question,
    string Answer,
    IReadOnlyList<string> Distractors,
    AnswerKind AnswerKind,
    string Explanation,
    CardSource Source,
    IReadOnlyList<string> Tags)
{
    /// <summary>The blank in a cloze question.</summary>
    public const string Blank = "_____";

    /// <summary>The answer of a true statement.</summary>
    public const string True = "True";

    /// <summary>The answer of a false statement.</summary>
    public const string False = "False";

    /// <summary>No option origins: a hand-made card, or one without options.</summary>
    public static readonly IReadOnlyDictionary<string, OptionOrigin> NoOrigins = new Dictionary<string, OptionOrigin>(0);

    /// <summary>No option scores: a hand-made card, one without options, or one from a deck written before scores were kept.</summary>
    public static readonly IReadOnlyDictionary<string, double> NoScores = new Dictionary<string, double>(0);

    /// <summary>The most spare wrong options a card keeps.</summary>
    public const int MaxSpares = 3;

    /// <summary>Other accepted forms of the answer (acronym, expansion, full name), never shown as options.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The line shown above the question so that it makes sense without the article: the article's title or a short
    /// topic made from it ("The Gulf War, 1991"). <see langword="null"/> in decks written before format version 2.
    /// </summary>
    public string? Context { get; init; }

    /// <summary>How the generator ranked the card, and the features that set the score; <see langword="null"/> for hand-made cards.</summary>
    public CardScore? Score { get; init; }

    /// <summary>
    /// Up to <see cref="MaxSpares"/> more wrong options, the ones the generator ranked next after <see cref="Distractors"/>:
    /// a reviewing teacher can swap one in. Never shown to a student.
    /// </summary>
    public IReadOnlyList<string> Spares { get; init; } = [];

    /// <summary>
    /// Where the generator found each wrong option and spare, by its text; an option missing here was typed by a teacher
    /// or comes from a deck written before the field existed.
    /// </summary>
    public IReadOnlyDictionary<string, OptionOrigin> OptionOrigins { get; init; } = NoOrigins;

    /// <summary>
    /// How well the generator judged each wrong option and spare to fit beside the answer and the stem, 0 to 1, by its
    /// text (its class, region, era, the stem's frame, its form); missing for options typed by a teacher and in older decks.
    /// </summary>
    public IReadOnlyDictionary<string, double> OptionScores { get; init; } = NoScores;

    /// <summary>The option followed by where the generator found it and its score, for a reviewing teacher: "July 2015 (computed, 0.90)".</summary>
    public string WithOrigin(string option) => OptionNote(option) is { } note ? $"{option} ({note})" : option;

    /// <summary>Where the generator found the option and its score ("computed, 0.90"), either alone, or <see langword="null"/> when it has neither (typed by a teacher).</summary>
    public string? OptionNote(string option)
    {
        string? origin = OptionOrigins.TryGetValue(option, out var found) ? DeckNames.ToName(found) : null;
        string? score = OptionScores.TryGetValue(option, out var value) ? value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : null;
        return origin is null ? score : score is null ? origin : $"{origin}, {score}";
    }

    /// <summary>What a teacher decided in <c>studydecks review</c>; <see langword="null"/> for a card not yet reviewed.</summary>
    public CardReview? Review { get; init; }

    /// <summary>Whether a teacher dropped the card: every output leaves it out.</summary>
    public bool IsDropped => Review?.Status == ReviewStatus.Dropped;

    /// <summary>The answer followed by the distractors: every option of the card, unshuffled.</summary>
    public IReadOnlyList<string> Options => [Answer, .. Distractors];
}

namespace StudyDecks.Quiz.Results;

/// <summary>
/// What a student's HTML quiz page downloads ("Download results") and <c>scores --import</c> records: the deck it was
/// made from, every attempt since the page was opened, and the cards answered, so the score database can show them
/// without the deck file.
/// </summary>
/// <param name="DeckTitle">The deck's title: how the score database names decks.</param>
/// <param name="Seed">The deck generator's seed.</param>
/// <param name="Attempts">Each run through the quiz ("Try again" starts a new one), in order; none empty.</param>
/// <param name="Cards">The cards answered, by id.</param>
public sealed record BrowserResults(string DeckTitle, int Seed, IReadOnlyList<BrowserAttempt> Attempts, IReadOnlyDictionary<string, ResultCard> Cards)
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "studydecks.results";

    /// <summary>The newest <c>version</c> this build reads.</summary>
    public const int CurrentVersion = 1;
}

/// <summary>One run through the quiz.</summary>
/// <param name="StartedAt">When the page (or "Try again") started it.</param>
/// <param name="Answers">Its answers in the order given.</param>
public sealed record BrowserAttempt(DateTimeOffset StartedAt, IReadOnlyList<BrowserAnswer> Answers);

/// <summary>One answer given on the page.</summary>
/// <param name="CardId">The card answered.</param>
/// <param name="Choice">The option picked or the text typed ("" when the student asked for the answer).</param>
/// <param name="Correct">Whether the page judged it right.</param>
/// <param name="AnsweredAt">When.</param>
/// <param name="Taken">The time since the previous answer (the page shows every card at once).</param>
/// <param name="Options">The options in the order shown (empty for typed answers).</param>
public sealed record BrowserAnswer(string CardId, string Choice, bool Correct, DateTimeOffset AnsweredAt, TimeSpan Taken, IReadOnlyList<string> Options);

/// <summary>A card as the score database records it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Type">Its deck-file type name (<c>multiple-choice</c>…).</param>
/// <param name="Kind">Its deck-file answer kind name (<c>person</c>…).</param>
/// <param name="Question">The question.</param>
/// <param name="Answer">The right answer.</param>
/// <param name="Distractors">The wrong options.</param>
public sealed record ResultCard(string Id, string Type, string Kind, string Question, string Answer, IReadOnlyList<string> Distractors);

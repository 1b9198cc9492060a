using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation;

/// <summary>
/// What a question kind proposes from one sentence: the question and its answer. <see cref="GenerationContext"/> makes
/// it a card, with its content id, source, tags and context line.
/// </summary>
/// <param name="Kind">The proposing kind's name ("cloze", "when"): the card's first tag and part of its id.</param>
/// <param name="Type">How the card is asked; a multiple-choice draft without options becomes a short answer.</param>
/// <param name="Question">The question, cloze stem or statement.</param>
/// <param name="Answer">The right answer as the student should give it.</param>
/// <param name="AnswerKind">What the answer is: a year, a person, a sum…</param>
internal sealed record CardDraft(string Kind, CardType Type, string Question, string Answer, AnswerKind AnswerKind)
{
    /// <summary>The wrong options, or <see langword="null"/> when none good enough were found.</summary>
    public IReadOnlyList<string>? Distractors { get; init; }

    /// <summary>Other names accepted for the answer.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// What stands for the answer in the id when the answer depends on the seed: a true/false card is keyed by the fact
    /// it tests, not by True or False.
    /// </summary>
    public string? IdKey { get; init; }
}

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Distractors;

/// <summary>What distractors are wanted for: the key, its kind, where it comes from and the stem it will stand beside.</summary>
/// <param name="Text">The key as it will be shown.</param>
/// <param name="Kind">Its kind; every distractor has the same kind.</param>
/// <param name="ArticleId">The article the card comes from (same-article candidates are preferred).</param>
/// <param name="Stem">The question text; no option may already appear in it.</param>
internal sealed record AnswerSpec(string Text, AnswerKind Kind, string ArticleId, string Stem)
{
    public Entity? Entity { get; init; }

    /// <summary>The mention the key was taken from, for quantities (value and written form).</summary>
    public Mention? Mention { get; init; }

    /// <summary>Names that must not be offered (people who also hold the role asked about, say).</summary>
    public IReadOnlyCollection<string> Excluded { get; init; } = [];

    /// <summary>Other text the options must not appear in (the source sentence of a cloze).</summary>
    public string Context { get; init; } = "";

    /// <summary>For an expansion asked by its acronym ("What does SDF stand for?"), the acronym: options must spell it too.</summary>
    public string? Acronym { get; init; }

    /// <summary>
    /// For a question naming a role ("Who was the U.S. President in 1951?"): only real people the gazetteer puts in a
    /// category of the answer's that the stem names, never the deck's other people, who rarely could hold the role.
    /// </summary>
    public bool RoleHoldersOnly { get; init; }

    /// <summary>
    /// For a year or date, the last day an option may fall on: a report tells what happened by the day it is dated, so a
    /// later year beside the key ("2028" for a theme of 2024 in a 2024 release) is ruled out at sight.
    /// </summary>
    public DateOnly? Latest { get; init; }

    /// <summary>
    /// For a year or date in an article of no known date, the last day its own years suggest an option may fall on
    /// (<see cref="Latest"/> when that is unknown); given up when three options cannot be found under it.
    /// </summary>
    public DateOnly? EstimatedLatest { get; init; }

    /// <summary>
    /// Whether a year inside the span of a war or revolution the question names takes options inside that span
    /// (<see cref="Knowledge.EventSpans"/>); given up when three options cannot be found in it.
    /// </summary>
    public bool WithinNamedEvent { get; init; } = true;

    /// <summary>
    /// For a year or date the sentence looks ahead to ("will deploy on the Moon in 2026"), the article's date: an option
    /// before it ("2018") is ruled out at sight.
    /// </summary>
    public DateOnly? Earliest { get; init; }

    /// <summary>Distractors to try first, in order (the people named beside a quotation's speaker).</summary>
    public IReadOnlyList<string> Preferred { get; init; } = [];
}

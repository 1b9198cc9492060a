using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation;

/// <summary>
/// A card a kind proposes, before it is written: what scoring can judge already (the sentence, the answer and its kind,
/// whether it may get options) and how to write it. Writing — the stem and its lint, the options, the id — is nearly all
/// of a candidate's cost, and a long article of figures proposes a hundred candidates for each card it keeps: from this
/// alone <see cref="Scoring.CandidateScorer.Bound"/> tells how high the card could score, so that selection writes only
/// the proposals that can still be chosen.
/// </summary>
/// <param name="Sentence">The sentence asked about: the card's source and explanation.</param>
/// <param name="Answer">The card's answer, which with the kind's name and the sentence makes its id.</param>
/// <param name="AnswerKind">What the answer is.</param>
/// <param name="MayHaveOptions">Whether the card may be written with wrong options (a person, place or body in a blank never is).</param>
/// <param name="Write">Writes the card, or gives <see langword="null"/> when its stem does not pass.</param>
internal sealed record Proposal(Sentence Sentence, string Answer, AnswerKind AnswerKind, bool MayHaveOptions, Func<Card?> Write)
{
    /// <summary>
    /// The card's source when it is a passage ending at <see cref="Sentence"/> rather than the sentence alone (a
    /// quotation whose speaker is named just before it); <see langword="null"/> for the sentence.
    /// </summary>
    public string? Passage { get; init; }

    /// <summary>
    /// Whether the card is a statement to judge: its answer is true or false, and <see cref="Answer"/> is the name the
    /// statement turns on (the card's id is made from it), not an answer asked.
    /// </summary>
    public bool IsStatement { get; init; }

    /// <summary>The text the card gives as its explanation: the passage, or the sentence.</summary>
    public string Explanation => Passage ?? Sentence.Text;

    /// <summary>The cards the proposals write: what <see cref="IQuestionKind.Propose"/> gives.</summary>
    public static IEnumerable<Card> WriteAll(IEnumerable<Proposal> proposals)
    {
        foreach (var proposal in proposals)
        {
            if (proposal.Write() is { } card)
            {
                yield return card;
            }
        }
    }
}

/// <summary>A question kind whose candidates can be judged before they are written (<see cref="Proposal"/>).</summary>
internal interface IProposingKind : IQuestionKind
{
    /// <summary>The kind's candidates of one article, unwritten; <see cref="IQuestionKind.Propose"/> writes them all.</summary>
    IEnumerable<Proposal> Proposals(ArticleAnalysis analysis, GenerationContext context);
}

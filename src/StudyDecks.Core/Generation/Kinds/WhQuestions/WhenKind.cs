using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// "In what year was the coalition founded?" / "When was the meeting held in Rome?" from a year or date fronted ("In
/// 1971, …") or after "in"/"on" in a plain statement in the past or future.
/// </summary>
internal sealed class WhenKind : IProposingKind
{
    public string Name => "when";

    /// <summary>Moving clauses around a date; yet blind reviewers accepted these questions most of all (65 of 80 "when" and
    /// "in what year" verdicts), so the kind ranks as a low risk.</summary>
    public double TransformationRisk => 0.1;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context) => Proposal.WriteAll(Proposals(analysis, context));

    public IEnumerable<Proposal> Proposals(ArticleAnalysis analysis, GenerationContext context) =>
        WhQuestionCards.Propose(Name, analysis, context, kind => kind is AnswerKind.Year or AnswerKind.Date);
}

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// "How many people did the attack kill in November 2015?" from a count in a plain statement: in its subject ("More than
/// 130 people were killed …", asked "About how many …"), its object ("… killed 130 people") or after "There were".
/// </summary>
internal sealed class HowManyKind : IProposingKind
{
    public string Name => "how-many";

    /// <summary>Moving clauses around a count: the riskiest rewrite.</summary>
    public double TransformationRisk => 0.5;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context) => Proposal.WriteAll(Proposals(analysis, context));

    public IEnumerable<Proposal> Proposals(ArticleAnalysis analysis, GenerationContext context) =>
        WhQuestionCards.Propose(Name, analysis, context, kind => kind == AnswerKind.Number);
}

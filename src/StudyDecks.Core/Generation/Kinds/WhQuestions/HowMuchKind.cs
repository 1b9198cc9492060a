using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>"How much did the U.S. pledge to the drive?" from a sum of money right after the verb of a plain statement.</summary>
internal sealed class HowMuchKind : IProposingKind
{
    public string Name => "how-much";

    /// <summary>Moving clauses around a sum: the riskiest rewrite.</summary>
    public double TransformationRisk => 0.5;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context) => Proposal.WriteAll(Proposals(analysis, context));

    public IEnumerable<Proposal> Proposals(ArticleAnalysis analysis, GenerationContext context) =>
        WhQuestionCards.Propose(Name, analysis, context, kind => kind == AnswerKind.Money);
}

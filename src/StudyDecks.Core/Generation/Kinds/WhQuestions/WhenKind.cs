using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// "In what year was the coalition founded?" / "When was the meeting held in Rome?" from a year or date fronted ("In
/// 1971, …") or after "in"/"on" in a plain statement in the past or future.
/// </summary>
internal sealed class WhenKind : IQuestionKind
{
    public string Name => "when";

    /// <summary>Moving clauses around a date: the riskiest rewrite.</summary>
    public double TransformationRisk => 0.5;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context) =>
        WhQuestionCards.Propose(Name, analysis, context, kind => kind is AnswerKind.Year or AnswerKind.Date);
}

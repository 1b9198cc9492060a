using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// "Who led British colonial forces in 1754?" from a plain statement whose whole subject is a person the article names
/// in full. Asked as a short answer: the only people who could be offered beside the answer are the article's own, and
/// a student rules most of them out from their roles.
/// </summary>
internal sealed class WhoDidKind : IProposingKind
{
    public string Name => "who-did";

    /// <summary>The subject becomes "Who" and nothing moves: the plainest rewrite after a cloze.</summary>
    public double TransformationRisk => 0.1;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context) => Proposal.WriteAll(Proposals(analysis, context));

    // The answer is the full name, also where the sentence uses the surname: "Washington led …".
    public IEnumerable<Proposal> Proposals(ArticleAnalysis analysis, GenerationContext context) =>
        WhQuestionCards.Propose(Name, analysis, context, withOptions: false, static (_, mention) =>
            !mention.IsUnusable && mention.ResolvedKind == MentionKind.Person && mention.Canonical.Contains(' ', StringComparison.Ordinal)
                ? (AnswerKind.Person, mention.Canonical)
                : null);
}

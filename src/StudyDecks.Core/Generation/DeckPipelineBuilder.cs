using StudyDecks.Core.Generation.Kinds.Acronyms;
using StudyDecks.Core.Generation.Kinds.Cloze;
using StudyDecks.Core.Generation.Kinds.Quotes;
using StudyDecks.Core.Generation.Kinds.Roles;
using StudyDecks.Core.Generation.Kinds.TrueFalse;
using StudyDecks.Core.Generation.Kinds.WhQuestions;

namespace StudyDecks.Core.Generation;

/// <summary>
/// Assembles a <see cref="DeckPipeline"/> from question kinds. Kinds registered first are preferred when a sentence
/// offers more cards than it may give.
/// </summary>
internal sealed class DeckPipelineBuilder
{
    private readonly List<IQuestionKind> _kinds = [];

    public DeckPipelineBuilder Use(IQuestionKind kind)
    {
        _kinds.Add(kind);
        return this;
    }

    /// <summary>Registers every built-in kind, most specific first.</summary>
    public DeckPipelineBuilder UseDefaultKinds() =>
        Use(new WhoHeldRoleKind())
            .Use(new WhoSaidKind())
            .Use(new AcronymKind())
            // A real question about a count, sum or date comes before the cloze of the same fact (one card per answer).
            .Use(new HowManyKind())
            .Use(new HowMuchKind())
            .Use(new WhenKind())
            .Use(new WhoDidKind())
            .Use(new ClozeKind())
            .Use(new TrueFalseKind());

    public DeckPipeline Build() => new([.. _kinds], Scoring.FeatureWeights.Default);
}

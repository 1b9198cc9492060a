using StudyDecks.Core.Analysis;
using StudyDecks.Core.Facts;
using StudyDecks.Core.Generation.Kinds.Acronyms;
using StudyDecks.Core.Generation.Kinds.Cloze;
using StudyDecks.Core.Generation.Kinds.Quotes;
using StudyDecks.Core.Generation.Kinds.Roles;
using StudyDecks.Core.Generation.Kinds.TrueFalse;
using StudyDecks.Core.Generation.Kinds.WhQuestions;

namespace StudyDecks.Core.Generation;

/// <summary>
/// Assembles a <see cref="DeckPipeline"/> from fact finders and question kinds. Kinds registered first are preferred
/// when a sentence offers more cards than it may give.
/// </summary>
internal sealed class DeckPipelineBuilder
{
    private readonly List<Func<Lexicon, IFactFinder>> _finders = [];

    private readonly List<IQuestionKind> _kinds = [];

    /// <summary>Registers a fact finder, made with the lexicon of each run.</summary>
    public DeckPipelineBuilder UseFinder(Func<Lexicon, IFactFinder> finder)
    {
        _finders.Add(finder);
        return this;
    }

    /// <summary>Registers every built-in fact finder: the roles people hold, and who said what.</summary>
    public DeckPipelineBuilder UseDefaultFinders() =>
        UseFinder(static lexicon => new RoleFinder(lexicon))
            .UseFinder(static lexicon => new QuoteFinder(lexicon));

    public DeckPipelineBuilder Use(IQuestionKind kind)
    {
        _kinds.Add(kind);
        return this;
    }

    /// <summary>Registers every built-in kind, most specific first.</summary>
    public DeckPipelineBuilder UseDefaultKinds() =>
        Use(new WhoHeldRoleKind())
            .Use(new WhichPostKind())
            .Use(new WhoSaidKind())
            .Use(new AcronymKind())
            // A real question about a count, sum or date comes before the cloze of the same fact (one card per answer).
            .Use(new HowManyKind())
            .Use(new HowMuchKind())
            .Use(new WhenKind())
            .Use(new WhoDidKind())
            .Use(new ClozeKind())
            .Use(new TrueFalseKind());

    public DeckPipeline Build() => new([.. _finders], [.. _kinds], Scoring.FeatureWeights.Default);
}

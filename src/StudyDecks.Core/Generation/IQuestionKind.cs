using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation;

/// <summary>One kind of question (who-holds-role, who-said, acronym, cloze, true/false…): a plug-in of the pipeline.</summary>
internal interface IQuestionKind
{
    /// <summary>Short name, used as the card's first tag and in its id: "who-role", "cloze".</summary>
    string Name { get; }

    /// <summary>Candidate cards from one article; the pipeline lints, repairs and selects among them.</summary>
    IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context);
}

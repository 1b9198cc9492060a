using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation;

/// <summary>One kind of question (who-holds-role, who-said, acronym, cloze, true/false…): a plug-in of the pipeline.</summary>
internal interface IQuestionKind
{
    /// <summary>Short name, used as the card's first tag and in its id: "who-role", "cloze".</summary>
    string Name { get; }

    /// <summary>
    /// How far the kind rewrites its source sentence, from 0 (a blank in the sentence as written, a quotation) to 1 (a
    /// question made by moving clauses): the more rewriting, the likelier an awkward or wrong question. A ranking feature.
    /// </summary>
    double TransformationRisk { get; }

    /// <summary>Candidate cards from one article; the pipeline lints, repairs and selects among them.</summary>
    IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context);
}

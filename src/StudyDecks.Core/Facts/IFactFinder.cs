using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Facts;

/// <summary>
/// The facts stage: finds one sort of fact (who holds which role, who said what) in an analysed article and files it in
/// the <see cref="FactBook"/> the question kinds read. Registered with the pipeline like the question kinds.
/// </summary>
internal interface IFactFinder
{
    /// <summary>Files the facts of <paramref name="analysis"/> in <paramref name="book"/>.</summary>
    void FindIn(ArticleAnalysis analysis, FactBook book);
}

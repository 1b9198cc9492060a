using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Facts;

/// <summary>The facts every registered <see cref="IFactFinder"/> found, by article and by sort of fact.</summary>
internal sealed class FactBook
{
    private readonly Dictionary<(ArticleAnalysis Analysis, Type Sort), object> _facts = [];

    /// <summary>The facts the finders find in the articles, in the finders' order.</summary>
    public static FactBook Find(IReadOnlyList<ArticleAnalysis> analyses, IReadOnlyList<IFactFinder> finders)
    {
        var book = new FactBook();
        foreach (var analysis in analyses)
        {
            foreach (var finder in finders)
            {
                finder.FindIn(analysis, book);
            }
        }

        return book;
    }

    /// <summary>Files the facts of one sort found in one article, in article order.</summary>
    public void File<TFact>(ArticleAnalysis analysis, IReadOnlyList<TFact> facts) => _facts[(analysis, typeof(TFact))] = facts;

    /// <summary>The facts of one sort found in one article; none when no finder of that sort is registered.</summary>
    public IReadOnlyList<TFact> Of<TFact>(ArticleAnalysis analysis) =>
        _facts.TryGetValue((analysis, typeof(TFact)), out var facts) ? (IReadOnlyList<TFact>)facts : [];
}

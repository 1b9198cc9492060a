using StudyDecks.Core.Articles;
using StudyDecks.Core.Facts;

namespace StudyDecks.Core.Analysis;

/// <summary>What the analysis found in one article: its sentences, the mentions in each, and the acronyms it defines.</summary>
internal sealed class ArticleAnalysis(Article article, IReadOnlyList<Sentence> sentences)
{
    public Article Article { get; } = article;

    public IReadOnlyList<Sentence> Sentences { get; } = sentences;

    /// <summary>The words of each sentence, by sentence index.</summary>
    public List<Token>[] Tokens { get; } = new List<Token>[sentences.Count];

    /// <summary>The capitalised runs of each sentence, by sentence index.</summary>
    public List<NameRun>[] Runs { get; } = new List<NameRun>[sentences.Count];

    /// <summary>The mentions of each sentence in text order, by sentence index.</summary>
    public List<Mention>[] Mentions { get; } = new List<Mention>[sentences.Count];

    public List<AcronymFact> Acronyms { get; } = [];

    public List<AliasFact> Aliases { get; } = [];

    /// <summary>
    /// The year the article was published, from its own date only: another date in the text (a caption, an event it recalls)
    /// is no anchor for "in 2021" or "last year".
    /// </summary>
    public int? Year { get; set; }

    /// <summary>
    /// The latest year the article names outside its plans: for an article of no known date, about when it was written.
    /// </summary>
    public int? LatestYearNamed { get; set; }

    /// <summary>Who "We" is in a joint statement ("The Leaders of the Group of Seven (G7)"), from its first sentence.</summary>
    public string? WeMeans { get; set; }

    public IEnumerable<Mention> AllMentions()
    {
        foreach (var list in Mentions)
        {
            foreach (var mention in list)
            {
                yield return mention;
            }
        }
    }
}

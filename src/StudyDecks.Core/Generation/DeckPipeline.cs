using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Facts;
using StudyDecks.Core.Generation.Scoring;
using StudyDecks.Core.Generation.Selection;
using StudyDecks.Core.Generation.Repairs;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Generation;

/// <summary>
/// The generation stages, each a type of its own: analysis, then facts (every <see cref="IFactFinder"/> files what it
/// finds in a <see cref="FactBook"/>), then candidates (every <see cref="IQuestionKind"/> proposes
/// cards from the facts it finds; the linter repairs or drops each), then scoring (<see cref="CandidateScorer"/>), then
/// selection (<see cref="CardSelector"/>: the best under the budget, answers and kinds mixed), in article order.
/// Immutable and reusable; the same articles and options always give the same deck.
/// </summary>
internal sealed class DeckPipeline(IReadOnlyList<Func<Lexicon, IFactFinder>> finders, IReadOnlyList<IQuestionKind> kinds, FeatureWeights weights)
{
    public IReadOnlyList<IQuestionKind> Kinds { get; } = kinds;

    public FeatureWeights Weights { get; } = weights;

    public Deck Generate(IReadOnlyList<Article> articles, GenerationOptions options)
    {
        var lexicon = Lexicon.Default;
        var analyzer = new ArticleAnalyzer(lexicon);
        var analyses = new List<ArticleAnalysis>(articles.Count);
        foreach (var article in articles)
        {
            analyses.Add(analyzer.Analyze(article));
        }

        var context = new GenerationContext(lexicon, analyses, options.Seed, [.. finders.Select(finder => finder(lexicon))]);
        var perArticle = new List<List<Card>>();
        var earlierArticles = new StemIndex();
        foreach (var analysis in analyses)
        {
            var scorer = new CandidateScorer(analysis, lexicon, Weights);
            var scored = new List<Card>();
            foreach (var candidate in Candidates(analysis, context))
            {
                scored.Add(candidate.Card with { Score = scorer.Score(candidate) });
            }

            var selected = options.AllCandidates
                ? AllInOrder(scored)
                : CardSelector.Select(scored, CardSelector.Budget(analysis.Article.Words), Weights.MinimumScore, earlierArticles);
            foreach (var card in selected)
            {
                earlierArticles.Add(card, TextSimilarity.Normalize(card.Question));
            }

            perArticle.Add(selected);
        }

        var cards = Limit(perArticle, options.MaxCards);
        var sources = new DeckSource[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            sources[i] = new DeckSource(article.Id, article.Title, article.Origin, article.Sha256, article.Words);
        }

        return new Deck(options.Title, new GeneratorInfo(GenerationOptions.GeneratorName, DeckGenerator.GeneratorVersion, options.Seed), sources, cards);
    }

    /// <summary>Every kind's candidates that pass the linter, after repair.</summary>
    private IEnumerable<Candidate> Candidates(ArticleAnalysis analysis, GenerationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            foreach (var card in kind.Propose(analysis, context))
            {
                if (StemRepairs.Apply(card, analysis) is { } repaired && Repair(repaired, analysis.Article) is { } good && seen.Add(good.Id))
                {
                    yield return new Candidate(good, kind);
                }
            }
        }
    }

    /// <summary>Every candidate, for review: in article order, best first within a sentence.</summary>
    private static List<Card> AllInOrder(List<Card> scored)
    {
        var all = new List<Card>(scored);
        all.Sort(static (a, b) => a.Source.Sentence != b.Source.Sentence
            ? a.Source.Sentence.CompareTo(b.Source.Sentence)
            : (b.Score?.Total ?? 0).CompareTo(a.Score?.Total ?? 0) is var byScore && byScore != 0 ? byScore : string.CompareOrdinal(a.Id, b.Id));
        return all;
    }

    /// <summary>The card if it passes; without its options if only they fail; otherwise nothing.</summary>
    internal static Card? Repair(Card card, Article article)
    {
        var findings = CardLinter.Check(card, article);
        if (findings.Count == 0)
        {
            return card;
        }

        foreach (var finding in findings)
        {
            if (!finding.Rule.JudgesOptions() || card.Type == CardType.TrueFalse)
            {
                return null;
            }
        }

        var bare = card with { Type = card.Type == CardType.Cloze ? CardType.Cloze : CardType.ShortAnswer, Distractors = [], Spares = [], OptionOrigins = Card.NoOrigins, OptionScores = Card.NoScores };
        // A multiple-choice or cloze card with only option findings (D) is not linted again: without options it has
        // none, and its stem is checked as a short-answer or cloze stem exactly as before, which found nothing.
        return card.Type is CardType.MultipleChoice or CardType.Cloze || CardLinter.Passes(bare, article) ? bare : null;
    }

    /// <summary>
    /// At most <paramref name="maxCards"/> cards, spread evenly over the articles (each article's best first), in article
    /// order.
    /// </summary>
    private static List<Card> Limit(List<List<Card>> perArticle, int? maxCards)
    {
        var all = new List<Card>();
        foreach (var cards in perArticle)
        {
            all.AddRange(cards);
        }

        if (maxCards is not { } limit || all.Count <= limit)
        {
            return all;
        }

        var ranked = new List<(double Position, int Article, int Index)>();
        for (var a = 0; a < perArticle.Count; a++)
        {
            var byScore = Enumerable.Range(0, perArticle[a].Count).ToList();
            var cards = perArticle[a];
            byScore.Sort((x, y) => (cards[y].Score?.Total ?? 0).CompareTo(cards[x].Score?.Total ?? 0) is var order && order != 0 ? order : x.CompareTo(y));
            for (var rank = 0; rank < byScore.Count; rank++)
            {
                ranked.Add(((rank + 0.5) / cards.Count, a, byScore[rank]));
            }
        }

        ranked.Sort((x, y) => x.Position != y.Position ? x.Position.CompareTo(y.Position) : x.Article.CompareTo(y.Article));
        var chosen = ranked.GetRange(0, limit);
        chosen.Sort((x, y) => x.Article != y.Article ? x.Article.CompareTo(y.Article) : x.Index.CompareTo(y.Index));
        var result = new List<Card>(limit);
        foreach (var (_, article, index) in chosen)
        {
            result.Add(perArticle[article][index]);
        }

        return result;
    }
}

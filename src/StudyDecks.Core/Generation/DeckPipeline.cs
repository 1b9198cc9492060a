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
/// cards from the facts it finds; the linter repairs or drops each), then scoring (<see cref="CandidateScorer"/>: a bound
/// from what a <see cref="Proposal"/> tells before it is written, the score once it is), then selection
/// (<see cref="CardSelector"/>: the best under the budget, answers and kinds mixed, writing a proposal only when its bound
/// could still be chosen), in article order.
/// Immutable and reusable; the same articles and options always give the same deck.
/// </summary>
internal sealed class DeckPipeline(IReadOnlyList<Func<Lexicon, IFactFinder>> finders, IReadOnlyList<IQuestionKind> kinds, FeatureWeights weights)
{
    public IReadOnlyList<IQuestionKind> Kinds { get; } = kinds;

    public FeatureWeights Weights { get; } = weights;

    /// <param name="articles">The articles, in deck order.</param>
    /// <param name="options">The run's settings.</param>
    /// <param name="boundCandidates">
    /// Write a proposal only when its bound says it could be chosen (the default); false writes every candidate, for
    /// tests that the two give the same deck.
    /// </param>
    /// <param name="workers">
    /// How many articles are analysed, and have their candidates written, at once (default: one per processor); the deck
    /// is the same for any number.
    /// </param>
    public Deck Generate(IReadOnlyList<Article> articles, GenerationOptions options, bool boundCandidates = true, int? workers = null)
    {
        var lexicon = Lexicon.Default;
        var parallel = Math.Max(1, workers ?? Environment.ProcessorCount);
        var analyses = Analyze(articles, lexicon, parallel);
        var context = new GenerationContext(lexicon, analyses, options.Seed, [.. finders.Select(finder => finder(lexicon))]);
        var writeAll = options.AllCandidates || !boundCandidates;
        var perArticle = new List<List<Card>>(analyses.Count);
        var earlierArticles = new StemIndex();

        // The articles after the one being selected are worked on meanwhile, each by its own context: candidates found,
        // and those a selection of its own needs written. That selection knows the questions of the articles chosen so
        // far, not yet of all those before: when none of its cards asks what one of those did, it is the selection the
        // article would have had in turn (the index only grows, so every card it skipped would be skipped then too);
        // otherwise the article is selected again, with its cards written once. A window of articles bounds what is held.
        var window = new Queue<Task<PreparedArticle>>();
        var next = 0;
        foreach (var analysis in analyses)
        {
            PreparedArticle prepared;
            if (parallel == 1)
            {
                prepared = Prepare(analysis, context, writeAll, earlier: null);
            }
            else
            {
                while (next < analyses.Count && window.Count < 2 * parallel)
                {
                    var ahead = analyses[next++];
                    window.Enqueue(Task.Run(() => Prepare(ahead, context.ForArticle(), writeAll, options.AllCandidates ? null : earlierArticles)));
                }

                // Waited for without spinning: the spin would take a processor from the articles being worked on.
                var task = window.Dequeue();
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
                prepared = task.GetAwaiter().GetResult();
                task.Dispose();
            }

            var selected = options.AllCandidates
                ? AllInOrder(prepared.Written)
                : prepared.Speculative is { } speculative && !speculative.Exists(card => earlierArticles.HasDuplicateOf(card, TextSimilarity.Normalize(card.Question)))
                    ? speculative
                    : CardSelector.Select(prepared.Written, UnwrittenCandidates.Of(prepared.Unwritten), prepared.Budget, Weights.MinimumScore, earlierArticles);
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

    /// <summary>Every article analysed, in order; several at once, each worker with an analyser of its own.</summary>
    private static List<ArticleAnalysis> Analyze(IReadOnlyList<Article> articles, Lexicon lexicon, int workers)
    {
        var analyses = new ArticleAnalysis[articles.Count];
        Parallel.For(
            0,
            articles.Count,
            new ParallelOptions { MaxDegreeOfParallelism = workers },
            () => new ArticleAnalyzer(lexicon),
            (i, _, analyzer) =>
            {
                analyses[i] = analyzer.Analyze(articles[i]);
                return analyzer;
            },
            static _ => { });
        return [.. analyses];
    }

    /// <summary>
    /// One article's candidates, scored, and (given <paramref name="earlier"/>, the questions of the articles chosen so
    /// far) the cards a selection would choose now: choosing them writes what the article's own selection will need.
    /// </summary>
    private PreparedArticle Prepare(ArticleAnalysis analysis, GenerationContext context, bool writeAll, StemIndex? earlier)
    {
        var scorer = new CandidateScorer(analysis, context.Lexicon, Weights);
        var (written, unwritten) = Candidates(analysis, context, scorer, writeAll);
        var budget = CardSelector.Budget(analysis.Article.Words);
        var speculative = earlier is null ? null : CardSelector.Select(written, UnwrittenCandidates.Of(unwritten), budget, Weights.MinimumScore, earlier);
        return new PreparedArticle(written, unwritten, budget, speculative);
    }

    /// <summary>An article's candidates, written and unwritten, its budget and the speculative choice, if made.</summary>
    private sealed record PreparedArticle(List<Card> Written, List<Unwritten> Unwritten, int Budget, List<Card>? Speculative);

    /// <summary>
    /// Every kind's candidates that pass the linter, after repair, scored: those of a kind that proposes them unwritten
    /// (<see cref="IProposingKind"/>) left unwritten with their bound, unless <paramref name="writeAll"/>. Of two
    /// proposals with one id (the same kind, answer and sentence text: a sentence repeated in the article), only the
    /// first is written: the second would ask the same question. A proposal whose sentence the article also states with
    /// another answer in its place is not written at all (<see cref="ProposalFrames"/>).
    /// </summary>
    private (List<Card> Written, List<Unwritten> Unwritten) Candidates(ArticleAnalysis analysis, GenerationContext context, CandidateScorer scorer, bool writeAll)
    {
        var written = new List<Card>();
        var unwritten = new List<Unwritten>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Keyed by what makes a card's id (the article is the same for all): the id's hash is needed only to rank ties.
        var proposed = new HashSet<(string Sentence, string Answer, string Kind)>();
        var proposalsByKind = new Dictionary<IQuestionKind, List<Proposal>>();
        var frames = new ProposalFrames();
        foreach (var kind in Kinds)
        {
            if (kind is IProposingKind proposing)
            {
                var proposals = proposalsByKind[kind] = [.. proposing.Proposals(analysis, context)];
                foreach (var proposal in proposals)
                {
                    frames.Add(kind.Name, proposal);
                }
            }
        }

        foreach (var kind in Kinds)
        {
            if (proposalsByKind.TryGetValue(kind, out var proposals))
            {
                foreach (var proposal in proposals)
                {
                    // A card's id is made from its article, sentence text, answer and kind: known before it is written.
                    if (!proposed.Add((proposal.Sentence.Text, proposal.Answer, kind.Name)) || frames.HasTwoAnswers(kind.Name, proposal))
                    {
                        continue;
                    }

                    if (writeAll)
                    {
                        if (proposal.Write() is { } card && Checked(card, kind, analysis, scorer) is { } good)
                        {
                            written.Add(good);
                        }

                        continue;
                    }

                    var bound = scorer.Bound(proposal, kind);
                    // One below the minimum whatever it becomes is never written.
                    if (bound >= Weights.MinimumScore)
                    {
                        unwritten.Add(new Unwritten(
                            analysis.Article.Id, proposal.Sentence.Text, kind.Name, bound, proposal.Sentence.Index, proposal.Answer, !proposal.IsStatement,
                            () => proposal.Write() is { } card ? Checked(card, kind, analysis, scorer) : null));
                    }
                }

                continue;
            }

            foreach (var card in kind.Propose(analysis, context))
            {
                if (seen.Add(card.Id) && Checked(card, kind, analysis, scorer) is { } good)
                {
                    written.Add(good);
                }
            }
        }

        return (written, unwritten);
    }

    /// <summary>The card repaired and scored, or <see langword="null"/> when it does not pass the linter.</summary>
    private static Card? Checked(Card card, IQuestionKind kind, ArticleAnalysis analysis, CandidateScorer scorer) =>
        StemRepairs.Apply(card, analysis) is { } repaired && Repair(repaired, analysis.Article) is { } good
            ? good with { Score = scorer.Score(new Candidate(good, kind)) }
            : null;

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

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Generation;

/// <summary>
/// Analyses articles, asks every question kind for candidate cards, lints each candidate (repairing or dropping those
/// that fail) and selects the deck: at most two cards per sentence, no duplicate questions, article order.
/// Immutable and reusable; the same articles and options always give the same deck.
/// </summary>
internal sealed class DeckPipeline(IReadOnlyList<IQuestionKind> kinds)
{
    /// <summary>Most cards made from one sentence.</summary>
    public const int MaximumCardsPerSentence = 2;

    public IReadOnlyList<IQuestionKind> Kinds { get; } = kinds;

    public Deck Generate(IReadOnlyList<Article> articles, GenerationOptions options)
    {
        var lexicon = Lexicon.Default;
        var analyzer = new ArticleAnalyzer(lexicon);
        var analyses = new List<ArticleAnalysis>(articles.Count);
        foreach (var article in articles)
        {
            analyses.Add(analyzer.Analyze(article));
        }

        var context = new GenerationContext(lexicon, analyses, options.Seed);
        var perArticle = new List<List<Card>>();
        var earlierArticles = new StemIndex();
        foreach (var analysis in analyses)
        {
            var selected = Select(Candidates(analysis, context), earlierArticles);
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

    /// <summary>Every kind's candidates that pass the linter, after repair, with the rank of their kind.</summary>
    private List<(Card Card, int Rank, int Order)> Candidates(ArticleAnalysis analysis, GenerationContext context)
    {
        var candidates = new List<(Card, int, int)>();
        for (var rank = 0; rank < Kinds.Count; rank++)
        {
            foreach (var card in Kinds[rank].Propose(analysis, context))
            {
                if (Repair(card, analysis.Article) is { } good)
                {
                    // A card without options comes after every card with options or a statement to judge.
                    var effectiveRank = good.Distractors.Count == 0 ? rank + Kinds.Count : rank;
                    if (good.Type == CardType.TrueFalse && good.Source.Sentence % 3 == 0)
                    {
                        effectiveRank = 0; // every third sentence is asked as a statement, for a mix of card types
                    }

                    candidates.Add((good, effectiveRank, candidates.Count));
                }
            }
        }

        return candidates;
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
            if (finding.Rule[0] != 'D' || card.Type == CardType.TrueFalse)
            {
                return null;
            }
        }

        var bare = card with { Type = card.Type == CardType.Cloze ? CardType.Cloze : CardType.ShortAnswer, Distractors = [] };
        // A multiple-choice or cloze card with only option findings (D) is not linted again: without options it has
        // none, and its stem is checked as a short-answer or cloze stem exactly as before, which found nothing.
        return card.Type is CardType.MultipleChoice or CardType.Cloze || CardLinter.Check(bare, article).Count == 0 ? bare : null;
    }

    private static List<Card> Select(List<(Card Card, int Rank, int Order)> candidates, StemIndex earlierArticles)
    {
        // Sentence order, then kind rank, multiple-choice before fill-in within a kind.
        candidates.Sort((a, b) =>
        {
            var bySentence = a.Card.Source.Sentence.CompareTo(b.Card.Source.Sentence);
            if (bySentence != 0)
            {
                return bySentence;
            }

            var byRank = a.Rank.CompareTo(b.Rank);
            if (byRank != 0)
            {
                return byRank;
            }

            var byOptions = (b.Card.Distractors.Count > 0).CompareTo(a.Card.Distractors.Count > 0);
            if (byOptions != 0)
            {
                return byOptions;
            }

            var byKind = Preference(a.Card).CompareTo(Preference(b.Card));
            return byKind != 0 ? byKind : a.Order.CompareTo(b.Order);
        });

        var kept = new List<Card>();
        var normalized = new List<(Card Card, string Stem)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (card, rank, _) = candidates[i];
            // Candidates come in sentence order, so the kept cards of this card's sentence are the last ones kept.
            var first = kept.Count;
            while (first > 0 && kept[first - 1].Source.Sentence == card.Source.Sentence)
            {
                first--;
            }

            if (kept.Count - first >= MaximumCardsPerSentence || SharesAnswerOrStatement(kept, first, card))
            {
                continue;
            }

            var stem = TextSimilarity.Normalize(card.Question);
            // Across articles too: "Who was the US Secretary of State in 2021?" and "… in 2024?" both ask for Blinken.
            if (StemIndex.IsDuplicateOfAny(normalized, card, stem) || earlierArticles.HasDuplicateOf(card, stem))
            {
                continue;
            }

            // Each card already passed the linter alone: only what lies between it and its sentence's other cards is new.
            if (kept.Count > first && HasBetweenCardFinding([.. kept.GetRange(first, kept.Count - first), card]))
            {
                continue;
            }

            kept.Add(card);
            normalized.Add((card, stem));
        }

        return kept;
    }

    /// <summary>Whether a kept card of the sentence (from <paramref name="first"/> on) has the same answer, or is a statement too.</summary>
    private static bool SharesAnswerOrStatement(List<Card> kept, int first, Card card)
    {
        for (var k = first; k < kept.Count; k++)
        {
            var other = kept[k];
            if ((other.Tags[0] == card.Tags[0] && card.Tags[0] is "true-false") || other.Answer == card.Answer)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which blank of a sentence is best: counts and sums first, then dates, then names.</summary>
    private static int Preference(Card card) => card.AnswerKind switch
    {
        AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent when char.IsDigit(card.Answer[^1]) || card.Answer.Contains('$', StringComparison.Ordinal) => 0,
        AnswerKind.Number or AnswerKind.Money or AnswerKind.Percent or AnswerKind.Year or AnswerKind.Date or AnswerKind.Duration => 1,
        AnswerKind.Organization or AnswerKind.Person => 2,
        _ => 3,
    };

    private static bool HasBetweenCardFinding(List<Card> cards)
    {
        foreach (var finding in CardLinter.CheckBetweenCards(cards))
        {
            if (finding.Rule is "S8" or "S9")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most <paramref name="maxCards"/> cards, spread evenly over the articles, in article order.</summary>
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
            for (var i = 0; i < perArticle[a].Count; i++)
            {
                ranked.Add(((i + 0.5) / perArticle[a].Count, a, i));
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

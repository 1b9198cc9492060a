using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Review;

/// <summary>
/// Carries a teacher's review over to a regenerated deck, card by card id: a kept card stays kept, a dropped card
/// dropped and an edited card keeps its edits, even when the generator no longer proposes it, as long as its source
/// sentence is still in its article. A reviewed card is carried as the teacher saw it, at its sentence's new place.
/// </summary>
public static class ReviewMerge
{
    /// <summary>Merges the review decisions of <paramref name="previous"/> into <paramref name="generated"/>.</summary>
    /// <param name="generated">The deck just generated from <paramref name="articles"/>.</param>
    /// <param name="previous">The deck it replaces, with the teacher's decisions.</param>
    /// <param name="articles">The articles <paramref name="generated"/> was made from.</param>
    public static ReviewMergeResult Merge(Deck generated, Deck previous, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(articles);
        var byId = articles.ToDictionary(article => article.Id, StringComparer.Ordinal);
        var generatedById = generated.Cards.ToDictionary(card => card.Id, StringComparer.Ordinal);
        var sentences = new Dictionary<string, IReadOnlyList<Sentence>>(StringComparer.Ordinal);
        var carried = new Dictionary<string, Card>(StringComparer.Ordinal);
        var gone = 0;
        foreach (var card in previous.Cards)
        {
            if (card.Review is null)
            {
                continue;
            }

            var source = generatedById.GetValueOrDefault(card.Id)?.Source ?? (byId.TryGetValue(card.Source.Article, out var article) ? Locate(card, article, sentences) : null);
            if (source is null)
            {
                gone++;
                continue;
            }

            carried[card.Id] = card with { Source = source };
        }

        var cards = generated.Cards.Select(card => carried.TryGetValue(card.Id, out var reviewed) ? reviewed : card).ToList();
        var order = generated.Sources.Select((source, i) => (source.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i, StringComparer.Ordinal);
        foreach (var card in carried.Values.Where(card => !generatedById.ContainsKey(card.Id)).OrderBy(card => card.Source.Start))
        {
            cards.Insert(InsertionPoint(cards, card, order), card);
        }

        var deck = generated with { Cards = cards };
        return new ReviewMergeResult(deck, carried.Count, cards.Count(card => card.Review is null), gone);
    }

    /// <summary>Where the card's source text now is in <paramref name="article"/>: the occurrence nearest its old place, or null when it is gone.</summary>
    private static CardSource? Locate(Card card, Article article, Dictionary<string, IReadOnlyList<Sentence>> sentences)
    {
        var text = article.Text;
        int? best = null;
        for (var at = text.IndexOf(card.Explanation, StringComparison.Ordinal); at >= 0; at = text.IndexOf(card.Explanation, at + 1, StringComparison.Ordinal))
        {
            if (best is null || Math.Abs(at - card.Source.Start) < Math.Abs(best.Value - card.Source.Start))
            {
                best = at;
            }
        }

        if (best is not { } start)
        {
            return null;
        }

        var end = start + card.Explanation.Length;
        if (!sentences.TryGetValue(article.Id, out var split))
        {
            sentences[article.Id] = split = new SentenceSplitter(Lexicon.Default).Split(article);
        }

        // The card asks about the sentence that ends its source text (a quotation's passage starts sentences earlier).
        var index = split.LastOrDefault(sentence => sentence.Start < end)?.Index ?? card.Source.Sentence;
        return new CardSource(article.Id, index, start, end);
    }

    /// <summary>Before the first card of the same article whose text starts later, else after that article's last card, else by article order.</summary>
    private static int InsertionPoint(List<Card> cards, Card card, Dictionary<string, int> order)
    {
        var own = order.GetValueOrDefault(card.Source.Article, int.MaxValue);
        for (var i = 0; i < cards.Count; i++)
        {
            var other = order.GetValueOrDefault(cards[i].Source.Article, int.MaxValue);
            if (other > own || (other == own && cards[i].Source.Start > card.Source.Start))
            {
                return i;
            }
        }

        return cards.Count;
    }
}

/// <summary>A regenerated deck with the review carried over, and what the carrying did.</summary>
/// <param name="Deck">The merged deck.</param>
/// <param name="Carried">Review decisions carried over.</param>
/// <param name="NewToReview">Cards of the merged deck with no decision yet.</param>
/// <param name="Gone">Reviewed cards whose source sentence is no longer in its article: their decisions are gone.</param>
public sealed record ReviewMergeResult(Deck Deck, int Carried, int NewToReview, int Gone)
{
    /// <summary>"Kept 12 review decisions; 5 new cards to review; 1 reviewed card's sentence is gone from its article".</summary>
    public string Summary()
    {
        var parts = new List<string>
        {
            Carried == 1 ? "Kept 1 review decision" : $"Kept {Carried} review decisions",
            NewToReview == 1 ? "1 new card to review" : $"{NewToReview} new cards to review",
        };
        if (Gone > 0)
        {
            parts.Add(Gone == 1 ? "1 reviewed card's sentence is gone from its article" : $"{Gone} reviewed cards' sentences are gone from their articles");
        }

        return string.Join("; ", parts);
    }
}

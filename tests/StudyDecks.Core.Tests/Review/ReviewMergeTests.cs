using System.Text;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Review;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Review;

public sealed class ReviewMergeTests
{
    private static readonly GenerationOptions Options = new("Coalition", 1, null, false);

    [Test]
    public void Regenerating_an_edited_article_keeps_every_decision_whose_sentence_survives()
    {
        // Two articles that each give several cards (the seed articles give three in all).
        var paths = new[] { "03-madrid-conference-1991.txt", "13-barbary-wars.txt" }.Select(name => Path.Combine(TestData.ArticlesFolder, name)).ToArray();
        var articles = paths.Select(TestData.Load).ToArray();
        var generated = DeckGenerator.Generate(articles, Options);
        var cards = generated.Cards.ToArray();
        Assert.That(cards, Has.Length.GreaterThanOrEqualTo(4));
        cards[0] = CardEdits.Keep(cards[0]);
        cards[1] = CardEdits.Drop(cards[1]);
        cards[2] = CardEdits.EditQuestion(cards[2], cards[2].Type == CardType.Cloze ? "Reworded: " + cards[2].Question : "Reworded, " + cards[2].Question).Card!;
        // A kept card whose sentence no other reviewed card shares: its sentence is cut from the article.
        var gone = Enumerable.Range(3, cards.Length - 3).First(i => cards.Take(3).All(card => !card.Explanation.Contains(cards[i].Explanation, StringComparison.Ordinal) && !cards[i].Explanation.Contains(card.Explanation, StringComparison.Ordinal)));
        cards[gone] = CardEdits.Keep(cards[gone]);
        var reviewed = generated with { Cards = cards };

        // The articles gain a first paragraph (every offset moves) and one loses that card's sentence.
        var edited = articles.Select(article => Edit(article, cards[gone], paths)).ToArray();
        var merged = ReviewMerge.Merge(DeckGenerator.Generate(edited, Options), reviewed, edited);

        Assert.That(merged.Carried, Is.EqualTo(3));
        Assert.That(merged.Gone, Is.EqualTo(1));
        var byId = merged.Deck.Cards.ToDictionary(card => card.Id);
        Assert.That(byId[cards[0].Id].Review!.Status, Is.EqualTo(ReviewStatus.Kept));
        Assert.That(byId[cards[1].Id].IsDropped, Is.True);
        Assert.That(byId[cards[2].Id].Question, Is.EqualTo(cards[2].Question));
        Assert.That(byId[cards[2].Id].Review!.Original!.Question, Is.EqualTo(generated.Cards[2].Question));
        Assert.That(byId.ContainsKey(cards[gone].Id), Is.False);
        foreach (var card in merged.Deck.Cards)
        {
            var text = edited.Single(article => article.Id == card.Source.Article).Text;
            Assert.That(text[card.Source.Start..card.Source.End], Is.EqualTo(card.Explanation), card.Id);
        }

        Assert.That(merged.Summary(), Does.StartWith("Kept 3 review decisions; ").And.EndWith("; 1 reviewed card's sentence is gone from its article"));
        Assert.DoesNotThrow(() => DeckJson.Parse(DeckJson.Serialize(merged.Deck), "merged.deck.json"));
    }

    [Test]
    public void A_reviewed_card_the_generator_no_longer_proposes_is_carried_at_its_sentence()
    {
        var articles = TestData.SeedArticles();
        var generated = DeckGenerator.Generate(articles, Options);
        var first = generated.Cards[0];
        var kept = CardEdits.Keep(first);
        var previous = generated with { Cards = [kept] };
        var without = generated with { Cards = [.. generated.Cards.Skip(1)] };

        var merged = ReviewMerge.Merge(without, previous, articles);

        Assert.That(merged.Deck.Cards[0], Is.EqualTo(kept));
        Assert.That(merged.Deck.Cards, Has.Count.EqualTo(generated.Cards.Count));
        Assert.That(merged.NewToReview, Is.EqualTo(generated.Cards.Count - 1));
    }

    [Test]
    public void A_deck_without_decisions_carries_nothing()
    {
        var articles = TestData.SeedArticles();
        var generated = DeckGenerator.Generate(articles, Options);

        var merged = ReviewMerge.Merge(generated, generated, articles);

        Assert.That(merged.Carried, Is.Zero);
        Assert.That(DeckJson.Serialize(merged.Deck), Is.EqualTo(DeckJson.Serialize(generated)));
        Assert.That(merged.Summary(), Is.EqualTo($"Kept 0 review decisions; {generated.Cards.Count} new cards to review"));
    }

    /// <summary>The article read again with a new first paragraph and without <paramref name="gone"/>'s sentence.</summary>
    private static Article Edit(Article article, Card gone, IReadOnlyList<string> paths)
    {
        var path = paths.Single(p => TestData.Load(p).Id == article.Id);
        var text = File.ReadAllText(path);
        if (article.Id == gone.Source.Article)
        {
            Assert.That(text, Does.Contain(gone.Explanation));
            text = text.Replace(gone.Explanation, string.Empty, StringComparison.Ordinal);
        }

        var body = text.IndexOf("\n\n", StringComparison.Ordinal);
        text = text[..(body + 2)] + "An editor's note opens the article now, and it moves every sentence after it.\n\n" + text[(body + 2)..];
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ArticleReader.Read(stream, path);
    }
}

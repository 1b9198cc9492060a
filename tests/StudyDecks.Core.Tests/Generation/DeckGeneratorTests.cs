using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Quality;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Generation;

public class DeckGeneratorTests
{
    private static readonly Lazy<IReadOnlyList<Article>> Articles = new(TestData.AllArticles);

    private static IEnumerable<TestCaseData> EveryArticle() =>
        TestData.AllArticlePaths.Select(path => new TestCaseData(Path.GetFileNameWithoutExtension(path)).SetName($"{{m}}({Path.GetFileNameWithoutExtension(path)})"));

    private static Article ArticleNamed(string id) => Articles.Value.Single(article => article.Id == id);

    [Test]
    public void The_same_articles_and_seed_give_a_byte_identical_deck()
    {
        // Arrange
        var options = new GenerationOptions("Coalition", Seed: 7);

        // Act
        var first = DeckJson.Serialize(DeckGenerator.Generate(TestData.SeedArticles(), options));
        var second = DeckJson.Serialize(DeckGenerator.Generate(TestData.SeedArticles(), options));

        // Assert
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Card_ids_are_stable_across_seeds_and_deck_limits()
    {
        // Arrange
        var seeds = TestData.SeedArticles();

        // Act
        var full = DeckGenerator.Generate(seeds, new GenerationOptions("Coalition", Seed: 1)).Cards.Select(card => card.Id).ToHashSet();
        var limited = DeckGenerator.Generate(seeds, new GenerationOptions("Coalition", Seed: 2, MaxCards: 10)).Cards.Select(card => card.Id).ToList();

        // Assert
        Assert.That(limited, Is.SubsetOf(full));
    }

    [Test]
    public void Max_cards_keeps_at_most_that_many_in_article_order_from_every_article()
    {
        // Act
        var deck = DeckGenerator.Generate(TestData.SeedArticles(), new GenerationOptions("Coalition", MaxCards: 12));

        // Assert
        Assert.That(deck.Cards, Has.Count.EqualTo(12));
        Assert.That(deck.Cards.Select(card => card.Source.Article).Distinct().Count(), Is.EqualTo(2));
        var order = deck.Cards.Select(card => $"{card.Source.Article}#{card.Source.Sentence:D4}").ToList();
        Assert.That(order, Is.EqualTo(order.Order(StringComparer.Ordinal).ToList()));
    }

    [TestCaseSource(nameof(EveryArticle))]
    public void Every_card_passes_the_linter(string id)
    {
        // Arrange
        var article = ArticleNamed(id);

        // Act
        var deck = DeckGenerator.Generate([article], new GenerationOptions(id));
        var findings = CardLinter.Check(deck, [article]);

        // Assert
        Assert.That(findings, Is.Empty);
    }

    [TestCaseSource(nameof(EveryArticle))]
    public void Every_article_gives_at_least_15_cards_per_1000_words_of_several_types(string id)
    {
        // Arrange
        var article = ArticleNamed(id);

        // Act
        var deck = DeckGenerator.Generate([article], new GenerationOptions(id));
        var perThousandWords = deck.Cards.Count * 1000.0 / article.Words;

        // Assert
        Assert.That(perThousandWords, Is.AtLeast(15.0));
        Assert.That(deck.Cards.Select(card => card.Tags[0]).Distinct().Count(), Is.AtLeast(2));
    }

    [Test]
    public void The_bundled_articles_together_give_at_least_15_cards_per_1000_words()
    {
        // Act
        var cards = Articles.Value.Sum(article => DeckGenerator.Generate([article], new GenerationOptions(article.Id)).Cards.Count);
        var words = Articles.Value.Sum(article => article.Words);

        // Assert
        Assert.That(cards * 1000.0 / words, Is.AtLeast(15.0));
    }

    [TestCaseSource(nameof(EveryArticle))]
    public void Every_card_is_well_formed_against_its_article(string id)
    {
        // Arrange
        var article = ArticleNamed(id);

        // Act
        var deck = DeckGenerator.Generate([article], new GenerationOptions(id));

        // Assert
        foreach (var card in deck.Cards)
        {
            Assert.That(article.Text[card.Source.Start..card.Source.End], Is.EqualTo(card.Explanation), card.Id);
            Assert.That(card.Distractors, Does.Not.Contain(card.Answer), card.Id);
            Assert.That(card.Distractors, Is.Unique, card.Id);
            if (card.Type == CardType.MultipleChoice)
            {
                Assert.That(card.Distractors, Has.Count.EqualTo(3), card.Id);
            }

            if (card.Type == CardType.Cloze)
            {
                Assert.That(card.Question.Split(Card.Blank).Length - 1, Is.EqualTo(1), card.Id);
            }
            else if (card.Type != CardType.TrueFalse)
            {
                Assert.That(card.Question, Does.EndWith("?"), card.Id);
            }
        }
    }

    [Test]
    public void The_seed_deck_asks_who_held_a_role_with_a_year_and_who_said_a_quotation()
    {
        // Act
        var deck = DeckGenerator.Generate(TestData.SeedArticles(), new GenerationOptions("Coalition"));
        var questions = deck.Cards.Select(card => (card.Question, card.Answer)).ToList();

        // Assert
        Assert.That(questions, Does.Contain(("Who was the Acting US Special Envoy for the Global Coalition in 2021?", "John Godfrey")));
        Assert.That(questions, Does.Contain(("Who said, “There is a need for countries to take action to repatriate foreign fighters”?", "Antony Blinken")));
    }

    [Test]
    public void The_bundled_articles_ask_counts_sums_and_dates_as_real_questions()
    {
        // Act
        var cards = Articles.Value.SelectMany(article => DeckGenerator.Generate([article], new GenerationOptions(article.Id)).Cards).ToList();
        var questions = cards.Select(card => (card.Question, card.Answer)).ToList();

        // Assert
        Assert.That(cards.Count(card => card.Tags[0] is "how-many" or "how-much" or "when"), Is.AtLeast(8));
        Assert.That(cards.Select(card => card.Tags[0]), Does.Contain("how-many").And.Contain("how-much").And.Contain("when"));
        Assert.That(questions, Does.Contain(("How many people did a coordinated attack among three ISIS teams in Paris kill in November 2015?", "130")));
        Assert.That(questions, Does.Contain(("When did Nixon convene a meeting of his top economic advisers?", "August 13, 1971")));
        Assert.That(questions, Does.Contain(("When did the PLO finally meet U.S. demand that it renounce terrorism and accept U.N. Security Council Resolutions 242 and 338?", "November 1988")));
    }

    [Test]
    public void A_fact_asked_as_a_question_is_not_also_asked_as_a_cloze()
    {
        // Act
        var cards = DeckGenerator.Generate([ArticleNamed("seed-2021-d-isis-rome")], new GenerationOptions("Rome")).Cards;

        // Assert
        Assert.That(cards.Where(card => card.Answer == "130").Select(card => card.Tags[0]), Is.EqualTo(new[] { "how-many" }));
    }

    [Test]
    public void A_national_office_names_the_country_its_sentence_names()
    {
        // Act
        var questions = DeckGenerator.Generate([ArticleNamed("seed-2021-d-isis-rome")], new GenerationOptions("Rome")).Cards.Select(card => card.Question).ToList();

        // Assert
        Assert.That(questions, Does.Contain("Who was the US Secretary of State in 2021?"));
        Assert.That(questions, Does.Not.Contain("Who was the Secretary of State in 2021?"));
    }

    [Test]
    public void A_member_of_an_enumerated_group_is_never_a_blank()
    {
        // Act
        var questions = DeckGenerator.Generate([ArticleNamed("seed-2021-d-isis-rome")], new GenerationOptions("Rome")).Cards.Select(card => card.Question).ToList();

        // Assert
        Assert.That(questions, Has.None.Contains("(Canada, _____"));
    }
}

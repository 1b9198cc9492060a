using CsCheck;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Generation;

/// <summary>
/// Articles are analysed and have their candidates written several at once, each selected ahead of its turn against the
/// questions chosen so far: the deck must be byte for byte the one that working on one article at a time gives.
/// </summary>
public sealed class ParallelGenerationTests
{
    private static readonly DeckPipeline Pipeline = new DeckPipelineBuilder().UseDefaultFinders().UseDefaultKinds().Build();

    [TestCase(2)]
    [TestCase(5)]
    public void Articles_worked_on_at_once_give_the_deck_of_one_at_a_time(int workers)
    {
        var articles = TestData.AllArticlePaths.Select(TestData.Load).ToList();
        var options = new GenerationOptions("Parallel", Seed: 3);

        Assert.That(Serialize(articles, options, workers), Is.EqualTo(Serialize(articles, options, workers: 1)));
    }

    [Test]
    public void An_article_whose_questions_an_earlier_one_asked_is_selected_in_turn()
    {
        // Each article comes twice in a row, under two names: the second copy asks what the first did. Chosen ahead of its
        // turn, beside the first, its cards would repeat the first's; in turn, it gives other cards or none.
        var articles = TestData.AllArticlePaths.Select(File.ReadAllBytes)
            .SelectMany((bytes, i) => (Article[])[ArticleReader.Read(bytes, $"first-{i:D2}.txt"), ArticleReader.Read(bytes, $"second-{i:D2}.txt")])
            .ToList();
        var options = new GenerationOptions("Copies", Seed: 1);

        var deck = Pipeline.Generate(articles, options, workers: 4);

        Assert.That(DeckJson.Serialize(deck), Is.EqualTo(Serialize(articles, options, workers: 1)));
        var questions = deck.Cards.Select(card => card.Question).ToList();
        Assert.That(questions, Is.Unique);
    }

    [Test]
    public void Every_candidate_for_review_is_the_same_worked_on_at_once()
    {
        var articles = TestData.AllArticlePaths.Select(TestData.Load).ToList();
        var options = new GenerationOptions("Review", Seed: 2, AllCandidates: true);

        Assert.That(Serialize(articles, options, workers: 3), Is.EqualTo(Serialize(articles, options, workers: 1)));
    }

    [Test]
    public void Decks_of_random_article_sets_are_the_same_worked_on_at_once()
    {
        var paths = TestData.AllArticlePaths;
        var sets = Gen.Select(Gen.Int[0, paths.Count - 1].Array[2, 9], Gen.Int[1, 5], (picks, seed) => (Picks: picks, Seed: seed));
        sets.Sample(
            sample =>
            {
                // A pick may repeat: the same article under two names asks the same questions twice.
                var articles = sample.Picks.Select((pick, i) => ArticleReader.Read(File.ReadAllBytes(paths[pick]), $"pick-{i}.txt")).ToList();
                var options = new GenerationOptions("Random set", sample.Seed);
                return Serialize(articles, options, workers: 3) == Serialize(articles, options, workers: 1);
            },
            iter: 12,
            threads: 1);
    }

    private static string Serialize(IReadOnlyList<Article> articles, GenerationOptions options, int workers) =>
        DeckJson.Serialize(Pipeline.Generate(articles, options, workers: workers));
}

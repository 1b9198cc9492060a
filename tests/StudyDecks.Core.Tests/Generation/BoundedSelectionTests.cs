using System.Text;
using CsCheck;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Generation.Repairs;
using StudyDecks.Core.Generation.Scoring;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Generation;

/// <summary>
/// Selection writes a proposed card only when its bound says it could be chosen: the deck must be the one every
/// candidate written would give, on prose and on long runs of figures (issue 13, item 2).
/// </summary>
public sealed class BoundedSelectionTests
{
    private static readonly DeckPipeline Pipeline = new DeckPipelineBuilder().UseDefaultFinders().UseDefaultKinds().Build();

    private static readonly string[] Paragraphs = TestData.AllArticlePaths
        .SelectMany(path => TestData.Load(path).Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        .Where(paragraph => paragraph.Length > 80)
        .ToArray();

    public static IEnumerable<string> Shapes => [.. FigureStatements.Kinds, "mixed"];

    [Test]
    public void Every_development_article_gives_the_deck_of_every_candidate_written()
    {
        var articles = TestData.AllArticlePaths.Select(TestData.Load).ToList();
        foreach (var article in articles)
        {
            AssertSameDeck([article], seed: 1);
        }

        AssertSameDeck(articles, seed: 7);
    }

    [TestCaseSource(nameof(Shapes))]
    public void A_long_article_of_figures_gives_the_deck_of_every_candidate_written(string shape)
    {
        foreach (var seed in (int[])[1, 2])
        {
            AssertSameDeck([FigureArticle(shape, lines: 300, seed)], seed);
        }
    }

    [Test]
    public void A_deck_limited_to_a_few_cards_is_the_same_too()
    {
        var articles = new[] { FigureArticle("years", 120, 3), TestData.Load(TestData.AllArticlePaths[0]), FigureArticle("dates", 120, 4) };
        var options = new GenerationOptions("Limited", Seed: 5, MaxCards: 12);
        Assert.That(DeckJson.Serialize(Pipeline.Generate(articles, options)), Is.EqualTo(DeckJson.Serialize(Pipeline.Generate(articles, options, boundCandidates: false))));
    }

    [Test]
    public void Articles_of_random_paragraphs_and_figure_lines_give_the_deck_of_every_candidate_written()
    {
        var pieces = Gen.OneOf(
            Gen.Int[0, Paragraphs.Length - 1].Select(pick => Paragraphs[pick]),
            Gen.Select(Gen.Int[0, 5].Select(index => Shapes.ElementAt(index)), Gen.Int[0, 1000], (shape, seed) => FigureLines(shape, 3, new Random(seed))));
        var articles = Gen.Select(pieces.Array[2, 8], Gen.Int[1, 5], (parts, seed) =>
            (Article: Read("Random article\nDate: 2021-06-28\n\n" + string.Join("\n\n", parts) + "\n"), Seed: seed));
        articles.Sample(
            sample =>
            {
                var options = new GenerationOptions("Random", sample.Seed);
                return DeckJson.Serialize(Pipeline.Generate([sample.Article], options)) == DeckJson.Serialize(Pipeline.Generate([sample.Article], options, boundCandidates: false));
            },
            iter: 30,
            threads: 1);
    }

    [Test]
    public void No_written_card_scores_above_the_bound_of_its_proposal()
    {
        var articles = TestData.AllArticlePaths.Select(TestData.Load).Append(FigureArticle("mixed", 60, 1)).ToList();
        var lexicon = Lexicon.Default;
        var analyses = articles.Select(new ArticleAnalyzer(lexicon).Analyze).ToList();
        var context = new GenerationContext(lexicon, analyses, 1, [new Core.Facts.RoleFinder(lexicon), new Core.Facts.QuoteFinder(lexicon)]);
        var checkedCards = 0;
        foreach (var analysis in analyses)
        {
            var scorer = new CandidateScorer(analysis, lexicon, FeatureWeights.Default);
            foreach (var kind in Pipeline.Kinds.OfType<IProposingKind>())
            {
                foreach (var proposal in kind.Proposals(analysis, context))
                {
                    if (proposal.Write() is { } card && StemRepairs.Apply(card, analysis) is { } repaired && DeckPipeline.Repair(repaired, analysis.Article) is { } good)
                    {
                        checkedCards++;
                        Assert.That(scorer.Score(new Candidate(good, kind)).Total, Is.LessThanOrEqualTo(scorer.Bound(proposal, kind)), good.Question);
                    }
                }
            }
        }

        Assert.That(checkedCards, Is.GreaterThan(500));
    }

    private static void AssertSameDeck(List<Article> articles, int seed)
    {
        var options = new GenerationOptions("Bounded", seed);
        var bounded = DeckJson.Serialize(Pipeline.Generate(articles, options));
        var everyCandidate = DeckJson.Serialize(Pipeline.Generate(articles, options, boundCandidates: false));
        Assert.That(bounded, Is.EqualTo(everyCandidate), articles[0].Title);
    }

    /// <summary>
    /// An article of lines of four statements of a figure of the shape each (issue 13's long articles, small; a bare
    /// list of figures is no sentence to ask about).
    /// </summary>
    private static Article FigureArticle(string shape, int lines, int seed) =>
        Read($"Figures of {shape}\n\n" + FigureLines(shape, lines, new Random(seed)));

    private static string FigureLines(string shape, int lines, Random random)
    {
        var text = new StringBuilder();
        for (var line = 0; line < lines; line++)
        {
            var lineShape = shape == "mixed" ? FigureStatements.Kinds[random.Next(FigureStatements.Kinds.Count)] : shape;
            text.AppendJoin(' ', Enumerable.Range(0, 4).Select(_ => FigureStatements.Statement(lineShape, random))).Append('\n');
        }

        return text.ToString();
    }

    private static Article Read(string text) => ArticleReader.Read(Encoding.UTF8.GetBytes(text), "bounded.txt");
}

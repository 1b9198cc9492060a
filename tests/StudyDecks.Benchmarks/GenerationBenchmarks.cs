using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Generation;
using StudyDecks.Testing;

namespace StudyDecks.Benchmarks;

/// <summary>
/// Generation throughput on the bundled articles (about 60 KB) and on a 10 MB corpus made of those articles repeated as
/// distinct articles, with the articles analysed and their candidates written on every processor and the collector the
/// command runs with (server GC). The "MB/s" and "Alloc MB/MB" columns (<see cref="ThroughputColumn"/>)
/// divide by the corpus's size in MB of UTF-8 article text.
/// Run: <c>dotnet run -c Release --project tests/StudyDecks.Benchmarks -- --filter '*Generation*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GenerationBenchmarks
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private List<Article> _articles = [];

    [Params("articles", "10MB")]
    public string Corpus { get; set; } = "articles";

    [GlobalSetup]
    public void Setup()
    {
        _articles = Build(Corpus);
        Console.WriteLine($"// {Corpus}: {_articles.Count} articles, {MegabytesOf(Corpus):F2} MB of text");
    }

    [Benchmark]
    public int Generate() => DeckGenerator.Generate(_articles, new GenerationOptions("Benchmark", Seed: 1)).Cards.Count;

    /// <summary>Size of a corpus's article text in MB (UTF-8 bytes of <see cref="Article.Text"/>).</summary>
    public static double MegabytesOf(string corpus)
    {
        lock (Sizes)
        {
            if (!Sizes.TryGetValue(corpus, out var megabytes))
            {
                var size = 0L;
                foreach (var article in Build(corpus))
                {
                    size += Encoding.UTF8.GetByteCount(article.Text);
                }

                Sizes[corpus] = megabytes = size / (1024.0 * 1024.0);
            }

            return megabytes;
        }
    }

    private static readonly Dictionary<string, double> Sizes = new(StringComparer.Ordinal);

    /// <summary>The bundled articles once ("articles"), or repeated under new names until they reach 10 MB ("10MB").</summary>
    private static List<Article> Build(string corpus)
    {
        var bundled = TestData.AllArticlePaths.Select(File.ReadAllBytes).ToArray();
        var articles = new List<Article>();
        var size = 0L;
        var round = 0;
        do
        {
            for (var i = 0; i < bundled.Length; i++)
            {
                var article = ArticleReader.Read(bundled[i], $"article-{round:D4}-{i:D2}.txt");
                articles.Add(article);
                size += Encoding.UTF8.GetByteCount(article.Text);
            }

            round++;
        }
        while (corpus == "10MB" && size < TenMegabytes);

        return articles;
    }

    /// <summary>Adds the throughput columns; shared with <see cref="LongArticleBenchmarks"/>.</summary>
    internal sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocatedPerMegabyte);
    }
}

using System.Text;
using BenchmarkDotNet.Attributes;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Generation;
using StudyDecks.Testing;

namespace StudyDecks.Benchmarks;

/// <summary>
/// Generation throughput on the bundled articles (about 60 KB) and on a 10 MB corpus made of those articles repeated
/// as distinct articles. MB/s = <see cref="CorpusMegabytes"/> / mean time; allocations per MB = allocated / MB.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private IReadOnlyList<Article> _articles = [];

    [Params("articles", "10MB")]
    public string Corpus { get; set; } = "articles";

    /// <summary>Size of the corpus's article text in MB (UTF-16 characters counted as bytes of text).</summary>
    public double CorpusMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
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
        while (Corpus == "10MB" && size < TenMegabytes);

        _articles = articles;
        CorpusMegabytes = size / (1024.0 * 1024.0);
        Console.WriteLine($"// {Corpus}: {articles.Count} articles, {CorpusMegabytes:F2} MB of text");
    }

    [Benchmark]
    public int Generate() => DeckGenerator.Generate(_articles, new GenerationOptions("Benchmark", Seed: 1)).Cards.Count;
}

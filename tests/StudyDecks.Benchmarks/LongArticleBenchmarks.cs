using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Generation;
using StudyDecks.Testing;

namespace StudyDecks.Benchmarks;

/// <summary>
/// Generation throughput on one long article of each shape of issue 13 (item 2): prose, and lines of twelve numbers,
/// years, dates, sums or percentages — each line a sentence, which analysis sets aside as a list of figures — numbers in
/// lines with no sentence end at all, and lines of four short statements of one figure each (figure-statements), which
/// every question kind works on.
/// Cost must grow linearly with the article: the "MB/s" column (<see cref="ThroughputColumn"/>) is the figure to watch.
/// Run: <c>dotnet run -c Release --project tests/StudyDecks.Benchmarks -- --filter '*LongArticle*' --job short</c>;
/// <c>STUDYDECKS_SHAPES=prose,sums</c> runs only those shapes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GenerationBenchmarks.ThroughputConfig))]
public class LongArticleBenchmarks
{
    /// <summary>The size of each article: the 2 MB limit.</summary>
    public const int Bytes = 2 * 1024 * 1024;

    private static readonly Dictionary<string, double> Sizes = new(StringComparer.Ordinal);
    private Article _article = null!;

    /// <summary>The shapes to run: all, or those <c>STUDYDECKS_SHAPES</c> lists (comma-separated), as one shape can take long.</summary>
    public static IEnumerable<string> Shapes =>
        Environment.GetEnvironmentVariable("STUDYDECKS_SHAPES") is { Length: > 0 } chosen
            ? chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : ["prose", "numbers-in-lines", "numbers", "years", "dates", "sums", "percentages", "figure-statements"];

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "prose";

    [GlobalSetup]
    public void Setup()
    {
        _article = Build(Shape);
        Console.WriteLine($"// {Shape}: {MegabytesOf(Shape):F2} MB of text");
    }

    [Benchmark]
    public int Generate() => DeckGenerator.Generate([_article], new GenerationOptions("Benchmark", Seed: 1)).Cards.Count;

    /// <summary>Size of a shape's article text in MB (UTF-8 bytes of <see cref="Article.Text"/>).</summary>
    public static double MegabytesOf(string shape)
    {
        lock (Sizes)
        {
            if (!Sizes.TryGetValue(shape, out var megabytes))
            {
                Sizes[shape] = megabytes = Encoding.UTF8.GetByteCount(Build(shape).Text) / (1024.0 * 1024.0);
            }

            return megabytes;
        }
    }

    /// <summary>One article of the shape, just under <see cref="Bytes"/>, the same on every run.</summary>
    public static Article Build(string shape)
    {
        var random = new Random(1);
        var prose = TestData.AllArticlePaths.Select(File.ReadAllText).Select(text => text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..]).ToArray();
        var text = new StringBuilder("Title of the test\n\n");
        var next = 0;
        while (true)
        {
            var piece = shape switch
            {
                "prose" => prose[next++ % prose.Length] + "\n\n",
                "numbers-in-lines" => Line(() => random.Next(1, 99_999).ToString(CultureInfo.InvariantCulture), end: string.Empty),
                "numbers" or "years" or "dates" or "sums" or "percentages" => Line(() => FigureStatements.Figure(shape, random)),
                "figure-statements" => string.Join(' ', Enumerable.Range(0, 4).Select(_ => FigureStatements.Statement(FigureStatements.Kinds[random.Next(FigureStatements.Kinds.Count)], random))) + "\n",
                _ => throw new ArgumentException($"unknown shape {shape}", nameof(shape)),
            };
            if (Encoding.UTF8.GetByteCount(text.ToString()) + Encoding.UTF8.GetByteCount(piece) > Bytes)
            {
                break;
            }

            text.Append(piece);
        }

        return ArticleReader.Read(Encoding.UTF8.GetBytes(text.ToString()), shape + ".txt");
    }

    private static string Line(Func<string> item, string end = ".") =>
        string.Join(' ', Enumerable.Range(0, 12).Select(_ => item())) + end + "\n";
}

using BenchmarkDotNet.Attributes;
using StudyDecks.Core.Decks;
using StudyDecks.Export;
using StudyDecks.Testing;

namespace StudyDecks.Benchmarks;

/// <summary>
/// Exports of a 10,000-card deck. The bar: the .apkg (SQLite collection, then zip) in under one second.
/// Run: dotnet run -c Release --project tests/StudyDecks.Benchmarks -- --filter '*ExportBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private Deck _deck = null!;

    [Params(10_000)]
    public int Cards { get; set; }

    [GlobalSetup]
    public void Setup() => _deck = SampleDecks.Large(Cards);

    [Benchmark(Baseline = true)]
    public long Apkg() => Export(ExportFormat.Anki);

    [Benchmark]
    public long AnkiText() => Export(ExportFormat.AnkiText);

    [Benchmark]
    public long Csv() => Export(ExportFormat.Csv);

    [Benchmark]
    public long Json() => Export(ExportFormat.Json);

    [Benchmark]
    public long Gift() => Export(ExportFormat.Gift);

    [Benchmark]
    public long MoodleXml() => Export(ExportFormat.Moodle);

    [Benchmark]
    public long Quizlet() => Export(ExportFormat.Quizlet);

    private long Export(ExportFormat format)
    {
        using var stream = new MemoryStream();
        DeckExporter.For(format).Write(_deck, stream);
        return stream.Length;
    }
}

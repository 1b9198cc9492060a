using BenchmarkDotNet.Attributes;
using StudyDecks.Core.Decks;
using StudyDecks.Pdf.Quiz;
using StudyDecks.Testing;

namespace StudyDecks.Benchmarks;

/// <summary>Printing quizzes: the bar is a 50-question quiz with its key in under 200 ms, warm.</summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private Deck _deck = null!;

    [GlobalSetup]
    public void Setup() => _deck = SampleDecks.Large(50);

    [Benchmark(Baseline = true)]
    public int Quiz_50_questions_with_key() => QuizPdf.Render(_deck, new QuizOptions(AnswerKey: AnswerKeyPlacement.Appendix)).Quiz.Length;

    [Benchmark]
    public int Quiz_50_questions_2_versions_with_keys() => QuizPdf.Render(_deck, new QuizOptions(Versions: 2, AnswerKey: AnswerKeyPlacement.Appendix)).Quiz.Length;
}

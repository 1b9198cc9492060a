using BenchmarkDotNet.Attributes;
using StudyDecks.Core.Decks;
using StudyDecks.Quiz;
using StudyDecks.Quiz.Asking;
using StudyDecks.Quiz.Reports;
using StudyDecks.Quiz.Scores;
using StudyDecks.Testing;

namespace StudyDecks.Benchmarks;

/// <summary>
/// The quiz runner's database work: one answer committed durably (WAL, synchronous=FULL: what a player waits for
/// after each key press) and item analysis over 10,000 recorded answers (what <c>scores --items</c> costs).
/// Run: dotnet run -c Release --project tests/StudyDecks.Benchmarks -- --filter '*QuizBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet disposes through [GlobalCleanup], not IDisposable.
public class QuizBenchmarks
#pragma warning restore CA1001
{
    private const int RecordedAnswers = 10_000;

    private TempFolder _folder = null!;
    private ScoreStore _store = null!;
    private QuizSession _session = null!;
    private Deck _deck = null!;
    private Question _question = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = new TempFolder();
        _store = ScoreStore.Open(_folder.File("scores.db"), "scores.db", ScoreStoreOptions.Default);
        _deck = SampleDecks.Large(RecordedAnswers / 10);
        // Ten sessions over the whole deck: 10,000 answers for the analysis.
        for (var round = 0; round < 10; round++)
        {
            var session = QuizSession.Start(_store, new QuizSetup(_deck, "large", $"p{round}", QuizMode.All, _deck.Cards.Count), TimeProvider.System, new Random(round));
            while (session.Next() is { } question)
            {
                session.Answer(question, question.Style == AskingStyle.Typed ? Reply.Typed("x") : Reply.Option(round % question.Options.Count));
            }

            session.Finish();
        }

        _session = QuizSession.Start(_store, new QuizSetup(_deck, "large", "bench", QuizMode.All, 1), TimeProvider.System, new Random(1));
        _question = _session.Next()!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Benchmark]
    public bool RecordOneAnswer() => _session.Answer(_question, Reply.Option(0)).Correct;

    [Benchmark]
    public int ItemAnalysisOf10000Answers() => ItemAnalysis.Analyse(_store, new ScoreFilter(null, null)).Count;
}

using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Asking;
using StudyDecks.Quiz.Scores;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests;

/// <summary>A temp folder with a fresh score database, a test clock and the sample deck.</summary>
internal sealed class QuizFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public QuizFixture()
    {
        DatabasePath = _folder.File("scores.db");
        Store = OpenStore();
    }

    public string DatabasePath { get; }

    public ScoreStore Store { get; }

    public TestClock Clock { get; } = new();

    public Deck Deck { get; } = SampleDecks.Coalition();

    public string Folder => _folder.Path;

    public Card Card(string id) => Deck.Cards.Single(card => card.Id == id);

    public ScoreStore OpenStore(TimeSpan? busyTimeout = null) =>
        ScoreStore.Open(DatabasePath, "scores.db", new ScoreStoreOptions(busyTimeout ?? TimeSpan.FromSeconds(5), true));

    public QuizSession Start(QuizMode mode = QuizMode.All, int count = 8, string player = "ana", int seed = 1) =>
        QuizSession.Start(Store, new QuizSetup(Deck, "coalition", player, mode, count), Clock, new Random(seed));

    /// <summary>A session over just the named cards of the sample deck, asked in the order given.</summary>
    public QuizSession StartWith(params string[] cardIds) =>
        QuizSession.Start(Store, new QuizSetup(Deck with { Cards = cardIds.Select(Card).ToArray() }, "coalition", "ana", QuizMode.Due, cardIds.Length), Clock, new Random(1));

    /// <summary>The right reply to a question, whatever its style.</summary>
    public static Reply Right(Question question) =>
        question.Style == AskingStyle.Typed ? Reply.Typed(question.Card.Answer) : Reply.Option(question.AnswerIndex);

    /// <summary>A wrong reply: the first distractor, or a typed "no idea".</summary>
    public static Reply Wrong(Question question) =>
        question.Style == AskingStyle.Typed ? Reply.Typed("no idea") : Reply.Option(question.AnswerIndex == 0 ? 1 : 0);

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
    }
}

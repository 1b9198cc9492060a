using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Results;
using StudyDecks.Quiz.Scheduling;

namespace StudyDecks.Quiz.Tests.Results;

public sealed class ResultsImportTests
{
    private QuizFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new QuizFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Browser_answers_older_than_the_console_ones_are_scheduled_in_the_order_they_were_given()
    {
        // The console quiz answers the card right now; a browser session from two days before, answered wrong, is imported after.
        var session = _fixture.StartWith("c0000000000a1");
        var question = session.Next()!;
        session.Answer(question, QuizFixture.Right(question));
        session.Finish();
        var now = _fixture.Clock.GetUtcNow();
        var earlier = now.AddDays(-2);
        var results = Results(new BrowserAnswer("c0000000000a1", "Antony Blinken", false, earlier, TimeSpan.FromSeconds(3), ["John Godfrey", "Antony Blinken", "Luigi Di Maio", "Mazloum Abdi"]));

        var summary = ResultsImport.Record(_fixture.Store, results, new ImportRequest("ana", "key-1", "ana.json", "coalition", now));

        var state = _fixture.Store.CardStatesOf(_fixture.Store.FindPlayer("ana")!.Value, _fixture.Deck.Title)["c0000000000a1"];
        var expected = FsrsScheduler.Default.Review(FsrsScheduler.Default.Review(null, false, earlier), true, state.LastReview);
        Assert.That(summary, Is.EqualTo(new ImportSummary(_fixture.Deck.Title, 1, 1, 0)));
        Assert.That(state.Reviews, Is.EqualTo(2));
        Assert.That(state.LastCorrect, Is.True, "the newer console answer is the last review");
        Assert.That(state, Is.EqualTo(expected));
    }

    [Test]
    public void A_card_the_console_quiz_recorded_keeps_its_text_from_the_deck_file()
    {
        _fixture.Store.SaveCards(_fixture.Deck.Title, _fixture.Deck.Cards);
        var results = Results(new BrowserAnswer("c0000000000a4", "SDF", true, _fixture.Clock.GetUtcNow(), TimeSpan.FromSeconds(3), [])) with
        {
            Cards = new Dictionary<string, ResultCard> { ["c0000000000a4"] = new("c0000000000a4", "short-answer", "term", "A question a student rewrote", "Syrian Democratic Forces", []) },
        };

        ResultsImport.Record(_fixture.Store, results, new ImportRequest("ana", "key-2", "ana.json", "coalition", _fixture.Clock.GetUtcNow()));

        using var select = _fixture.Store.Command("SELECT question FROM cards WHERE card_id = 'c0000000000a4'");
        Assert.That(select.ExecuteScalar(), Is.EqualTo(_fixture.Card("c0000000000a4").Question));
    }

    private BrowserResults Results(BrowserAnswer answer)
    {
        var card = _fixture.Card(answer.CardId);
        var recorded = new ResultCard(card.Id, DeckNames.ToName(card.Type), DeckNames.ToName(card.AnswerKind), card.Question, card.Answer, card.Distractors);
        return new BrowserResults(_fixture.Deck.Title, 1, [new BrowserAttempt(answer.AnsweredAt.AddMinutes(-1), [answer])], new Dictionary<string, ResultCard> { [card.Id] = recorded });
    }
}

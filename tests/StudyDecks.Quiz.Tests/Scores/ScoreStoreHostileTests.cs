using CsCheck;
using Microsoft.Data.Sqlite;
using StudyDecks.Core.Errors;
using StudyDecks.Quiz.Reports;
using StudyDecks.Quiz.Scores;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Scores;

/// <summary>Issue 13, score database 14–16: first quizzes at once, bad stored values, sessions left early.</summary>
public sealed class ScoreStoreHostileTests
{
    private QuizFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new QuizFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Six_runners_opening_a_new_database_at_once_are_all_let_in()
    {
        using var folder = new TempFolder();
        for (var round = 0; round < 100; round++)
        {
            var path = folder.File($"scores-{round}.db");
            using var start = new ManualResetEventSlim();
            var runners = Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            {
                start.Wait();
                using var store = ScoreStore.Open(path, "scores.db", new ScoreStoreOptions(TimeSpan.FromSeconds(20), true));
                return store.SchemaVersion;
            })).ToArray();

            start.Set();

            Assert.That(Task.WhenAll(runners).GetAwaiter().GetResult(), Is.All.EqualTo(SchemaMigrations.LatestVersion), $"round {round}");
        }
    }

    [TestCase("UPDATE sessions SET started_at = 'garbage'")]
    [TestCase("UPDATE answers SET answered_at = 'garbage'")]
    [TestCase("UPDATE cards SET distractors = '[1, 2'")]
    [TestCase("UPDATE card_states SET due = 'garbage'")]
    public void A_bad_value_in_a_valid_database_is_one_line_naming_it(string corruption)
    {
        AnswerEveryCard();
        Execute(corruption);

        var error = Assert.Throws<StudyDecksException>(() =>
        {
            var filter = new ScoreFilter(null, null);
            ScoreReports.Read(_fixture.Store, filter);
            ItemAnalysis.Analyse(_fixture.Store, filter);
            _fixture.Start(QuizMode.Due);
        });

        Assert.That(error!.Message, Is.EqualTo("scores.db: " + QuizMessages.BadValue));
    }

    [Test]
    public void Any_text_as_a_stored_time_gives_a_report_or_a_one_line_error()
    {
        AnswerEveryCard();
        Gen.String[Gen.Char, 0, 40].Sample(
            text =>
            {
                Execute("UPDATE sessions SET started_at = $value", text);
                try
                {
                    ScoreReports.Read(_fixture.Store, new ScoreFilter(null, null));
                }
                catch (StudyDecksException error)
                {
                    Assert.That(error.Message, Does.StartWith("scores.db: "));
                }
            },
            iter: 100,
            threads: 1);
    }

    [Test]
    public void A_folder_given_as_the_database_is_called_a_folder()
    {
        var error = Assert.Throws<StudyDecksException>(() => ScoreStore.Open(_fixture.Folder, "scores", ScoreStoreOptions.Default with { CreateIfMissing = false }));

        Assert.That(error!.Message, Is.EqualTo("scores: " + QuizMessages.FolderAsDatabase));
    }

    [Test]
    public void A_quiz_left_before_its_first_answer_records_no_session()
    {
        var session = _fixture.Start(count: 3);
        session.Next();

        session.Finish();

        Assert.That(Scalar("SELECT count(*) FROM sessions"), Is.Zero);
        Assert.That(ScoreReports.Read(_fixture.Store, new ScoreFilter(null, null)).Sessions, Is.Empty);
    }

    [Test]
    public void An_interrupted_quiz_records_its_end_time_once()
    {
        var session = _fixture.Start(count: 3);
        var question = session.Next()!;
        session.Answer(question, QuizFixture.Right(question));
        _fixture.Clock.Advance(TimeSpan.FromSeconds(7));

        session.End();
        _fixture.Clock.Advance(TimeSpan.FromSeconds(7));
        session.End();

        Assert.That(Scalar("SELECT ended_at FROM sessions"), Is.EqualTo("2026-03-01T09:00:07.000Z"));
    }

    private void AnswerEveryCard()
    {
        var session = _fixture.Start(count: 8);
        while (session.Next() is { } question)
        {
            session.Answer(question, question.Number % 2 == 0 ? QuizFixture.Wrong(question) : QuizFixture.Right(question));
        }

        session.Finish();
    }

    private void Execute(string sql, string? value = null)
    {
        using var connection = new SqliteConnection($"Data Source={_fixture.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (value is not null)
        {
            command.Parameters.AddWithValue("$value", value);
        }

        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_fixture.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

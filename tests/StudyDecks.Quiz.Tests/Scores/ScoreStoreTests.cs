using Microsoft.Data.Sqlite;
using StudyDecks.Core.Errors;
using StudyDecks.Quiz.Scores;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Scores;

public sealed class ScoreStoreTests
{
    private QuizFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new QuizFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void A_new_database_is_created_at_the_latest_schema_version_in_wal_mode()
    {
        Assert.That(_fixture.Store.SchemaVersion, Is.EqualTo(3));
        Assert.That(Scalar("PRAGMA journal_mode"), Is.EqualTo("wal"));
        Assert.That(Scalar("PRAGMA application_id"), Is.EqualTo(0x53444B31L));
    }

    [Test]
    public void An_answer_is_committed_and_visible_to_another_connection_before_the_session_ends()
    {
        var session = _fixture.Start(count: 2);
        var question = session.Next()!;
        _fixture.Clock.Advance(TimeSpan.FromSeconds(4));

        session.Answer(question, QuizFixture.Right(question));

        using var reader = Open();
        using var command = reader.CreateCommand();
        command.CommandText = "SELECT card_id, choice, correct, response_ms, answered_at, options FROM answers";
        using var row = command.ExecuteReader();
        Assert.That(row.Read(), Is.True);
        Assert.That(row.GetString(0), Is.EqualTo(question.Card.Id));
        Assert.That(row.GetString(1), Is.EqualTo(question.Card.Answer));
        Assert.That(System.Text.Json.JsonSerializer.Deserialize<string[]>(row.GetString(5)), Is.EqualTo(question.Options));
        Assert.That(row.GetInt64(2), Is.EqualTo(1));
        Assert.That(row.GetInt64(3), Is.EqualTo(4000));
        Assert.That(row.GetString(4), Is.EqualTo("2026-03-01T09:00:04.000Z"));
        Assert.That(row.Read(), Is.False);
    }

    [Test]
    public void A_version_1_database_is_migrated_in_place_keeping_its_answers_and_scheduling_them()
    {
        _fixture.Store.Dispose();
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        CreateVersion1(path);

        using (var store = ScoreStore.Open(path, "old.db", ScoreStoreOptions.Default))
        {
            Assert.That(store.SchemaVersion, Is.EqualTo(3));
            var states = store.CardStatesOf(store.FindPlayer("ana")!.Value, "Deck");
            Assert.That(states["c1"].Reviews, Is.EqualTo(2));
            Assert.That(states["c1"].LastCorrect, Is.False);
            Assert.That(states["c1"].Due, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 10, 10, 0, TimeSpan.Zero)));
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM answers";
        Assert.That(count.ExecuteScalar(), Is.EqualTo(2L));
    }

    [Test]
    public void A_file_of_random_bytes_is_refused_with_one_line_naming_it_and_left_untouched()
    {
        _fixture.Store.Dispose();
        using var folder = new TempFolder();
        var path = folder.File("junk.db");
        var bytes = new byte[8192];
        new Random(5).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<StudyDecksException>(() => ScoreStore.Open(path, "junk.db", ScoreStoreOptions.Default));

        Assert.That(error.Message, Is.EqualTo("junk.db: " + QuizMessages.NotADatabase));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(bytes));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1));
    }

    [Test]
    public void Another_programs_sqlite_database_is_refused()
    {
        _fixture.Store.Dispose();
        using var folder = new TempFolder();
        var path = folder.File("other.db");
        Execute(path, "CREATE TABLE notes (text TEXT)");

        var error = Assert.Throws<StudyDecksException>(() => ScoreStore.Open(path, "other.db", ScoreStoreOptions.Default));

        Assert.That(error.Message, Is.EqualTo("other.db: " + QuizMessages.ForeignDatabase));
    }

    [Test]
    public void A_database_from_a_newer_version_is_refused()
    {
        Execute(_fixture.DatabasePath, "PRAGMA user_version = 9");

        var error = Assert.Throws<StudyDecksException>(() => _fixture.OpenStore().Dispose());

        Assert.That(error.Message, Is.EqualTo("scores.db: " + QuizMessages.NewerSchema(9, 3)));
    }

    [Test]
    public void A_database_locked_by_another_writer_fails_with_one_line_after_the_busy_timeout()
    {
        using var store = _fixture.OpenStore(busyTimeout: TimeSpan.FromMilliseconds(300));
        var session = QuizSession.Start(store, new QuizSetup(_fixture.Deck, "coalition", "ana", QuizMode.All, 1), _fixture.Clock, new Random(1));
        var question = session.Next()!;
        using var locker = Open();
        using var transaction = locker.BeginTransaction(deferred: false);

        var error = Assert.Throws<StudyDecksException>(() => session.Answer(question, QuizFixture.Wrong(question)));

        Assert.That(error.Message, Does.StartWith("scores.db: the score database is locked by another program"));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void Two_runners_on_one_database_both_record_their_answers()
    {
        using var second = _fixture.OpenStore();
        var first = _fixture.Start(player: "ana", count: 8);
        var other = QuizSession.Start(second, new QuizSetup(_fixture.Deck, "coalition", "ben", QuizMode.All, 8), _fixture.Clock, new Random(2));

        for (var i = 0; i < 8; i++)
        {
            var a = first.Next()!;
            var b = other.Next()!;
            first.Answer(a, QuizFixture.Right(a));
            other.Answer(b, QuizFixture.Wrong(b));
        }

        Assert.That(Scalar("SELECT count(*) FROM answers"), Is.EqualTo(16L));
        Assert.That(Scalar("SELECT count(DISTINCT session_id) FROM answers"), Is.EqualTo(2L));
    }

    [Test]
    public void Opening_a_missing_database_for_reading_reports_that_there_is_none_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("none.db");

        var error = Assert.Throws<StudyDecksException>(() => ScoreStore.Open(path, "none.db", ScoreStoreOptions.Default with { CreateIfMissing = false }));

        Assert.That(error.Message, Is.EqualTo("none.db: " + QuizMessages.NoDatabase));
        Assert.That(File.Exists(path), Is.False);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_fixture.DatabasePath};Pooling=False;Default Timeout=1");
        connection.Open();
        return connection;
    }

    private object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A database as version 1 of the schema left it: no card_states table, two answers to one card.</summary>
    private static void CreateVersion1(string path) => Execute(path, """
        CREATE TABLE players (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
        CREATE TABLE cards (deck TEXT NOT NULL, card_id TEXT NOT NULL, card_type TEXT NOT NULL, answer_kind TEXT NOT NULL,
            question TEXT NOT NULL, answer TEXT NOT NULL, distractors TEXT NOT NULL, PRIMARY KEY (deck, card_id));
        CREATE TABLE sessions (id INTEGER PRIMARY KEY, player_id INTEGER NOT NULL REFERENCES players (id), deck TEXT NOT NULL,
            deck_file TEXT NOT NULL, mode TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT);
        CREATE TABLE answers (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions (id), deck TEXT NOT NULL,
            card_id TEXT NOT NULL, choice TEXT NOT NULL, correct INTEGER NOT NULL, response_ms INTEGER NOT NULL,
            answered_at TEXT NOT NULL, options TEXT NOT NULL);
        CREATE INDEX answers_by_session ON answers (session_id);
        CREATE INDEX answers_by_card ON answers (deck, card_id);
        INSERT INTO players VALUES (1, 'ana', '2026-01-01T10:00:00.000Z');
        INSERT INTO cards VALUES ('Deck', 'c1', 'multiple-choice', 'person', 'Who?', 'Ann', '["Bo","Cy","Di"]');
        INSERT INTO sessions VALUES (1, 1, 'Deck', 'deck', 'due', '2026-01-01T10:00:00.000Z', NULL);
        INSERT INTO answers VALUES (1, 1, 'Deck', 'c1', 'Ann', 1, 2000, '2026-01-01T10:00:02.000Z', '["Ann","Bo","Cy","Di"]');
        INSERT INTO answers VALUES (2, 1, 'Deck', 'c1', 'Bo', 0, 3000, '2026-01-02T10:00:00.000Z', '["Bo","Ann","Cy","Di"]');
        PRAGMA application_id = 1396984625;
        PRAGMA user_version = 1;
        """);
}

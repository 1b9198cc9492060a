using Microsoft.Data.Sqlite;
using StudyDecks.Quiz.Scheduling;

namespace StudyDecks.Quiz.Scores;

/// <summary>
/// The score database's schema, as numbered steps. <c>PRAGMA user_version</c> records the last step applied;
/// opening a database applies the missing steps in one transaction, so an older file is upgraded in place.
/// </summary>
/// <remarks>
/// Version 1: players, the cards of each deck, sessions and answers.
/// Version 2: per player and card scheduling state (FSRS), filled from the recorded answers.
/// Version 3: the results files imported from the HTML quiz, by a hash of their bytes, so none is recorded twice.
/// Never edit a released step; add a new one.
/// </remarks>
internal static class SchemaMigrations
{
    /// <summary>Marks the file as ours in the SQLite header ("SDK1"), so another program's database is refused.</summary>
    public const int ApplicationId = 0x53444B31;

    public static int LatestVersion => Steps.Count;

    /// <summary>The steps; step i (0-based) upgrades version i to i + 1.</summary>
    private static IReadOnlyList<Action<SqliteConnection, SqliteTransaction>> Steps { get; } =
    [
        CreateAnswerTables,
        AddCardStates,
        AddImports,
    ];

    /// <summary>Applies every step after <paramref name="from"/>.</summary>
    public static void Apply(SqliteConnection connection, SqliteTransaction transaction, int from)
    {
        for (var version = from; version < Steps.Count; version++)
        {
            Steps[version](connection, transaction);
        }

        Execute(connection, transaction, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {Steps.Count};");
    }

    private static void CreateAnswerTables(SqliteConnection connection, SqliteTransaction transaction) => Execute(connection, transaction, """
        CREATE TABLE players (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL);
        CREATE TABLE cards (
            deck TEXT NOT NULL,
            card_id TEXT NOT NULL,
            card_type TEXT NOT NULL,
            answer_kind TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            distractors TEXT NOT NULL,
            PRIMARY KEY (deck, card_id));
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            player_id INTEGER NOT NULL REFERENCES players (id),
            deck TEXT NOT NULL,
            deck_file TEXT NOT NULL,
            mode TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT);
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id),
            deck TEXT NOT NULL,
            card_id TEXT NOT NULL,
            choice TEXT NOT NULL,
            correct INTEGER NOT NULL,
            response_ms INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            options TEXT NOT NULL);
        CREATE INDEX answers_by_session ON answers (session_id);
        CREATE INDEX answers_by_card ON answers (deck, card_id);
        """);

    private static void AddCardStates(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, transaction, """
            CREATE TABLE card_states (
                player_id INTEGER NOT NULL REFERENCES players (id),
                deck TEXT NOT NULL,
                card_id TEXT NOT NULL,
                stability REAL NOT NULL,
                difficulty REAL NOT NULL,
                last_review TEXT NOT NULL,
                due TEXT NOT NULL,
                reviews INTEGER NOT NULL,
                lapses INTEGER NOT NULL,
                last_correct INTEGER NOT NULL,
                PRIMARY KEY (player_id, deck, card_id));
            """);

        // Replay the answers recorded under version 1 so their players keep their review history.
        var states = new Dictionary<(long Player, string Deck, string Card), MemoryState>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                SELECT s.player_id, a.deck, a.card_id, a.correct, a.answered_at
                FROM answers a JOIN sessions s ON s.id = a.session_id
                ORDER BY a.answered_at, a.id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
                states.TryGetValue(key, out var previous);
                states[key] = FsrsScheduler.Default.Review(previous, reader.GetInt64(3) != 0, Timestamps.Read(reader.GetString(4)));
            }
        }

        foreach (var ((player, deck, card), state) in states)
        {
            CardStates.Save(connection, transaction, player, deck, card, state);
        }
    }

    private static void AddImports(SqliteConnection connection, SqliteTransaction transaction) => Execute(connection, transaction, """
        CREATE TABLE imports (
            key TEXT PRIMARY KEY,
            player_id INTEGER NOT NULL REFERENCES players (id),
            deck TEXT NOT NULL,
            file TEXT NOT NULL,
            sessions INTEGER NOT NULL,
            answers INTEGER NOT NULL,
            imported_at TEXT NOT NULL);
        """);

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

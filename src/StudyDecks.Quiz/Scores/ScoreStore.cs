using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Json;
using StudyDecks.Quiz.Scheduling;

namespace StudyDecks.Quiz.Scores;

/// <summary>
/// The SQLite file of players, sessions and answers. Each answer is committed in its own transaction the moment
/// it is recorded, so killing the quiz loses nothing already answered; WAL mode and a busy timeout let two
/// runners share one file. Every SQLite failure surfaces as a one-line <see cref="StudyDecksException"/> naming the file.
/// </summary>
public sealed class ScoreStore : IDisposable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private static readonly string[] CardParameters = ["$deck", "$id", "$type", "$kind", "$question", "$answer", "$distractors"];

    private readonly SqliteConnection _connection;
    private readonly string _displayPath;
    private readonly TimeSpan _busyTimeout;
    private readonly FsrsScheduler _scheduler;

    private ScoreStore(SqliteConnection connection, string displayPath, TimeSpan busyTimeout, FsrsScheduler scheduler)
    {
        _connection = connection;
        _displayPath = displayPath;
        _busyTimeout = busyTimeout;
        _scheduler = scheduler;
    }

    /// <summary>The schema version of the open file (after migration, always the latest).</summary>
    public int SchemaVersion => Guard(() => ReadPragma("user_version"));

    /// <summary>The connection, for the report queries in this folder.</summary>
    internal SqliteConnection Connection => _connection;

    /// <summary>Opens (and if needed creates and migrates) the score database at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayPath">How to name the file in messages.</param>
    /// <param name="options">Busy timeout and whether to create a missing file.</param>
    /// <param name="scheduler">The scheduler that turns answers into card states; FSRS defaults if null.</param>
    public static ScoreStore Open(string path, string displayPath, ScoreStoreOptions options, FsrsScheduler? scheduler = null)
    {
        if (Directory.Exists(path))
        {
            throw StudyDecksException.InSource(displayPath, QuizMessages.FolderAsDatabase);
        }

        if (!File.Exists(path))
        {
            if (!options.CreateIfMissing)
            {
                throw StudyDecksException.InSource(displayPath, QuizMessages.NoDatabase);
            }

            CreateFolder(path, displayPath);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            // Pooling would keep the file open after Dispose; a quiz opens it once, so pooling gains nothing.
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        var store = new ScoreStore(connection, displayPath, options.BusyTimeout, scheduler ?? FsrsScheduler.Default);
        try
        {
            store.Guard(() =>
            {
                connection.Open();
                store.Execute($"PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds};");
                // Read before writing anything, so a file that is not ours is refused untouched.
                store.CheckOwnership();
                store.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
                store.Migrate();
            });
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The id of the named player, adding the player if new.</summary>
    public long EnsurePlayer(string name, DateTimeOffset now) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = Command("INSERT INTO players (name, created_at) VALUES ($name, $now) ON CONFLICT (name) DO NOTHING", transaction);
        insert.Parameters.AddWithValue("$name", name);
        insert.Parameters.AddWithValue("$now", Timestamps.Write(now));
        insert.ExecuteNonQuery();
        using var select = Command("SELECT id FROM players WHERE name = $name", transaction);
        select.Parameters.AddWithValue("$name", name);
        var id = (long)select.ExecuteScalar()!;
        transaction.Commit();
        return id;
    });

    /// <summary>The id of the named player, or null if nobody of that name has played.</summary>
    public long? FindPlayer(string name) => Guard(() =>
    {
        using var select = Command("SELECT id FROM players WHERE name = $name");
        select.Parameters.AddWithValue("$name", name);
        return select.ExecuteScalar() as long?;
    });

    /// <summary>Every player's name, alphabetically.</summary>
    public IReadOnlyList<string> PlayerNames() => Guard(() => ReadStrings("SELECT name FROM players ORDER BY name"));

    /// <summary>Every deck title with a recorded session, alphabetically.</summary>
    public IReadOnlyList<string> DeckTitles() => Guard(() => ReadStrings("SELECT DISTINCT deck FROM sessions ORDER BY deck"));

    /// <summary>
    /// The title of the deck a user names: a recorded deck title (any case) or the stem of a deck file quizzed; null if none.
    /// </summary>
    public string? FindDeck(string name) => Guard(() =>
    {
        using var select = Command("""
            SELECT deck FROM sessions
            WHERE deck = $name COLLATE NOCASE OR deck_file = $name COLLATE NOCASE OR deck_file || '.deck.json' = $name COLLATE NOCASE
            ORDER BY deck = $name DESC LIMIT 1
            """);
        select.Parameters.AddWithValue("$name", name);
        return select.ExecuteScalar() as string;
    });

    /// <summary>Records the deck's cards (question, answer, distractors) so reports can show them without the deck file.</summary>
    public void SaveCards(string deck, IEnumerable<Card> cards) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction();
        SaveCardRows(transaction, cards.Select(card => new[] { deck, card.Id, DeckNames.ToName(card.Type), DeckNames.ToName(card.AnswerKind), card.Question, card.Answer, JsonWriting.StringArray(card.Distractors) }), replace: true);
        transaction.Commit();
    });

    /// <summary>
    /// Writes rows of the <c>cards</c> table (deck, id, type, kind, question, answer, distractors as JSON) inside the
    /// caller's transaction; a card already recorded is replaced, or with <paramref name="replace"/> off kept.
    /// </summary>
    internal void SaveCardRows(SqliteTransaction transaction, IEnumerable<string[]> rows, bool replace)
    {
        using var upsert = Command($"""
            INSERT INTO cards (deck, card_id, card_type, answer_kind, question, answer, distractors)
            VALUES ($deck, $id, $type, $kind, $question, $answer, $distractors)
            ON CONFLICT (deck, card_id) DO {(replace ? """
                UPDATE SET card_type = excluded.card_type, answer_kind = excluded.answer_kind,
                question = excluded.question, answer = excluded.answer, distractors = excluded.distractors
                """ : "NOTHING")}
            """, transaction);
        var parameters = CardParameters.Select(name => upsert.Parameters.Add(name, SqliteType.Text)).ToArray();
        foreach (var values in rows)
        {
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            upsert.ExecuteNonQuery();
        }
    }

    /// <summary>Records the start of a session and returns its id.</summary>
    public long StartSession(SessionStart start) => Guard(() =>
    {
        var playerId = EnsurePlayer(start.Player, start.StartedAt);
        using var insert = Command("""
            INSERT INTO sessions (player_id, deck, deck_file, mode, started_at) VALUES ($player, $deck, $file, $mode, $at);
            SELECT last_insert_rowid();
            """);
        insert.Parameters.AddWithValue("$player", playerId);
        insert.Parameters.AddWithValue("$deck", start.Deck);
        insert.Parameters.AddWithValue("$file", start.DeckFile);
        insert.Parameters.AddWithValue("$mode", start.Mode.ToString().ToLowerInvariant());
        insert.Parameters.AddWithValue("$at", Timestamps.Write(start.StartedAt));
        return (long)insert.ExecuteScalar()!;
    });

    /// <summary>Marks a session finished.</summary>
    public void EndSession(long sessionId, DateTimeOffset endedAt) => Guard(() =>
    {
        using var update = Command("UPDATE sessions SET ended_at = $at WHERE id = $id");
        update.Parameters.AddWithValue("$at", Timestamps.Write(endedAt));
        update.Parameters.AddWithValue("$id", sessionId);
        update.ExecuteNonQuery();
    });

    /// <summary>
    /// Stores one answer and the card's new schedule in a single transaction, committed before returning.
    /// </summary>
    /// <returns>The card's memory state after this answer.</returns>
    public MemoryState RecordAnswer(AnswerRecord answer) => Guard(() =>
    {
        // BEGIN IMMEDIATE: take the write lock before reading the card state, so two runners never interleave an update.
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = Command("SELECT player_id, deck FROM sessions WHERE id = $id", transaction);
        session.Parameters.AddWithValue("$id", answer.SessionId);
        long playerId;
        string deck;
        using (var reader = session.ExecuteReader())
        {
            if (!reader.Read())
            {
                throw new InvalidOperationException($"session {answer.SessionId} is not recorded");
            }

            playerId = reader.GetInt64(0);
            deck = reader.GetString(1);
        }

        InsertAnswer(transaction, deck, answer);
        var previous = CardStates.Find(_connection, transaction, playerId, deck, answer.CardId);
        var next = _scheduler.Review(previous, answer.Correct, answer.AnsweredAt);
        CardStates.Save(_connection, transaction, playerId, deck, answer.CardId, next);
        transaction.Commit();
        return next;
    });

    /// <summary>Adds one answer row, inside the caller's transaction.</summary>
    internal void InsertAnswer(SqliteTransaction transaction, string deck, AnswerRecord answer)
    {
        using var insert = Command("""
            INSERT INTO answers (session_id, deck, card_id, choice, correct, response_ms, answered_at, options)
            VALUES ($session, $deck, $card, $choice, $correct, $ms, $at, $options)
            """, transaction);
        insert.Parameters.AddWithValue("$session", answer.SessionId);
        insert.Parameters.AddWithValue("$deck", deck);
        insert.Parameters.AddWithValue("$card", answer.CardId);
        insert.Parameters.AddWithValue("$choice", answer.Choice);
        insert.Parameters.AddWithValue("$correct", answer.Correct ? 1 : 0);
        insert.Parameters.AddWithValue("$ms", (long)Math.Round(answer.ResponseTime.TotalMilliseconds));
        insert.Parameters.AddWithValue("$at", Timestamps.Write(answer.AnsweredAt));
        insert.Parameters.AddWithValue("$options", JsonWriting.StringArray(answer.Options));
        insert.ExecuteNonQuery();
    }

    /// <summary>
    /// Sets a card's schedule from every answer the player gave it, oldest first, inside the caller's transaction:
    /// answers imported later may be older than the ones already recorded.
    /// </summary>
    internal void ReplayCardState(SqliteTransaction transaction, long playerId, string deck, string cardId)
    {
        using var select = Command("""
            SELECT a.correct, a.answered_at FROM answers a JOIN sessions s ON s.id = a.session_id
            WHERE s.player_id = $player AND a.deck = $deck AND a.card_id = $card ORDER BY a.answered_at, a.id
            """, transaction);
        select.Parameters.AddWithValue("$player", playerId);
        select.Parameters.AddWithValue("$deck", deck);
        select.Parameters.AddWithValue("$card", cardId);
        MemoryState? state = null;
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                state = _scheduler.Review(state, reader.GetInt64(0) != 0, Timestamps.Read(reader.GetString(1)));
            }
        }

        if (state is not null)
        {
            CardStates.Save(_connection, transaction, playerId, deck, cardId, state);
        }
    }

    /// <summary>The scheduler's state of every card of a deck the player has answered, by card id.</summary>
    public IReadOnlyDictionary<string, MemoryState> CardStatesOf(long playerId, string deck) =>
        Guard(() => CardStates.ForDeck(_connection, playerId, deck));

    public void Dispose() => _connection.Dispose();

    /// <summary>Runs a database action, turning SQLite failures into one-line errors that name the file.</summary>
    internal T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException exception)
        {
            throw Translate(exception);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidCastException or OverflowException or ArgumentException)
        {
            // A valid file with a value this program never writes (a timestamp "garbage", broken JSON): someone edited it.
            throw StudyDecksException.InSource(_displayPath, QuizMessages.BadValue, exception);
        }
    }

    internal SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void Guard(Action action) => Guard(() =>
    {
        action();
        return true;
    });

    private StudyDecksException Translate(SqliteException exception) => exception.SqliteErrorCode switch
    {
        SqliteNotADatabase or SqliteCorrupt => StudyDecksException.InSource(_displayPath, QuizMessages.NotADatabase, exception),
        SqliteBusy or SqliteLocked => StudyDecksException.InSource(_displayPath, QuizMessages.Locked(_busyTimeout), exception),
        _ => StudyDecksException.InSource(_displayPath, QuizMessages.DatabaseError(exception.Message), exception),
    };

    private void CheckOwnership()
    {
        // One read transaction: read apart, a runner creating the file in between shows tables but no version yet,
        // which looks like another program's database.
        int version;
        int applicationId;
        bool hasTables;
        using (var transaction = _connection.BeginTransaction(deferred: true))
        {
            using var read = Command("SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_master)", transaction);
            using var reader = read.ExecuteReader();
            reader.Read();
            (version, applicationId, hasTables) = ((int)reader.GetInt64(0), (int)reader.GetInt64(1), reader.GetInt64(2) > 0);
            reader.Close();
            transaction.Commit();
        }

        if ((version == 0 && hasTables) || (version > 0 && applicationId != SchemaMigrations.ApplicationId))
        {
            throw StudyDecksException.InSource(_displayPath, QuizMessages.ForeignDatabase);
        }

        if (version > SchemaMigrations.LatestVersion)
        {
            throw StudyDecksException.InSource(_displayPath, QuizMessages.NewerSchema(version, SchemaMigrations.LatestVersion));
        }
    }

    private void Migrate()
    {
        if (ReadPragma("user_version") == SchemaMigrations.LatestVersion)
        {
            return;
        }

        using var transaction = _connection.BeginTransaction(deferred: false);
        // Read again inside the write lock: another runner may have migrated meanwhile.
        using var version = Command("PRAGMA user_version", transaction);
        var current = (int)(long)version.ExecuteScalar()!;
        if (current < SchemaMigrations.LatestVersion)
        {
            SchemaMigrations.Apply(_connection, transaction, current);
        }

        transaction.Commit();
    }

    private int ReadPragma(string name)
    {
        using var command = Command($"PRAGMA {name}");
        return (int)(long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private List<string> ReadStrings(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetPrintableString(0));
        }

        return values;
    }

    private static void CreateFolder(string path, string displayPath)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw StudyDecksException.InSource(displayPath, "cannot create the folder of the score database: " + exception.Message, exception);
        }
    }
}

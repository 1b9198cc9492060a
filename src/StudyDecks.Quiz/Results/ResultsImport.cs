using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using StudyDecks.Core.Errors;
using StudyDecks.Quiz.Scores;

namespace StudyDecks.Quiz.Results;

/// <summary>What an import recorded.</summary>
/// <param name="Deck">The deck's title.</param>
/// <param name="Sessions">One session per attempt.</param>
/// <param name="Answers">Answers recorded.</param>
/// <param name="Correct">Of which right.</param>
public sealed record ImportSummary(string Deck, int Sessions, int Answers, int Correct);

/// <summary>
/// Records a results file from the HTML quiz in the score database: one session per attempt (mode <c>browser</c>), its
/// answers, the cards (unless the database already has them) and the players' schedules, all in one transaction, so a
/// refused or failed import leaves the database as it was.
/// </summary>
public static class ResultsImport
{
    /// <summary>The session mode imported sessions are recorded with.</summary>
    public const string Mode = "browser";

    /// <summary>The key a file is remembered by: SHA-256 of its bytes, so the same file is never recorded twice.</summary>
    public static string KeyOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Records <paramref name="results"/> as the sessions of the request's player.</summary>
    /// <param name="store">The score database.</param>
    /// <param name="results">The file's contents.</param>
    /// <param name="request">Who answered, the file's key and name, and when the import runs.</param>
    /// <exception cref="StudyDecksException">The file was imported before, or it is for another deck than the one the database knows by its title.</exception>
    public static ImportSummary Record(ScoreStore store, BrowserResults results, ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(request);
        return store.Guard(() =>
        {
            using var transaction = store.Connection.BeginTransaction(deferred: false);
            RefuseRepeat(store, transaction, request);
            RefuseOtherDeck(store, transaction, results, request.FileName);
            var playerId = EnsurePlayer(store, transaction, request);
            SaveMissingCards(store, transaction, results);
            int sessions = 0, answers = 0, correct = 0;
            foreach (var attempt in results.Attempts.Where(attempt => attempt.Answers.Count > 0))
            {
                var sessionId = StartSession(store, transaction, playerId, results.DeckTitle, request.DeckFile, attempt);
                sessions++;
                foreach (var answer in attempt.Answers)
                {
                    store.InsertAnswer(transaction, results.DeckTitle, new AnswerRecord(sessionId, answer.CardId, answer.Choice, answer.Correct, answer.Taken, answer.AnsweredAt, answer.Options));
                    answers++;
                    correct += answer.Correct ? 1 : 0;
                }
            }

            foreach (var cardId in results.Attempts.SelectMany(attempt => attempt.Answers).Select(answer => answer.CardId).Distinct(StringComparer.Ordinal))
            {
                store.ReplayCardState(transaction, playerId, results.DeckTitle, cardId);
            }

            using var remember = store.Command("""
                INSERT INTO imports (key, player_id, deck, file, sessions, answers, imported_at)
                VALUES ($key, $player, $deck, $file, $sessions, $answers, $at)
                """, transaction);
            remember.Parameters.AddWithValue("$key", request.Key);
            remember.Parameters.AddWithValue("$player", playerId);
            remember.Parameters.AddWithValue("$deck", results.DeckTitle);
            remember.Parameters.AddWithValue("$file", request.FileName);
            remember.Parameters.AddWithValue("$sessions", sessions);
            remember.Parameters.AddWithValue("$answers", answers);
            remember.Parameters.AddWithValue("$at", Timestamps.Write(request.Now));
            remember.ExecuteNonQuery();
            transaction.Commit();
            return new ImportSummary(results.DeckTitle, sessions, answers, correct);
        });
    }

    private static void RefuseRepeat(ScoreStore store, SqliteTransaction transaction, ImportRequest request)
    {
        using var select = store.Command("SELECT p.name, i.imported_at FROM imports i JOIN players p ON p.id = i.player_id WHERE i.key = $key", transaction);
        select.Parameters.AddWithValue("$key", request.Key);
        using var reader = select.ExecuteReader();
        if (reader.Read())
        {
            var when = Timestamps.Read(reader.GetString(1)).UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            throw StudyDecksException.InSource(request.FileName, $"was imported already (as {reader.GetPrintableString(0)}'s, on {when} UTC); nothing recorded");
        }
    }

    /// <summary>
    /// Decks are known by their title. A card the database already has under that title must have the same answer:
    /// otherwise the file is for another deck of the same name (or an older version of this one), and its answers would
    /// be counted against the wrong cards.
    /// </summary>
    private static void RefuseOtherDeck(ScoreStore store, SqliteTransaction transaction, BrowserResults results, string fileName)
    {
        using var select = store.Command("SELECT card_type, answer FROM cards WHERE deck = $deck AND card_id = $id", transaction);
        var deck = select.Parameters.AddWithValue("$deck", results.DeckTitle);
        var id = select.Parameters.Add("$id", SqliteType.Text);
        foreach (var card in results.Cards.Values)
        {
            id.Value = card.Id;
            using var reader = select.ExecuteReader();
            if (reader.Read() && (reader.GetString(0) != card.Type || reader.GetString(1) != card.Answer))
            {
                throw StudyDecksException.InSource(fileName, $"is for another deck than the \"{PrintableText.Of(results.DeckTitle)}\" in the score database: its card {PrintableText.Of(card.Id)} has another answer there; nothing recorded");
            }
        }
    }

    private static long EnsurePlayer(ScoreStore store, SqliteTransaction transaction, ImportRequest request)
    {
        using var insert = store.Command("INSERT INTO players (name, created_at) VALUES ($name, $now) ON CONFLICT (name) DO NOTHING; SELECT id FROM players WHERE name = $name", transaction);
        insert.Parameters.AddWithValue("$name", request.Player);
        insert.Parameters.AddWithValue("$now", Timestamps.Write(request.Now));
        return (long)insert.ExecuteScalar()!;
    }

    // Cards recorded from the deck file by a console quiz stay as they are: the file only fills in the ones missing.
    private static void SaveMissingCards(ScoreStore store, SqliteTransaction transaction, BrowserResults results) =>
        store.SaveCardRows(
            transaction,
            results.Cards.Values.Select(card => new[] { results.DeckTitle, card.Id, card.Type, card.Kind, card.Question, card.Answer, StudyDecks.Core.Json.JsonWriting.StringArray(card.Distractors) }),
            replace: false);

    private static long StartSession(ScoreStore store, SqliteTransaction transaction, long playerId, string deck, string deckFile, BrowserAttempt attempt)
    {
        using var insert = store.Command("""
            INSERT INTO sessions (player_id, deck, deck_file, mode, started_at, ended_at) VALUES ($player, $deck, $file, $mode, $at, $end);
            SELECT last_insert_rowid();
            """, transaction);
        insert.Parameters.AddWithValue("$player", playerId);
        insert.Parameters.AddWithValue("$deck", deck);
        insert.Parameters.AddWithValue("$file", deckFile);
        insert.Parameters.AddWithValue("$mode", Mode);
        insert.Parameters.AddWithValue("$at", Timestamps.Write(attempt.StartedAt));
        insert.Parameters.AddWithValue("$end", Timestamps.Write(attempt.Answers.Max(answer => answer.AnsweredAt)));
        return (long)insert.ExecuteScalar()!;
    }
}

/// <summary>One import's particulars.</summary>
/// <param name="Player">Who answered.</param>
/// <param name="Key">The file's <see cref="ResultsImport.KeyOf"/>.</param>
/// <param name="FileName">How to name the file in messages, and the name remembered with it.</param>
/// <param name="DeckFile">The deck file stem sessions are recorded with, so <c>scores --deck</c> finds them by it too.</param>
/// <param name="Now">When the import runs.</param>
public sealed record ImportRequest(string Player, string Key, string FileName, string DeckFile, DateTimeOffset Now);

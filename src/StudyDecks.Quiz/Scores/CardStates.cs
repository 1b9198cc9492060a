using Microsoft.Data.Sqlite;
using StudyDecks.Quiz.Scheduling;

namespace StudyDecks.Quiz.Scores;

/// <summary>Reads and writes rows of the <c>card_states</c> table (the scheduler's memory of each player and card).</summary>
internal static class CardStates
{
    private const string Columns = "stability, difficulty, last_review, due, reviews, lapses, last_correct";

    public static void Save(SqliteConnection connection, SqliteTransaction transaction, long playerId, string deck, string cardId, MemoryState state)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO card_states (player_id, deck, card_id, {Columns})
            VALUES ($player, $deck, $card, $stability, $difficulty, $last, $due, $reviews, $lapses, $correct)
            ON CONFLICT (player_id, deck, card_id) DO UPDATE SET
                stability = excluded.stability, difficulty = excluded.difficulty, last_review = excluded.last_review,
                due = excluded.due, reviews = excluded.reviews, lapses = excluded.lapses, last_correct = excluded.last_correct
            """;
        command.Parameters.AddWithValue("$player", playerId);
        command.Parameters.AddWithValue("$deck", deck);
        command.Parameters.AddWithValue("$card", cardId);
        command.Parameters.AddWithValue("$stability", state.Stability);
        command.Parameters.AddWithValue("$difficulty", state.Difficulty);
        command.Parameters.AddWithValue("$last", Timestamps.Write(state.LastReview));
        command.Parameters.AddWithValue("$due", Timestamps.Write(state.Due));
        command.Parameters.AddWithValue("$reviews", state.Reviews);
        command.Parameters.AddWithValue("$lapses", state.Lapses);
        command.Parameters.AddWithValue("$correct", state.LastCorrect ? 1 : 0);
        command.ExecuteNonQuery();
    }

    public static MemoryState? Find(SqliteConnection connection, SqliteTransaction? transaction, long playerId, string deck, string cardId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM card_states WHERE player_id = $player AND deck = $deck AND card_id = $card";
        command.Parameters.AddWithValue("$player", playerId);
        command.Parameters.AddWithValue("$deck", deck);
        command.Parameters.AddWithValue("$card", cardId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader, 0) : null;
    }

    public static Dictionary<string, MemoryState> ForDeck(SqliteConnection connection, long playerId, string deck)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT card_id, {Columns} FROM card_states WHERE player_id = $player AND deck = $deck";
        command.Parameters.AddWithValue("$player", playerId);
        command.Parameters.AddWithValue("$deck", deck);
        using var reader = command.ExecuteReader();
        var states = new Dictionary<string, MemoryState>(StringComparer.Ordinal);
        while (reader.Read())
        {
            states[reader.GetString(0)] = Read(reader, 1);
        }

        return states;
    }

    private static MemoryState Read(SqliteDataReader reader, int first) => new(
        reader.GetDouble(first),
        reader.GetDouble(first + 1),
        Timestamps.Read(reader.GetString(first + 2)),
        Timestamps.Read(reader.GetString(first + 3)),
        reader.GetInt32(first + 4),
        reader.GetInt32(first + 5),
        reader.GetInt64(first + 6) != 0);
}

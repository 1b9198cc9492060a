using Microsoft.Data.Sqlite;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Json;
using StudyDecks.Quiz.Scores;

namespace StudyDecks.Quiz.Reports;

/// <summary>Reads sessions and per card statistics out of a score database.</summary>
public static class ScoreReports
{
    /// <summary>Checks that the named player and deck exist; the deck may be named by title or file stem.</summary>
    /// <exception cref="StudyDecksException">An unknown player or deck; the message lists the known ones.</exception>
    public static ScoreFilter Resolve(ScoreStore store, string? player, string? deck, string displayPath)
    {
        if (player is not null && store.FindPlayer(player) is null)
        {
            throw StudyDecksException.InSource(displayPath, QuizMessages.UnknownPlayer(player, store.PlayerNames()));
        }

        string? title = null;
        if (deck is not null)
        {
            title = store.FindDeck(deck) ?? throw StudyDecksException.InSource(displayPath, QuizMessages.UnknownDeck(deck, store.DeckTitles()));
        }

        return new ScoreFilter(player, title);
    }

    public static ScoreReport Read(ScoreStore store, ScoreFilter filter) =>
        new(filter, store.Guard(() => Sessions(store, filter)), store.Guard(() => Cards(store, filter)));

    /// <summary>Reads every matching answer with its session's player and the card's text, in answer order.</summary>
    internal static List<RecordedAnswer> Answers(ScoreStore store, ScoreFilter filter) => store.Guard(() =>
    {
        using var command = Filtered(store, """
            SELECT a.session_id, a.deck, a.card_id, a.choice, a.correct, c.question, c.card_type, c.answer, c.distractors
            FROM answers a JOIN sessions s ON s.id = a.session_id JOIN players p ON p.id = s.player_id
            JOIN cards c ON c.deck = a.deck AND c.card_id = a.card_id
            WHERE {0} ORDER BY a.id
            """, filter);
        using var reader = command.ExecuteReader();
        var answers = new List<RecordedAnswer>();
        while (reader.Read())
        {
            answers.Add(new RecordedAnswer(
                reader.GetInt64(0),
                reader.GetPrintableString(1),
                reader.GetPrintableString(2),
                reader.GetPrintableString(3),
                reader.GetInt64(4) != 0,
                reader.GetPrintableString(5),
                reader.GetPrintableString(6),
                reader.GetPrintableString(7),
                JsonWriting.ReadStringArray(reader.GetString(8)).Select(PrintableText.Of).ToArray()));
        }

        return answers;
    });

    private static List<SessionSummary> Sessions(ScoreStore store, ScoreFilter filter)
    {
        using var command = Filtered(store, """
            SELECT s.id, p.name, s.deck, s.started_at, count(a.id), coalesce(sum(a.correct), 0)
            FROM sessions s JOIN players p ON p.id = s.player_id LEFT JOIN answers a ON a.session_id = s.id
            WHERE {0} GROUP BY s.id ORDER BY s.started_at, s.id
            """, filter);
        using var reader = command.ExecuteReader();
        var sessions = new List<SessionSummary>();
        while (reader.Read())
        {
            sessions.Add(new SessionSummary(reader.GetInt64(0), reader.GetPrintableString(1), reader.GetPrintableString(2), Timestamps.Read(reader.GetString(3)), reader.GetInt32(4), reader.GetInt32(5)));
        }

        return sessions;
    }

    private static List<CardStats> Cards(ScoreStore store, ScoreFilter filter)
    {
        using var command = Filtered(store, """
            SELECT a.deck, a.card_id, c.question, c.answer, count(*), sum(a.correct), max(a.answered_at)
            FROM answers a JOIN sessions s ON s.id = a.session_id JOIN players p ON p.id = s.player_id
            JOIN cards c ON c.deck = a.deck AND c.card_id = a.card_id
            WHERE {0} GROUP BY a.deck, a.card_id
            ORDER BY CAST(sum(a.correct) AS REAL) / count(*), count(*) DESC, a.deck, a.card_id
            """, filter);
        using var reader = command.ExecuteReader();
        var cards = new List<CardStats>();
        while (reader.Read())
        {
            cards.Add(new CardStats(reader.GetPrintableString(0), reader.GetPrintableString(1), reader.GetPrintableString(2), reader.GetPrintableString(3), reader.GetInt32(4), reader.GetInt32(5), Timestamps.Read(reader.GetString(6))));
        }

        return cards;
    }

    private static SqliteCommand Filtered(ScoreStore store, string sql, ScoreFilter filter)
    {
        var command = store.Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, "($player IS NULL OR p.name = $player) AND ($deck IS NULL OR s.deck = $deck)"));
        command.Parameters.AddWithValue("$player", (object?)filter.Player ?? DBNull.Value);
        command.Parameters.AddWithValue("$deck", (object?)filter.Deck ?? DBNull.Value);
        return command;
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Anki.Package;

/// <summary>
/// Writes a deck as an Anki schema-11 SQLite collection file. Every id and time comes from the deck and the settings'
/// timestamp, never the clock, so the file's bytes depend on the deck alone.
/// </summary>
internal static class CollectionWriter
{
    private const int SecondsPerDay = 86_400;

    /// <summary>Creates the collection file at <paramref name="path"/> (which must not exist) holding one note and one new card per card of <paramref name="deck"/>.</summary>
    public static void Write(string path, Deck deck, DateTimeOffset timestamp)
    {
        var seconds = timestamp.ToUnixTimeSeconds();
        var milliseconds = seconds * 1000;
        var deckName = AnkiNames.DeckName(deck.Title);

        // Anki matches decks by name on import, so the id only has to be unique in the file; spreading it over a day
        // after the timestamp keeps the note ids of different decks apart and still looks like Anki's ms timestamps.
        var deckId = milliseconds + 2 + (long)(StableHash(deck.Title) % (SecondsPerDay * 1000UL));
        var notes = deck.Cards.Select(card => PackageNote.From(card, deck)).ToArray();
        var noteTypes = notes.Select(note => note.NoteType).Distinct().OrderBy(type => type.Id).ToArray();

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // so the scratch file is closed for real and can be deleted at once
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();

        // A rollback journal, not WAL: the collection must be one self-contained file. No fsync: it is a scratch file.
        // A page cache big enough for a 10,000-card collection keeps the transaction from spilling to disk midway.
        Execute(connection, "PRAGMA page_size = 4096; PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, CollectionSchema.Tables, transaction);
            InsertCollection(connection, transaction, seconds, milliseconds, deckId, deckName, deck, noteTypes, notes.Length);
            InsertNotesAndCards(connection, transaction, notes, seconds, deckId);
            Execute(connection, CollectionSchema.Indexes, transaction);
            transaction.Commit();
        }

        connection.Close();
    }

    private static void InsertCollection(SqliteConnection connection, SqliteTransaction transaction, long seconds, long milliseconds, long deckId, string deckName, Deck deck, AnkiNoteType[] noteTypes, int noteCount)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
            VALUES (1, $crt, $mod, $scm, $ver, 0, 0, 0, $conf, $models, $decks, $dconf, '{}')
            """;
        command.Parameters.AddWithValue("$crt", seconds - (seconds % SecondsPerDay));
        command.Parameters.AddWithValue("$mod", milliseconds);
        command.Parameters.AddWithValue("$scm", milliseconds);
        command.Parameters.AddWithValue("$ver", CollectionSchema.Version);
        command.Parameters.AddWithValue("$conf", CollectionJson.Settings(deckId, noteTypes.Length > 0 ? noteTypes[0].Id : AnkiNoteTypes.Basic.Id, noteCount + 1));
        command.Parameters.AddWithValue("$models", CollectionJson.Models(noteTypes, seconds));
        command.Parameters.AddWithValue("$decks", CollectionJson.Decks(deckId, deckName, Description(deck), seconds));
        command.Parameters.AddWithValue("$dconf", CollectionJson.DeckOptions(seconds));
        command.ExecuteNonQuery();
    }

    private static void InsertNotesAndCards(SqliteConnection connection, SqliteTransaction transaction, PackageNote[] notes, long seconds, long deckId)
    {
        // One prepared command with its parameters reused, in one transaction: this is what makes 10,000 cards fast.
        using var noteCommand = connection.CreateCommand();
        noteCommand.Transaction = transaction;
        noteCommand.CommandText = """
            INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
            VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')
            """;
        var noteId = noteCommand.Parameters.Add("$id", SqliteType.Integer);
        var guid = noteCommand.Parameters.Add("$guid", SqliteType.Text);
        var noteType = noteCommand.Parameters.Add("$mid", SqliteType.Integer);
        noteCommand.Parameters.AddWithValue("$mod", seconds);
        var tags = noteCommand.Parameters.Add("$tags", SqliteType.Text);
        var fields = noteCommand.Parameters.Add("$flds", SqliteType.Text);
        var sortField = noteCommand.Parameters.Add("$sfld", SqliteType.Text);
        var checksum = noteCommand.Parameters.Add("$csum", SqliteType.Integer);
        noteCommand.Prepare();

        for (var i = 0; i < notes.Length; i++)
        {
            var note = notes[i];
            var id = deckId + 1 + i;
            noteId.Value = id;
            guid.Value = note.Guid;
            noteType.Value = note.NoteType.Id;
            tags.Value = note.JoinedTags;
            fields.Value = note.JoinedFields;
            sortField.Value = note.FirstFieldText; // the sort field is always the first (sortf 0)
            checksum.Value = AnkiChecksum.OfText(note.FirstFieldText);
            noteCommand.ExecuteNonQuery();
        }

        // Every note has exactly one card (one template, or cloze deletion c1: ord 0), with the note's id. New cards are
        // due in deck order, and note ids count up from deckId + 1, so a card's position is its id minus the deck id.
        using var cardCommand = connection.CreateCommand();
        cardCommand.Transaction = transaction;
        cardCommand.CommandText = """
            INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data)
            SELECT id, id, $did, 0, $mod, -1, 0, 0, id - $did, 0, 0, 0, 0, 0, 0, 0, 0, '' FROM notes ORDER BY id
            """;
        cardCommand.Parameters.AddWithValue("$did", deckId);
        cardCommand.Parameters.AddWithValue("$mod", seconds);
        cardCommand.ExecuteNonQuery();
    }

    private static string Description(Deck deck)
    {
        var titles = string.Join("; ", deck.Sources.Select(source => source.Title));
        return AnkiHtml.Escape($"Made by StudyDecks from {deck.Sources.Count} article{(deck.Sources.Count == 1 ? string.Empty : "s")}: {titles}");
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static ulong StableHash(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}

using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Anki.Package;

/// <summary>An exported .apkg unzipped into a temp folder, with its collection open read-only through SQLite.</summary>
internal sealed class OpenedPackage : IDisposable
{
    private readonly TempFolder _folder = new();

    public OpenedPackage(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        EntryNames = zip.Entries.Select(entry => entry.FullName).ToArray();
        EntryTimes = zip.Entries.Select(entry => entry.LastWriteTime).ToArray();
        using (var media = new StreamReader(zip.GetEntry("media")!.Open()))
        {
            Media = media.ReadToEnd();
        }

        var path = _folder.File("collection.anki2");
        zip.GetEntry("collection.anki2")!.ExtractToFile(path);
        Connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        Connection.Open();
    }

    public IReadOnlyList<string> EntryNames { get; }

    public IReadOnlyList<DateTimeOffset> EntryTimes { get; }

    public string Media { get; }

    public SqliteConnection Connection { get; }

    public static OpenedPackage Export(StudyDecks.Core.Decks.Deck deck, ExportSettings? settings = null) =>
        new(Exporting.ToBytes(DeckExporter.For(ExportFormat.Anki, settings), deck));

    /// <summary>Every row of a query, each as column name → value.</summary>
    public IReadOnlyList<Dictionary<string, object>> Rows(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public object Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    /// <summary>One of the JSON columns of the <c>col</c> row, parsed.</summary>
    public JsonElement CollectionJson(string column) => JsonDocument.Parse((string)Scalar($"SELECT {column} FROM col")).RootElement.Clone();

    public IReadOnlyList<string> Columns(string table) =>
        Rows($"PRAGMA table_info({table})").Select(row => (string)row["name"]).ToArray();

    public void Dispose()
    {
        Connection.Dispose();
        _folder.Dispose();
    }
}

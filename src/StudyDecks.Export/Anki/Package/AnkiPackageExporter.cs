using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Anki.Package;

/// <summary>
/// Writes an Anki package (<c>.apkg</c>) in the legacy layout that current Anki, AnkiDroid and Mnemosyne all read: a zip
/// holding <c>collection.anki2</c> (SQLite, schema 11) and a <c>media</c> map (<c>{}</c>: StudyDecks cards have no media).
/// </summary>
/// <remarks>
/// <para>Note types: "StudyDecks Basic" (short-answer and true/false cards), "StudyDecks Multiple Choice" and
/// "StudyDecks Cloze", with fixed ids. Each card becomes one note whose guid comes from the card id and deck title, so
/// re-importing a regenerated deck finds the same notes again. Every field is HTML-escaped.</para>
/// <para>Anki updates an existing note on import only when the incoming note is newer (its default), and notes carry
/// <see cref="ExportSettings.Timestamp"/>; pass a later timestamp, or pick "Update notes: Always" in Anki, to take
/// changed text into cards already imported.</para>
/// <para>SQLite needs a file, so the collection is built in a scratch file in <see cref="ExportSettings.WorkFolder"/>
/// (deleted afterwards) and then zipped with fixed entry times: the same deck gives the same bytes.</para>
/// </remarks>
public sealed class AnkiPackageExporter(ExportSettings settings) : DeckExporter
{
    /// <summary>Name of the collection inside the package.</summary>
    public const string CollectionEntry = "collection.anki2";

    /// <summary>Name of the media map inside the package.</summary>
    public const string MediaEntry = "media";

    /// <summary>Creates an exporter with <see cref="ExportSettings.Default"/>.</summary>
    public AnkiPackageExporter()
        : this(ExportSettings.Default)
    {
    }

    /// <inheritdoc />
    public override ExportFormat Format => ExportFormat.Anki;

    /// <inheritdoc />
    /// <exception cref="IOException">The scratch collection cannot be created in the work folder.</exception>
    public override void Write(Deck deck, Stream output)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(output);

        // The scratch name is random so parallel exports never share a file; it never reaches the output.
        var folder = settings.WorkFolder ?? Path.GetTempPath();
        var scratch = Path.Combine(folder, $"studydecks-{Guid.NewGuid():N}.anki2");
        try
        {
            try
            {
                CollectionWriter.Write(scratch, deck, settings.Timestamp);
            }
            catch (SqliteException exception)
            {
                // SQLite's own message names no file; say where the collection was being built.
                throw new IOException($"cannot build the Anki collection in {folder}: {exception.Message}", exception);
            }

            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            using (var collection = File.OpenRead(scratch))
            using (var entry = NewEntry(zip, CollectionEntry).Open())
            {
                collection.CopyTo(entry);
            }

            using (var entry = NewEntry(zip, MediaEntry).Open())
            {
                entry.Write(Encoding.UTF8.GetBytes("{}"));
            }
        }
        finally
        {
            File.Delete(scratch);
            File.Delete(scratch + "-journal");
        }
    }

    private ZipArchiveEntry NewEntry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = settings.Timestamp;
        return entry;
    }
}

using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Anki.Package;

public sealed partial class AnkiPackageExporterTests
{
    [Test]
    public void The_package_holds_the_legacy_collection_and_an_empty_media_map()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        Assert.That(package.EntryNames, Is.EqualTo(new[] { "collection.anki2", "media" }));
        Assert.That(package.Media, Is.EqualTo("{}"));
    }

    [Test]
    public void Every_schema_11_table_exists_with_ankis_columns()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        var tables = package.Rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(row => (string)row["name"]);
        Assert.That(tables, Is.EqualTo(new[] { "cards", "col", "graves", "notes", "revlog" }));
        Assert.That(package.Columns("col"), Is.EqualTo(new[] { "id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags" }));
        Assert.That(package.Columns("notes"), Is.EqualTo(new[] { "id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data" }));
        Assert.That(package.Columns("cards"), Is.EqualTo(new[]
        {
            "id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags", "data",
        }));
        Assert.That(package.Columns("revlog"), Is.EqualTo(new[] { "id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type" }));
        Assert.That(package.Columns("graves"), Is.EqualTo(new[] { "usn", "oid", "type" }));
        Assert.That(package.Scalar("SELECT count(*) FROM revlog"), Is.Zero);
        Assert.That(package.Scalar("SELECT count(*) FROM graves"), Is.Zero);
        var indexes = package.Rows("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").Select(row => (string)row["name"]);
        Assert.That(indexes, Is.EqualTo(new[] { "ix_cards_nid", "ix_cards_sched", "ix_cards_usn", "ix_notes_csum", "ix_notes_usn", "ix_revlog_cid", "ix_revlog_usn" }));
    }

    [Test]
    public void The_collection_row_says_schema_11_with_times_from_the_settings_not_the_clock()
    {
        var timestamp = new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);
        using var package = OpenedPackage.Export(SampleDecks.Coalition(), new ExportSettings(timestamp));

        var col = package.Rows("SELECT * FROM col").Single();
        Assert.That(col["id"], Is.EqualTo(1));
        Assert.That(col["ver"], Is.EqualTo(11));
        Assert.That(col["crt"], Is.EqualTo(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()), "a day boundary, in seconds");
        Assert.That(col["mod"], Is.EqualTo(timestamp.ToUnixTimeMilliseconds()));
        Assert.That(col["scm"], Is.EqualTo(timestamp.ToUnixTimeMilliseconds()));
        Assert.That(new[] { col["dty"], col["usn"], col["ls"] }, Is.All.Zero);
        Assert.That(col["tags"], Is.EqualTo("{}"));
        Assert.That(package.Rows("SELECT DISTINCT mod FROM notes UNION SELECT DISTINCT mod FROM cards").Select(row => row["mod"]), Is.EqualTo(new[] { timestamp.ToUnixTimeSeconds() }));
        Assert.That(package.EntryTimes, Is.All.EqualTo(timestamp));
    }

    [Test]
    public void The_same_deck_exported_twice_gives_identical_bytes()
    {
        var first = Exporting.ToBytes(ExportFormat.Anki, SampleDecks.Coalition());
        using var folder = new TempFolder();
        var second = Exporting.ToBytes(DeckExporter.For(ExportFormat.Anki, ExportSettings.Default with { WorkFolder = folder.Path }), SampleDecks.Coalition());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void The_scratch_collection_is_deleted_after_the_export()
    {
        using var folder = new TempFolder();

        Exporting.ToBytes(DeckExporter.For(ExportFormat.Anki, ExportSettings.Default with { WorkFolder = folder.Path }), SampleDecks.Coalition());

        Assert.That(Directory.EnumerateFileSystemEntries(folder.Path), Is.Empty);
    }

    [Test]
    public void A_failed_export_leaves_no_scratch_file_behind()
    {
        using var folder = new TempFolder();
        var exporter = DeckExporter.For(ExportFormat.Anki, ExportSettings.Default with { WorkFolder = folder.Path });
        using var readOnly = new MemoryStream([], writable: false);

        Assert.That(() => exporter.Write(SampleDecks.Coalition(), readOnly), Throws.InstanceOf<Exception>());
        Assert.That(Directory.EnumerateFileSystemEntries(folder.Path), Is.Empty);
    }

    [Test]
    public void An_unusable_work_folder_is_an_io_error_naming_the_folder()
    {
        using var folder = new TempFolder();
        var missing = folder.File("no-such-folder");
        var exporter = DeckExporter.For(ExportFormat.Anki, ExportSettings.Default with { WorkFolder = missing });
        using var output = new MemoryStream();

        Assert.That(() => exporter.Write(SampleDecks.Coalition(), output), Throws.InstanceOf<IOException>().With.Message.Contains(missing));
        Assert.That(output.Length, Is.Zero);
    }

    [Test]
    public void A_deck_without_cards_still_makes_a_valid_collection()
    {
        var deck = SampleDecks.Coalition() with { Cards = [] };

        using var package = OpenedPackage.Export(deck);

        Assert.That(package.Scalar("SELECT count(*) FROM notes"), Is.Zero);
        Assert.That(package.CollectionJson("decks").EnumerateObject().Count(), Is.EqualTo(2));
    }
}

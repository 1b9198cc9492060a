using System.IO.Compression;
using Microsoft.Data.Sqlite;
using StudyDecks.Core.Decks;
using StudyDecks.Export;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    private const string DeckFile = "coalition.deck.json";

    [TestCase("anki", "output/coalition.apkg")]
    [TestCase("anki-text", "output/coalition.anki.txt")]
    [TestCase("csv", "output/coalition.csv")]
    [TestCase("json", "output/coalition.deck.json")]
    public void Each_format_is_written_to_the_output_folder_named_after_the_deck(string format, string expectedPath)
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);

        var result = Run(folder, "export", DeckFile, "--format", format);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.Exists(folder.File(expectedPath)), Is.True);
        Assert.That(result.Output, Is.EqualTo($"Wrote 8 cards as {Format(format).DisplayName} to {expectedPath}\n"));
        Assert.That(File.ReadAllBytes(folder.File(expectedPath)), Is.EqualTo(ExportInMemory(Format(format))));
    }

    [Test]
    public void The_output_option_names_the_file_and_creates_its_folder()
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);

        var result = Run(folder, "export", DeckFile, "-f", "anki", "-o", "for-anki/my deck.apkg");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var zip = ZipFile.OpenRead(folder.File("for-anki/my deck.apkg"));
        Assert.That(zip.Entries.Select(entry => entry.FullName), Is.EqualTo(new[] { "collection.anki2", "media" }));
        Assert.That(Directory.Exists(folder.File("output")), Is.False);
    }

    [Test]
    public void The_apkg_holds_every_card_of_the_deck_and_two_exports_are_byte_identical()
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);

        Run(folder, "export", DeckFile, "--format", "anki", "-o", "first.apkg");
        Run(folder, "export", DeckFile, "--format", "anki", "-o", "second.apkg");

        Assert.That(File.ReadAllBytes(folder.File("second.apkg")), Is.EqualTo(File.ReadAllBytes(folder.File("first.apkg"))));
        Assert.That(CountNotes(folder, "first.apkg"), Is.EqualTo(SampleDecks.Coalition().Cards.Count));
    }

    [Test]
    public void The_json_export_loads_back_with_inspect()
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);
        Run(folder, "export", DeckFile, "--format", "json", "-o", "copy.deck.json");

        var result = Run(folder, "inspect", "copy.deck.json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.StartWith("Global Coalition to Defeat ISIS\n8 cards from 2 articles"));
    }

    [Test]
    public void Source_date_epoch_sets_the_time_in_the_apkg_and_keeps_it_reproducible()
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);
        var variables = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1800000000" };

        Run(folder, variables, "export", DeckFile, "-f", "anki", "-o", "a.apkg");
        Run(folder, variables, "export", DeckFile, "-f", "anki", "-o", "b.apkg");

        Assert.That(File.ReadAllBytes(folder.File("b.apkg")), Is.EqualTo(File.ReadAllBytes(folder.File("a.apkg"))));
        Assert.That(Scalar(folder, "a.apkg", "SELECT mod FROM col"), Is.EqualTo(1_800_000_000_000L));
    }

    [TestCase("abc")]
    [TestCase("12")]
    public void A_bad_source_date_epoch_is_a_one_line_error(string value)
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);

        var result = Run(folder, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value }, "export", DeckFile, "-f", "anki");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo($"error: SOURCE_DATE_EPOCH: \"{value}\" is not a time in seconds since 1970 between 1980 and 2107\n"));
        Assert.That(Directory.Exists(folder.File("output")), Is.False);
    }

    [Test]
    public void An_unknown_format_is_a_one_line_error_naming_the_formats()
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);

        var result = Run(folder, "export", DeckFile, "--format", "pdf");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo("error: --format: unknown format \"pdf\" (use anki, anki-text, csv, json)\n"));
        Assert.That(Directory.Exists(folder.File("output")), Is.False);
    }

    [Test]
    public void A_missing_format_is_rejected()
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);

        var result = Run(folder, "export", DeckFile);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.Contain("--format"));
        Assert.That(Directory.Exists(folder.File("output")), Is.False);
    }

    [Test]
    public void A_missing_deck_is_a_one_line_error_and_writes_nothing()
    {
        using var folder = new TempFolder();

        var result = Run(folder, "export", "missing.deck.json", "--format", "anki");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo("error: missing.deck.json: no such deck file\n"));
        Assert.That(Directory.EnumerateFileSystemEntries(folder.Path), Is.Empty);
    }

    [Test]
    public void An_invalid_deck_is_a_one_line_error_and_does_not_clobber_an_earlier_export()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File(DeckFile), "{ \"format\": \"something else\" }");
        Directory.CreateDirectory(folder.File("output"));
        File.WriteAllText(folder.File("output/coalition.apkg"), "earlier export");

        var result = Run(folder, "export", DeckFile, "--format", "anki");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith($"error: {DeckFile}: the file is not a StudyDecks deck").And.EndWith("\n"));
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain("\n"));
        Assert.That(File.ReadAllText(folder.File("output/coalition.apkg")), Is.EqualTo("earlier export"));
        Assert.That(Directory.EnumerateFiles(folder.File("output")), Has.Exactly(1).Items);
    }

    [Test]
    public void An_unwritable_output_path_is_a_one_line_error_and_leaves_no_file()
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);
        File.WriteAllText(folder.File("blocker"), "a file where a folder should be");

        var result = Run(folder, "export", DeckFile, "--format", "csv", "-o", "blocker/deck.csv");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith("error: blocker/deck.csv: cannot create the output folder"));
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain("\n"));
        Assert.That(Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { DeckFile, "blocker" }));
    }

    [Test]
    public void An_output_path_that_is_a_folder_is_refused_and_left_alone()
    {
        using var folder = new TempFolder();
        SaveDeck(folder, DeckFile);
        Directory.CreateDirectory(folder.File("exports"));

        var result = Run(folder, "export", DeckFile, "--format", "anki", "-o", "exports");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo("error: exports: is a folder, not a file\n"));
        Assert.That(Directory.EnumerateFileSystemEntries(folder.File("exports")), Is.Empty);
    }

    [Test]
    public void Build_writes_every_export_next_to_the_deck()
    {
        using var folder = new TempFolder();
        var articles = TestData.SeedArticlePaths;

        var result = Run(folder, ["build", .. articles, "--title", "Coalition", "-o", "out"]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var files = Directory.EnumerateFiles(folder.File("out")).Select(Path.GetFileName);
        Assert.That(files, Is.SupersetOf(new[] { "coalition.deck.json", "coalition.apkg", "coalition.anki.txt", "coalition.csv" }));
        Assert.That(result.Output, Does.Contain("as Anki package to out/coalition.apkg").And.Contain("to out/coalition.csv"));
    }

    private static ExportFormat Format(string name) => ExportFormatExtensions.TryParse(name, out var format) ? format : throw new ArgumentException(name);

    private static byte[] ExportInMemory(ExportFormat format)
    {
        using var stream = new MemoryStream();
        DeckExporter.For(format).Write(SampleDecks.Coalition(), stream);
        return stream.ToArray();
    }

    private static void SaveDeck(TempFolder folder, string name) => File.WriteAllText(folder.File(name), DeckJson.Serialize(SampleDecks.Coalition()));

    private static long CountNotes(TempFolder folder, string package) => (long)Scalar(folder, package, "SELECT count(*) FROM notes");

    private static object Scalar(TempFolder folder, string package, string sql)
    {
        var collection = folder.File(package + ".anki2");
        using (var zip = ZipFile.OpenRead(folder.File(package)))
        {
            zip.GetEntry("collection.anki2")!.ExtractToFile(collection, overwrite: true);
        }

        using var connection = new SqliteConnection($"Data Source={collection};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private static RunResult Run(TempFolder folder, params string[] args) => Run(folder, new Dictionary<string, string>(), args);

    private static RunResult Run(TempFolder folder, Dictionary<string, string> variables, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, new StringReader(string.Empty), folder.Path, variables);
        var exitCode = CliApp.Run(args, environment);
        return new RunResult(exitCode, output.ToString(), error.ToString());
    }

    private sealed record RunResult(int ExitCode, string Output, string Error);
}

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
    [TestCase("gift", "output/coalition.gift.txt")]
    [TestCase("moodle", "output/coalition.moodle.xml")]
    [TestCase("quizlet", "output/coalition.quizlet.txt")]
    public void Each_format_is_written_to_the_output_folder_named_after_the_deck(string format, string expectedPath)
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);

        var result = cli.Run("export", DeckFile, "--format", format);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.Exists(cli.PathOf(expectedPath)), Is.True);
        Assert.That(result.Output, Is.EqualTo($"Wrote 8 cards as {Format(format).DisplayName} to {expectedPath}\n"));
        Assert.That(File.ReadAllBytes(cli.PathOf(expectedPath)), Is.EqualTo(ExportInMemory(Format(format))));
    }

    [Test]
    public void The_output_option_names_the_file_and_creates_its_folder()
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);

        var result = cli.Run("export", DeckFile, "-f", "anki", "-o", "for-anki/my deck.apkg");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var zip = ZipFile.OpenRead(cli.PathOf("for-anki/my deck.apkg"));
        Assert.That(zip.Entries.Select(entry => entry.FullName), Is.EqualTo(new[] { "collection.anki2", "media" }));
        Assert.That(Directory.Exists(cli.PathOf("output")), Is.False);
    }

    [Test]
    public void The_apkg_holds_every_card_of_the_deck_and_two_exports_are_byte_identical()
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);

        cli.Run("export", DeckFile, "--format", "anki", "-o", "first.apkg");
        cli.Run("export", DeckFile, "--format", "anki", "-o", "second.apkg");

        Assert.That(File.ReadAllBytes(cli.PathOf("second.apkg")), Is.EqualTo(File.ReadAllBytes(cli.PathOf("first.apkg"))));
        Assert.That(CountNotes(cli, "first.apkg"), Is.EqualTo(SampleDecks.Coalition().Cards.Count));
    }

    [Test]
    public void The_json_export_loads_back_with_inspect()
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);
        cli.Run("export", DeckFile, "--format", "json", "-o", "copy.deck.json");

        var result = cli.Run("inspect", "copy.deck.json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.StartWith("Global Coalition to Defeat ISIS\n8 cards from 2 articles"));
    }

    [Test]
    public void Source_date_epoch_sets_the_time_in_the_apkg_and_keeps_it_reproducible()
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);
        var variables = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1800000000" };

        RunWith(cli, variables, "export", DeckFile, "-f", "anki", "-o", "a.apkg");
        RunWith(cli, variables, "export", DeckFile, "-f", "anki", "-o", "b.apkg");

        Assert.That(File.ReadAllBytes(cli.PathOf("b.apkg")), Is.EqualTo(File.ReadAllBytes(cli.PathOf("a.apkg"))));
        Assert.That(Scalar(cli, "a.apkg", "SELECT mod FROM col"), Is.EqualTo(1_800_000_000_000L));
    }

    [TestCase("abc")]
    [TestCase("12")]
    public void A_bad_source_date_epoch_is_a_one_line_error(string value)
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);

        var result = RunWith(cli, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value }, "export", DeckFile, "-f", "anki");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo($"error: SOURCE_DATE_EPOCH: \"{value}\" is not a time in seconds since 1970 between 1980 and 2107\n"));
        Assert.That(Directory.Exists(cli.PathOf("output")), Is.False);
    }

    [Test]
    public void An_unknown_format_is_a_usage_error_naming_the_formats()
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);

        var result = cli.Run("export", DeckFile, "--format", "pdf");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(2));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: --format must be anki, anki-text, ").And.EndWith(" or html, not \"pdf\""));
        Assert.That(Directory.Exists(cli.PathOf("output")), Is.False);
    }

    [Test]
    public void A_missing_format_is_rejected()
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);

        var result = cli.Run("export", DeckFile);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.Contain("--format"));
        Assert.That(Directory.Exists(cli.PathOf("output")), Is.False);
    }

    [Test]
    public void The_bom_option_starts_the_csv_with_a_utf8_byte_order_mark()
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);

        var result = cli.Run("export", DeckFile, "-f", "csv", "--bom", "-o", "excel.csv");
        cli.Run("export", DeckFile, "-f", "csv", "-o", "plain.csv");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var withBom = File.ReadAllBytes(cli.PathOf("excel.csv"));
        var plain = File.ReadAllBytes(cli.PathOf("plain.csv"));
        Assert.That(withBom[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(plain[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(withBom[3..], Is.EqualTo(plain));
    }

    [TestCase("anki")]
    [TestCase("gift")]
    [TestCase("moodle")]
    [TestCase("quizlet")]
    public void A_missing_deck_is_a_one_line_error_and_writes_nothing(string format)
    {
        using var cli = new CliHarness();

        var result = cli.Run("export", "missing.deck.json", "--format", format);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo("error: missing.deck.json: no such deck file\n"));
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }

    [TestCase("anki")]
    [TestCase("gift")]
    [TestCase("moodle")]
    [TestCase("quizlet")]
    public void An_invalid_deck_is_a_one_line_error_and_does_not_clobber_an_earlier_export(string format)
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf(DeckFile), "{ \"format\": \"something else\" }");
        Directory.CreateDirectory(cli.PathOf("output"));
        var earlier = "output/coalition" + Format(format).FileExtension;
        File.WriteAllText(cli.PathOf(earlier), "earlier export");

        var result = cli.Run("export", DeckFile, "--format", format);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith($"error: {DeckFile}: the file is not a StudyDecks deck").And.EndWith("\n"));
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain("\n"));
        Assert.That(File.ReadAllText(cli.PathOf(earlier)), Is.EqualTo("earlier export"));
        Assert.That(Directory.EnumerateFiles(cli.PathOf("output")), Has.Exactly(1).Items);
    }

    [TestCase("csv")]
    [TestCase("gift")]
    [TestCase("moodle")]
    [TestCase("quizlet")]
    public void An_unwritable_output_path_is_a_one_line_error_and_leaves_no_file(string format)
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);
        File.WriteAllText(cli.PathOf("blocker"), "a file where a folder should be");

        var result = cli.Run("export", DeckFile, "--format", format, "-o", "blocker/deck.out");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith("error: blocker/deck.out: cannot create the output folder"));
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain("\n"));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "blocker", DeckFile }));
    }

    [Test]
    public void An_output_path_that_is_a_folder_is_refused_and_left_alone()
    {
        using var cli = new CliHarness();
        SaveDeck(cli, DeckFile);
        Directory.CreateDirectory(cli.PathOf("exports"));

        var result = cli.Run("export", DeckFile, "--format", "anki", "-o", "exports");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo("error: exports: is a folder, not a file\n"));
        Assert.That(Directory.EnumerateFileSystemEntries(cli.PathOf("exports")), Is.Empty);
    }

    [Test]
    public void Build_writes_every_export_next_to_the_deck()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "--title", "Coalition", "-o", "out");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var files = Directory.EnumerateFiles(cli.PathOf("out")).Select(Path.GetFileName);
        Assert.That(files, Is.SupersetOf(new[] { "coalition.deck.json", "coalition.apkg", "coalition.anki.txt", "coalition.csv", "coalition.gift.txt", "coalition.moodle.xml", "coalition.quizlet.txt" }));
        Assert.That(result.Output, Does.Contain("as Anki package to out/coalition.apkg").And.Contain("to out/coalition.csv"));
        Assert.That(result.Output, Does.Contain("as Moodle GIFT to out/coalition.gift.txt").And.Contain("as Moodle XML to out/coalition.moodle.xml").And.Contain("as Quizlet import to out/coalition.quizlet.txt"));
    }

    [Test]
    public void Build_passes_the_bom_option_to_its_csv_only()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "--title", "Coalition", "-o", "out", "--bom");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.ReadAllBytes(cli.PathOf("out/coalition.csv"))[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(File.ReadAllBytes(cli.PathOf("out/coalition.quizlet.txt"))[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    private static ExportFormat Format(string name) => ExportFormatExtensions.TryParse(name, out var format) ? format : throw new ArgumentException(name);

    private static byte[] ExportInMemory(ExportFormat format)
    {
        using var stream = new MemoryStream();
        DeckExporter.For(format).Write(SampleDecks.Coalition(), stream);
        return stream.ToArray();
    }

    private static void SaveDeck(CliHarness cli, string name) => File.WriteAllText(cli.PathOf(name), DeckJson.Serialize(SampleDecks.Coalition()));

    private static long CountNotes(CliHarness cli, string package) => (long)Scalar(cli, package, "SELECT count(*) FROM notes");

    private static object Scalar(CliHarness cli, string package, string sql)
    {
        var collection = cli.PathOf(package + ".anki2");
        using (var zip = ZipFile.OpenRead(cli.PathOf(package)))
        {
            zip.GetEntry("collection.anki2")!.ExtractToFile(collection, overwrite: true);
        }

        using var connection = new SqliteConnection($"Data Source={collection};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private static CliResult RunWith(CliHarness cli, Dictionary<string, string> variables, params string[] args)
    {
        foreach (var (name, value) in variables)
        {
            cli.Variables[name] = value;
        }

        return cli.Run(args);
    }
}

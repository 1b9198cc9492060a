using System.Diagnostics;
using StudyDecks.Core.Decks;
using StudyDecks.Testing;
using UglyToad.PdfPig;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class PdfCommandTests
{
    [Test]
    public void Pdf_writes_the_quiz_next_to_the_other_outputs_named_after_the_deck()
    {
        // Arrange
        using var cli = new CliHarness();
        WriteDeck(cli, "decks/coalition.deck.json", SampleDecks.Large(60));

        // Act
        var result = cli.Run("pdf", "decks/coalition.deck.json", "--versions", "2");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "output/coalition.quiz.pdf" }));
        Assert.That(result.Output, Does.StartWith("Wrote a 60-question quiz in 2 versions (").And.Contain("output/coalition.quiz.pdf"));
        using var pdf = PdfDocument.Open(cli.PathOf("output/coalition.quiz.pdf"));
        Assert.That(pdf.NumberOfPages, Is.GreaterThan(4));
        Assert.That(pdf.GetPage(1).Text, Does.Contain("Version").And.Contain("Name"));
    }

    [Test]
    public void A_separate_answer_key_is_a_second_file_beside_the_quiz()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "coalition.deck.json", SampleDecks.Coalition());

        var result = cli.Run("pdf", "coalition.deck.json", "-o", "print/quiz.pdf", "--answer-key", "separate", "--paper", "letter", "--title", "Week 3 check-up");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "coalition.deck.json", "print/quiz-key.pdf", "print/quiz.pdf" }));
        using var key = PdfDocument.Open(cli.PathOf("print/quiz-key.pdf"));
        Assert.That(key.GetPage(1).Text, Does.Contain("Answer key"));
        Assert.That(key.GetPage(1).Width, Is.EqualTo(612).Within(0.5));
        using var quiz = PdfDocument.Open(cli.PathOf("print/quiz.pdf"));
        Assert.That(quiz.GetPage(1).Text, Does.Contain("Week 3 check").And.Not.Contain("Answer key"));
    }

    [Test]
    public void The_same_deck_and_seed_write_the_same_bytes()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "deck.deck.json", SampleDecks.Large(30));

        cli.Run("pdf", "deck.deck.json", "-o", "one.pdf", "--seed", "5", "--versions", "3", "--count", "20");
        cli.Run("pdf", "deck.deck.json", "-o", "two.pdf", "--seed", "5", "--versions", "3", "--count", "20");

        Assert.That(File.ReadAllBytes(cli.PathOf("two.pdf")), Is.EqualTo(File.ReadAllBytes(cli.PathOf("one.pdf"))));
    }

    [TestCase("--versions", "0", "--versions must be between 1 and 26, not 0")]
    [TestCase("--versions", "27", "--versions must be between 1 and 26, not 27")]
    [TestCase("--count", "0", "--count must be at least 1, not 0")]
    [TestCase("--paper", "a5", "--paper must be a4 or letter, not \"a5\"")]
    [TestCase("--answer-key", "back", "--answer-key must be appendix, separate or none, not \"back\"")]
    public void A_bad_option_value_is_a_usage_error_and_writes_nothing(string option, string value, string message)
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "deck.deck.json", SampleDecks.Large(60));

        var result = cli.Run("pdf", "deck.deck.json", option, value);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: " + message, "try 'studydecks pdf --help'" }));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "deck.deck.json" }));
    }

    [Test]
    public void More_questions_than_cards_is_one_error_line_and_writes_nothing()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "deck.deck.json", SampleDecks.Large(60));

        var result = cli.Run("pdf", "deck.deck.json", "--count", "61");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: deck.deck.json: the deck has 60 cards, fewer than the 61 questions asked for (--count)" }));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "deck.deck.json" }));
    }

    [TestCase(8, "Wrote an 8-question quiz in 1 version (")]
    [TestCase(11, "Wrote an 11-question quiz in 1 version (")]
    [TestCase(12, "Wrote a 12-question quiz in 1 version (")]
    public void The_summary_takes_the_article_of_the_number(int count, string start)
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "deck.deck.json", SampleDecks.Large(20));

        var result = cli.Run("pdf", "deck.deck.json", "-n", count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(result.Output, Does.StartWith(start));
    }

    [Test]
    public void A_one_page_quiz_and_key_are_counted_in_the_singular()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "deck.deck.json", SampleDecks.Large(20));

        var result = cli.Run("pdf", "deck.deck.json", "-n", "1", "--answer-key", "separate");

        Assert.That(result.Output, Is.EqualTo("Wrote a 1-question quiz in 1 version (1 page) to output/deck.quiz.pdf\nWrote the answer key (1 page) to output/deck-key.pdf\n"));
    }

    [Test]
    public void The_key_names_each_source_sentence_as_inspect_does()
    {
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();
        WriteDeck(cli, "deck.deck.json", deck);

        var inspect = cli.Run("inspect", "deck.deck.json", "--cards");
        cli.Run("pdf", "deck.deck.json", "--answer-key", "separate");

        using var key = PdfDocument.Open(cli.PathOf("output/deck-key.pdf"));
        var keyText = string.Concat(key.GetPages().Select(page => page.Text));
        foreach (var card in deck.Cards)
        {
            var reference = $"{card.Source.Article}, sentence {card.Source.Sentence + 1}";
            Assert.That(inspect.Output, Does.Contain($"Source: {reference}: "));
            Assert.That(keyText, Does.Contain(reference.Replace(" ", string.Empty, StringComparison.Ordinal)).Or.Contain(reference));
        }
    }

    [Test]
    public void A_missing_deck_is_one_error_line_naming_it()
    {
        using var cli = new CliHarness();

        var result = cli.Run("pdf", "nowhere.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: nowhere.deck.json: no such deck file" }));
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }

    [Test]
    public void An_output_path_that_is_a_folder_fails_without_leaving_files_behind()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "deck.deck.json", SampleDecks.Coalition());
        Directory.CreateDirectory(cli.PathOf("taken.pdf"));

        var result = cli.Run("pdf", "deck.deck.json", "-o", "taken.pdf");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: taken.pdf: "));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "deck.deck.json" }));
    }

    [Test]
    public void When_the_separate_key_cannot_be_written_the_quiz_is_taken_back()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "deck.deck.json", SampleDecks.Coalition());
        Directory.CreateDirectory(cli.PathOf("quiz-key.pdf"));

        var result = cli.Run("pdf", "deck.deck.json", "-o", "quiz.pdf", "--answer-key", "separate");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: quiz-key.pdf: is a folder, not a file" }));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "deck.deck.json" }));
    }

    [Test]
    public void A_deck_with_no_cards_is_one_error_line_naming_the_file()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, "empty.deck.json", SampleDecks.Coalition() with { Cards = [] });

        var result = cli.Run("pdf", "empty.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: empty.deck.json: the deck has no cards to print" }));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "empty.deck.json" }));
    }

    [Test]
    public void A_question_over_the_print_limit_is_one_error_line_naming_the_file_and_the_card()
    {
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();
        var card = deck.Cards[0] with { Question = new string('a', 1 << 20) };
        WriteDeck(cli, "huge.deck.json", deck with { Cards = [card] });

        var result = cli.Run("pdf", "huge.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"error: huge.deck.json: card \"{card.Id}\": the question has 1,048,576 characters; a printed question holds at most 20,000" }));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "huge.deck.json" }));
    }

    [Test]
    public void A_quiz_that_cannot_be_laid_out_is_one_error_line_naming_the_deck()
    {
        // Arrange: no deck within the print limits fails layout, so the failure is made directly.
        var failure = new StudyDecks.Pdf.Layout.Paging.LayoutException("The content needs more than 10000 pages.");

        // Act
        var error = StudyDecks.Cli.Commands.PdfCommand.NamingTheDeck("quiz.deck.json", failure);

        // Assert
        Assert.That(error.Message, Is.EqualTo("quiz.deck.json: the quiz cannot be laid out: The content needs more than 10000 pages."));
        Assert.That(error.InnerException, Is.SameAs(failure));
    }

    [Test]
    public void Characters_no_font_has_print_one_warning_naming_the_deck_and_the_card()
    {
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();
        // An unassigned code point: a private-use one such as U+10FFFD can be in a machine's fonts (Asana Math).
        var card = deck.Cards[0] with { Question = "Which sign is \U0003FFFD?" };
        WriteDeck(cli, "signs.deck.json", deck with { Cards = [card, .. deck.Cards.Skip(1)] });

        // Without the machine's fonts: a font installed with some other program may draw any code point at all.
        var (exitCode, _, error) = RunWithoutMachineFonts(cli, "pdf", "signs.deck.json", "-o", "signs.pdf");

        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { $"warning: signs.deck.json: card \"{card.Id}\": no font has U+3FFFD; it prints as an empty box" }));
        Assert.That(cli.WrittenFiles(), Does.Contain("signs.pdf"));
    }

    [Test]
    public void A_script_the_bundled_fonts_lack_is_drawn_from_an_installed_font()
    {
        // Arrange: Nüshu, which DejaVu lacks, with one installed font that has it (Noto Sans Nüshu, in the test data).
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();
        const string Nushu = "\U0001B170\U0001B171\U0001B172";
        var card = deck.Cards[0] with { Question = $"Which script is {Nushu}?" };
        WriteDeck(cli, "nushu.deck.json", deck with { Cards = [card, .. deck.Cards.Skip(1)] });
        var fonts = cli.PathOf("fonts");
        Directory.CreateDirectory(fonts);
        File.Copy(Path.Combine(TestData.Folder, "fonts", "NotoSansNushu-Regular.ttf"), Path.Combine(fonts, "NotoSansNushu-Regular.ttf"));

        // Act
        var (installed, _, installedError) = RunWithFontFolders(cli, [fonts], "pdf", "nushu.deck.json", "-o", "installed.pdf");
        var (bare, _, bareError) = RunWithoutMachineFonts(cli, "pdf", "nushu.deck.json", "-o", "bare.pdf");

        // Assert: drawn, with no warning, from the installed font; without it, a warning names the card.
        Assert.That(installed, Is.EqualTo(0), installedError);
        Assert.That(installedError, Is.Empty);
        using (var pdf = PdfDocument.Open(cli.PathOf("installed.pdf")))
        {
            var letters = Enumerable.Range(1, pdf.NumberOfPages).SelectMany(number => pdf.GetPage(number).Letters).ToList();
            var drawn = letters.Where(letter => letter.Value == "\U0001B170").ToList();
            Assert.That(drawn, Is.Not.Empty, "the Nüshu letter is in the page text");
            Assert.That(drawn.Select(letter => letter.FontName), Has.All.Contains("Nushu"));
            Assert.That(letters.Where(letter => letter.Value == "W").Select(letter => letter.FontName), Has.All.Contains("DejaVu"), "the rest stays in the bundled font");
        }

        Assert.That(bare, Is.EqualTo(0), bareError);
        Assert.That(bareError, Does.Contain($"card \"{card.Id}\": no font has U+1B170"));
    }

    [Test]
    public void A_machine_without_any_font_prints_the_same_quiz_with_its_text()
    {
        // Arrange: a fontconfig that knows no font folder, as in a slim container, for a separate studydecks process.
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();
        var hebrew = deck.Cards[0] with { Id = "hebrew", Question = "מהי עיר הבירה של ישראל?", Context = "שאלה בעברית" };
        var arabic = deck.Cards[0] with { Id = "arabic", Question = "ما هي عاصمة العراق؟", Context = null };
        WriteDeck(cli, "deck.deck.json", deck with { Cards = [.. deck.Cards, hebrew, arabic] });

        // Act
        var (exitCode, output, error) = RunWithoutMachineFonts(cli, "pdf", "deck.deck.json", "-o", "bare.pdf", "--seed", "3");
        var here = cli.Run("pdf", "deck.deck.json", "-o", "here.pdf", "--seed", "3");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), output + error);
        Assert.That(error, Is.Empty);
        Assert.That(here.ExitCode, Is.EqualTo(0), here.Error);
        using var pdf = PdfDocument.Open(cli.PathOf("bare.pdf"));
        var text = string.Concat(Enumerable.Range(1, pdf.NumberOfPages).Select(number => pdf.GetPage(number).Text));
        Assert.That(text, Does.Contain("Version").And.Contain("Name").And.Contain("Coalition"));
        Assert.That(text.Count(c => c is >= '\u05D0' and <= '\u05EA'), Is.GreaterThan(20), "Hebrew letters");
        Assert.That(text.Count(c => c is (>= '\u0621' and <= '\u064A') or (>= '\uFE80' and <= '\uFEFC')), Is.GreaterThan(10), "Arabic letters");
        Assert.That(File.ReadAllBytes(cli.PathOf("bare.pdf")), Is.EqualTo(File.ReadAllBytes(cli.PathOf("here.pdf"))), "the machine's fonts change nothing");
    }

    /// <summary>Runs studydecks as its own process with a fontconfig that knows no font folder, as in a slim container.</summary>
    private static (int ExitCode, string Output, string Error) RunWithoutMachineFonts(CliHarness cli, params string[] arguments) =>
        RunWithFontFolders(cli, [], arguments);

    /// <summary>Runs studydecks as its own process with a fontconfig that knows only the given font folders.</summary>
    private static (int ExitCode, string Output, string Error) RunWithFontFolders(CliHarness cli, string[] folders, params string[] arguments)
    {
        var dirs = string.Concat(folders.Select(folder => $"<dir>{System.Security.SecurityElement.Escape(folder)}</dir>"));
        File.WriteAllText(cli.PathOf("fonts.conf"), $"<?xml version=\"1.0\"?>\n<fontconfig>{dirs}<cachedir>{cli.PathOf("fontcache")}</cachedir></fontconfig>\n");
        var start = cli.ProcessStart(arguments);
        start.Environment["FONTCONFIG_FILE"] = cli.PathOf("fonts.conf");
        start.Environment.Remove("FONTCONFIG_PATH");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static void WriteDeck(CliHarness cli, string relative, Deck deck)
    {
        var path = cli.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        DeckJson.Write(deck, stream);
    }
}

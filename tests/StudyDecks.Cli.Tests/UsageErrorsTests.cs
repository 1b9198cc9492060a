using StudyDecks.Core.Decks;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests;

/// <summary>Issue 16: a wrong command line is one error line, a hint naming the command's help, nothing on stdout and exit code 2.</summary>
public sealed class UsageErrorsTests
{
    private static void AssertUsageError(CliResult result, string error, string hint)
    {
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Error);
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: " + error, hint }));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.OutputBytes, Is.Empty);
    }

    [Test]
    public void Export_without_format_names_the_missing_option_and_the_export_help()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("c.deck.json"), DeckJson.Serialize(SampleDecks.Coalition()));

        var result = cli.Run("export", "c.deck.json");

        AssertUsageError(result, "option '--format' is required", "try 'studydecks export --help'");
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "c.deck.json" }));
    }

    [Test]
    public void A_bad_quiz_mode_lists_the_modes_on_one_line()
    {
        using var cli = new CliHarness();

        var result = cli.Run("quiz", "c.deck.json", "--mode", "bogus");

        AssertUsageError(result, "--mode must be due, new, missed or all, not \"bogus\"", "try 'studydecks quiz --help'");
    }

    [Test]
    public void An_unknown_command_points_to_the_top_level_help()
    {
        using var cli = new CliHarness();

        AssertUsageError(cli.Run("bogus"), "unknown command 'bogus'", "try 'studydecks --help'");
    }

    [Test]
    public void An_unknown_option_is_not_taken_for_an_input_file()
    {
        using var cli = new CliHarness();

        var result = cli.Run("generate", "--bogus-opt");

        AssertUsageError(result, "unknown option '--bogus-opt'", "try 'studydecks generate --help'");
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }

    [Test]
    public void An_unknown_option_of_a_command_with_a_fixed_argument_is_a_usage_error_too()
    {
        using var cli = new CliHarness();

        AssertUsageError(cli.Run("inspect", "c.deck.json", "--bogus"), "unknown option '--bogus'", "try 'studydecks inspect --help'");
    }

    [Test]
    public void A_file_named_like_an_option_can_still_be_read_after_a_double_dash()
    {
        using var cli = new CliHarness();
        File.Copy(TestData.SeedArticlePaths[0], cli.PathOf("--odd.txt"));

        var result = cli.Run("generate", "-o", "d.deck.json", "--", "--odd.txt");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(cli.WrittenFiles(), Does.Contain("d.deck.json"));
    }

    [TestCase("pdf", "--paper", "a5", "--paper must be a4 or letter, not \"a5\"")]
    [TestCase("pdf", "--versions", "0", "--versions must be between 1 and 26, not 0")]
    [TestCase("pdf", "-n", "0", "--count must be at least 1, not 0")]
    [TestCase("export", "--format", "docx", "--format must be anki, anki-text, csv, json, gift, moodle, quizlet or html, not \"docx\"")]
    [TestCase("quiz", "--count", "0", "--count must be at least 1, not 0")]
    [TestCase("pdf", "--versions", "two", "cannot parse argument 'two' for option '--versions' as expected type 'System.Int32'")]
    public void A_bad_option_value_is_a_usage_error_before_the_deck_is_read(string command, string option, string value, string error)
    {
        using var cli = new CliHarness();

        var result = cli.Run(command, "missing.deck.json", option, value);

        AssertUsageError(result, error, $"try 'studydecks {command} --help'");
    }

    [Test]
    public void An_article_on_standard_input_needs_a_title()
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInput("Some text.", "generate", "-");

        AssertUsageError(result, "an article read from standard input (-) needs --title", "try 'studydecks generate --help'");
    }

    [Test]
    public void A_failure_that_is_not_about_the_command_line_stays_exit_code_1_without_a_hint()
    {
        using var cli = new CliHarness();

        var result = cli.Run("inspect", "missing.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: missing.deck.json: no such deck file" }));
    }

    [Test]
    public void Help_is_not_an_error_even_when_a_required_option_is_missing()
    {
        using var cli = new CliHarness();

        var result = cli.Run("export", "--help");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Error, Is.Empty);
        Assert.That(result.Output, Does.Contain("--format"));
    }

    [TestCase("review", "review rewrites the deck file after every decision; give it as a file, not -")]
    [TestCase("quiz", "quiz reads its answers from standard input; give the deck as a file, not -")]
    public void A_command_that_needs_a_deck_file_refuses_standard_input(string command, string error)
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInputBytes(System.Text.Encoding.UTF8.GetBytes(DeckJson.Serialize(SampleDecks.Coalition())), command, "-");

        AssertUsageError(result, error, $"try 'studydecks {command} --help'");
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;
using StudyDecks.Core.Decks;
using StudyDecks.Quiz;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class QuizCommandTests
{
    private const string Deck = "coalition.deck.json";
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        _cli.Variables["USER"] = "ana";
        _cli.Variables["HOME"] = _cli.PathOf("home");
        WriteSampleDeck(_cli);
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    /// <summary>Writes <see cref="SampleDecks.Coalition"/> to <c>coalition.deck.json</c> in the harness's folder.</summary>
    internal static void WriteSampleDeck(CliHarness cli)
    {
        using var stream = File.Create(cli.PathOf(Deck));
        DeckJson.Write(SampleDecks.Coalition(), stream);
    }

    /// <summary>Counts rows of the score database with a query, without holding the file open.</summary>
    internal static long Count(string databasePath, string sql = "SELECT count(*) FROM answers")
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Test]
    public void Plain_quiz_reads_one_answer_per_line_from_stdin_saves_each_and_ends_with_the_score()
    {
        var result = _cli.RunWithInput(string.Concat(Enumerable.Repeat("a\n", 8)), "quiz", Deck, "--plain", "--db", "scores.db", "--mode", "all", "--seed", "3");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var lines = result.Output.TrimEnd().Split('\n');
        Assert.That(lines[0], Is.EqualTo("Quiz: Global Coalition to Defeat ISIS (8 questions, mode all, player ana)"));
        Assert.That(lines[^1], Does.Match(@"^Score: [0-8]/8$"));
        Assert.That(Count(_cli.PathOf("scores.db")), Is.EqualTo(8));
        Assert.That(Count(_cli.PathOf("scores.db"), "SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL"), Is.EqualTo(1));
    }

    [Test]
    public void Without_a_terminal_the_quiz_falls_back_to_plain_lines()
    {
        var result = _cli.RunWithInput("a\n", "quiz", Deck, "--db", "scores.db", "--count", "1");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("Question 1 of 1").And.Contains("Score: "));
        Assert.That(result.Output, Does.Not.Contain("\u001b["));
    }

    [Test]
    public void The_same_seed_asks_the_same_questions_with_the_same_options()
    {
        var first = _cli.RunWithInput(string.Empty, "quiz", Deck, "--db", "one.db", "--seed", "9", "--count", "8");
        var second = _cli.RunWithInput(string.Empty, "quiz", Deck, "--db", "two.db", "--seed", "9", "--count", "8");

        Assert.That(second.Output, Is.EqualTo(first.Output));
    }

    [Test]
    public void The_database_is_db_option_then_STUDYDECKS_DB_then_XDG_DATA_HOME_then_home()
    {
        _cli.Host = StudyDecks.Cli.Files.HostSystem.Linux;
        _cli.RunWithInput("a\n", "quiz", Deck, "--count", "1");
        Assert.That(File.Exists(_cli.PathOf("home/.local/share/studydecks/scores.db")), Is.True);

        _cli.Variables["XDG_DATA_HOME"] = _cli.PathOf("xdg");
        _cli.RunWithInput("a\n", "quiz", Deck, "--count", "1");
        Assert.That(File.Exists(_cli.PathOf("xdg/studydecks/scores.db")), Is.True);

        _cli.Variables["STUDYDECKS_DB"] = "env.db";
        _cli.RunWithInput("a\n", "quiz", Deck, "--count", "1");
        Assert.That(File.Exists(_cli.PathOf("env.db")), Is.True);

        _cli.RunWithInput("a\n", "quiz", Deck, "--count", "1", "--db", "option.db");
        Assert.That(File.Exists(_cli.PathOf("option.db")), Is.True);
        Assert.That(Count(_cli.PathOf("env.db")), Is.EqualTo(1));
    }

    [Test]
    public void The_player_is_the_option_else_USER_else_me()
    {
        _cli.RunWithInput("a\n", "quiz", Deck, "--db", "scores.db", "--count", "1", "--player", "ben");
        _cli.RunWithInput("a\n", "quiz", Deck, "--db", "scores.db", "--count", "1");
        _cli.Variables.Remove("USER");
        _cli.RunWithInput("a\n", "quiz", Deck, "--db", "scores.db", "--count", "1");

        Assert.That(Count(_cli.PathOf("scores.db"), "SELECT count(*) FROM players WHERE name IN ('ben', 'ana', 'me')"), Is.EqualTo(3));
    }

    [Test]
    public void Missed_mode_asks_again_only_the_cards_answered_wrong()
    {
        // "zzz" is wrong for a typed card and names no option elsewhere, so letter answers follow; answer A to all.
        _cli.RunWithInput(string.Concat(Enumerable.Repeat("a\n", 8)), "quiz", Deck, "--db", "scores.db", "--mode", "all", "--seed", "1");
        var wrong = Count(_cli.PathOf("scores.db"), "SELECT count(*) FROM answers WHERE correct = 0");

        var result = _cli.RunWithInput(string.Empty, "quiz", Deck, "--db", "scores.db", "--mode", "missed");

        Assert.That(wrong, Is.GreaterThan(0));
        Assert.That(result.Output, Does.StartWith($"Quiz: Global Coalition to Defeat ISIS ({wrong} questions, mode missed, player ana)"));
    }

    [Test]
    public void When_nothing_is_due_it_says_when_the_next_card_is()
    {
        var everything = string.Concat(Enumerable.Repeat("a\n", 8));
        _cli.RunWithInput(everything, "quiz", Deck, "--db", "scores.db", "--count", "8", "--mode", "new");
        _cli.RunWithInput(string.Empty, "quiz", Deck, "--db", "scores.db", "--mode", "new");

        var result = _cli.RunWithInput(string.Empty, "quiz", Deck, "--db", "scores.db", "--mode", "new");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Output.Trim(), Is.EqualTo("ana has answered every card of \"Global Coalition to Defeat ISIS\" at least once. Use --mode due or --mode all."));
    }

    [Test]
    public void A_missing_deck_is_one_line_and_creates_no_database()
    {
        var result = _cli.Run("quiz", "missing.deck.json", "--db", "scores.db");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: missing.deck.json: no such deck file" }));
        Assert.That(File.Exists(_cli.PathOf("scores.db")), Is.False);
    }

    [Test]
    public void A_corrupt_database_is_one_line_naming_it_and_is_left_untouched()
    {
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);
        File.WriteAllBytes(_cli.PathOf("scores.db"), bytes);

        var result = _cli.RunWithInput("a\n", "quiz", Deck, "--db", "scores.db");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: scores.db: " + QuizMessages.NotADatabase }));
        Assert.That(File.ReadAllBytes(_cli.PathOf("scores.db")), Is.EqualTo(bytes));
    }

    [Test]
    public void A_database_locked_by_another_program_is_one_line_after_the_busy_timeout_and_keeps_its_answers()
    {
        _cli.RunWithInput("a\n", "quiz", Deck, "--db", "scores.db", "--count", "1");
        using var locker = new SqliteConnection($"Data Source={_cli.PathOf("scores.db")};Pooling=False");
        locker.Open();
        using var transaction = locker.BeginTransaction(deferred: false);

        var result = _cli.RunWithInput("a\n", "quiz", Deck, "--db", "scores.db", "--mode", "all", "--count", "1");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: scores.db: the score database is locked by another program"));
        transaction.Rollback();
        Assert.That(Count(_cli.PathOf("scores.db")), Is.EqualTo(1));
    }

    [Test]
    public void A_count_below_one_is_refused()
    {
        var result = _cli.Run("quiz", Deck, "--db", "scores.db", "--count", "0");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: --count must be at least 1, not 0", "try 'studydecks quiz --help'" }));
    }

    [Test]
    public void Killing_a_running_quiz_loses_none_of_the_answers_already_given()
    {
        var database = _cli.PathOf("killed.db");
        var start = _cli.ProcessStart("quiz", _cli.PathOf(Deck), "--plain", "--db", database, "--mode", "all", "--count", "8", "--seed", "4");
        using var process = Process.Start(start)!;
        try
        {
            process.StandardInput.WriteLine("a");
            process.StandardInput.WriteLine("b");
            process.StandardInput.Flush();
            // Wait until the third question is printed: by then both answers were committed.
            var output = new System.Text.StringBuilder();
            while (process.StandardOutput.ReadLine() is { } line && !line.StartsWith("Question 3 of 8", StringComparison.Ordinal))
            {
                output.AppendLine(line);
            }

            Assert.That(process.HasExited, Is.False, "the quiz should still be waiting for the third answer\n" + output);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.That(Count(database), Is.EqualTo(2));
        Assert.That(Count(database, "SELECT count(*) FROM sessions WHERE ended_at IS NULL"), Is.EqualTo(1), "the session was cut off, not finished");
    }
}

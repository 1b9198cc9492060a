using System.Diagnostics;
using System.Text;

namespace StudyDecks.Cli.Tests.Commands;

/// <summary>
/// The interactive quiz on a real terminal: script(1) (util-linux, in every Debian) runs it on a pseudo-terminal, so
/// the byte 3 it is sent becomes SIGINT, as Ctrl-C at a keyboard does.
/// </summary>
public sealed class QuizInterruptTests
{
    private const string Script = "/usr/bin/script";
    private const string HideCursor = "\u001b[?25l";
    private const string ShowCursor = "\u001b[?25h";

    [Test]
    public void Ctrl_c_in_the_terminal_quiz_shows_the_cursor_again_and_ends_the_session()
    {
        if (!File.Exists(Script))
        {
            Assert.Ignore($"No {Script} to give the quiz a terminal (Debian: apt-get install bsdutils).");
        }

        // Arrange
        using var cli = new CliHarness();
        QuizCommandTests.WriteSampleDeck(cli);
        var quiz = cli.ProcessStart("quiz", "coalition.deck.json", "--db", "scores.db", "--player", "ana", "--mode", "all");
        var command = string.Join(' ', new[] { quiz.FileName }.Concat(quiz.ArgumentList).Select(Quoted));
        var start = new ProcessStartInfo(Script, ["-qfec", command, "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = cli.WorkingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in quiz.Environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["TERM"] = "xterm-256color";
        start.Environment["HOME"] = cli.PathOf("home");

        // Act: answer the first question ("a", then Enter: option A, or a typed "a"), then press Ctrl-C. A session with
        // no answer is not kept at all, so one answer is given first.
        using var process = Process.Start(start)!;
        var screen = new StringBuilder();
        var reading = ReadAll(process.StandardOutput, screen);
        var error = process.StandardError.ReadToEndAsync();
        var asked = SpinWait.SpinUntil(() => Text(screen).Contains("Question 1 of", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        process.StandardInput.Write("a\r");
        process.StandardInput.Flush();
        var answered = SpinWait.SpinUntil(() => File.Exists(cli.PathOf("scores.db")) && QuizCommandTests.Count(cli.PathOf("scores.db")) > 0, TimeSpan.FromSeconds(60));
        process.StandardInput.Write('\u0003');
        process.StandardInput.Flush();
        var exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        reading.Wait(TimeSpan.FromSeconds(10));

        // Assert
        var output = Text(screen);
        Assert.That(asked, Is.True, "the quiz never showed a question: " + output + error.Result);
        Assert.That(answered, Is.True, "the answer was not saved: " + output);
        Assert.That(exited, Is.True, "Ctrl-C did not end the quiz: " + output);
        Assert.That(output.LastIndexOf(ShowCursor, StringComparison.Ordinal), Is.GreaterThanOrEqualTo(output.LastIndexOf(HideCursor, StringComparison.Ordinal)), "the cursor is left hidden");
        Assert.That(QuizCommandTests.Count(cli.PathOf("scores.db"), "SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL"), Is.EqualTo(1), "the session has no end time");
    }

    private static string Quoted(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Text(StringBuilder screen)
    {
        lock (screen)
        {
            return screen.ToString();
        }
    }

    private static Task ReadAll(StreamReader reader, StringBuilder screen) => Task.Run(() =>
    {
        var buffer = new char[4096];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            lock (screen)
            {
                screen.Append(buffer, 0, read);
            }
        }
    });
}

namespace StudyDecks.Cli.Tests;

public sealed class CliAppTests
{
    /// <summary>Stands in for a fault of StudyDecks itself: every write fails with an exception no input explains.</summary>
    private sealed class FaultyWriter : StringWriter
    {
        public override void Write(char value) => throw new KeyNotFoundException("The given key was not present.");

        public override void Write(string? value) => throw new KeyNotFoundException("The given key was not present.");

        public override void WriteLine(string? value) => throw new KeyNotFoundException("The given key was not present.");
    }

    private static (int ExitCode, string Error) RunWithFaultyOutput(Dictionary<string, string> variables)
    {
        using var output = new FaultyWriter();
        using var error = new StringWriter();
        using var input = new StringReader(string.Empty);
        var environment = new CliEnvironment(output, error, input, Path.GetTempPath(), variables);

        var exitCode = CliApp.Run(["--version"], environment);

        return (exitCode, error.ToString());
    }

    [Test]
    public void A_bug_gives_one_line_naming_it_and_exit_code_70_without_a_stack_trace()
    {
        // Act
        var (exitCode, error) = RunWithFaultyOutput(new Dictionary<string, string>(StringComparer.Ordinal));

        // Assert
        Assert.That(exitCode, Is.EqualTo(70));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.StartWith("error: internal error, a bug in StudyDecks"));
        Assert.That(error, Does.Contain("KeyNotFoundException: The given key was not present."));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public void A_bug_shows_its_stack_trace_when_the_trace_variable_is_set()
    {
        // Act
        var (exitCode, error) = RunWithFaultyOutput(new Dictionary<string, string>(StringComparer.Ordinal) { ["STUDYDECKS_TRACE"] = "1" });

        // Assert
        Assert.That(exitCode, Is.EqualTo(70));
        Assert.That(error, Does.Contain("   at "));
    }
}

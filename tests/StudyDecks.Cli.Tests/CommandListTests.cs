namespace StudyDecks.Cli.Tests;

/// <summary>Issue 16: the top-level help is a short list; each command's help keeps its description and examples.</summary>
public sealed class CommandListTests
{
    [Test]
    public void The_top_level_help_lists_each_command_on_one_line_without_examples()
    {
        using var cli = new CliHarness();

        var result = cli.Run("--help");

        Assert.That(result.ExitCode, Is.Zero);
        var commands = result.Output[result.Output.IndexOf("Commands:", StringComparison.Ordinal)..].Split('\n').Skip(1).TakeWhile(line => line.Length > 0).ToArray();
        Assert.That(commands, Has.Length.EqualTo(8));
        Assert.That(result.Output, Does.Not.Contain("Example"));
        Assert.That(result.Output, Does.Contain("Run 'studydecks <command> --help'"));
    }

    [Test]
    public void Commands_whose_inputs_are_optional_show_no_required_argument()
    {
        using var cli = new CliHarness();

        var result = cli.Run("--help");

        Assert.That(result.Output, Does.Match(@"\n  build +Generate").And.Match(@"\n  generate +Read").And.Match(@"\n  pdf <deck> +Print"));
        Assert.That(result.Output, Does.Not.Contain("<inputs>"));
    }

    [Test]
    public void A_command_help_keeps_its_whole_description_and_example()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "--help");

        Assert.That(result.Output, Does.Contain("Example:\n    studydecks build").And.Contain("[<inputs>...]"));
    }
}

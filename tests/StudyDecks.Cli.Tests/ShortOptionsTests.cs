using System.CommandLine;

namespace StudyDecks.Cli.Tests;

/// <summary>Issue 16: a short option means the same long option in every command, and the README's table says which.</summary>
public sealed class ShortOptionsTests
{
    private static readonly RootCommand Root = CliApp.Create(new CliEnvironment(TextWriter.Null, TextWriter.Null, TextReader.Null, Path.GetTempPath(), new Dictionary<string, string>()));

    /// <summary>Every (command, long option, short option) of the tree, help left out.</summary>
    private static IEnumerable<(string Command, string Long, string Short)> ShortOptions() =>
        from command in Root.Subcommands
        from option in command.Options
        where option.Name != "--help"
        from alias in option.Aliases
        where alias.Length == 2 && alias[0] == '-'
        select (command.Name, option.Name, alias);

    [Test]
    public void A_short_option_means_one_long_option_everywhere()
    {
        var meanings = ShortOptions().GroupBy(option => option.Short).Where(group => group.Select(option => option.Long).Distinct().Count() > 1);

        Assert.That(meanings.Select(group => group.Key), Is.Empty);
    }

    [Test]
    public void A_long_option_that_has_a_short_form_has_it_in_every_command()
    {
        var longs = ShortOptions().Select(option => option.Long).ToHashSet(StringComparer.Ordinal);
        var without = from command in Root.Subcommands
                      from option in command.Options
                      where longs.Contains(option.Name) && !option.Aliases.Any(alias => alias.Length == 2)
                      select $"{command.Name} {option.Name}";

        Assert.That(without, Is.Empty);
    }

    [Test]
    public void The_readme_lists_every_short_option_with_its_commands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFolder(), "README.md"));
        var rows = ShortOptions()
            .GroupBy(option => (option.Short, option.Long))
            .Select(group => $"| `{group.Key.Short}` | `{group.Key.Long}` | {string.Join(", ", group.Select(option => option.Command))} |");

        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.Where(row => !readme.Contains(row, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Build_takes_the_options_of_the_steps_it_runs()
    {
        var build = Root.Subcommands.Single(command => command.Name == "build");

        Assert.That(build.Options.Select(option => option.Name), Is.SupersetOf(new[] { "--paper", "--versions", "--count", "--max-cards", "--seed", "--title" }));
    }

    private static string RepositoryFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StudyDecks.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("no StudyDecks.sln above " + AppContext.BaseDirectory);
    }
}

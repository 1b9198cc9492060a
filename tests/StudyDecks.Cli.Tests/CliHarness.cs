using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests;

/// <summary>Runs <c>studydecks</c> in-process in a temp working folder that holds a copy of the bundled seed articles.</summary>
internal sealed class CliHarness : IDisposable
{
    private readonly TempFolder _folder = new();

    public CliHarness()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_folder.Path, "decks", "articles"));
        foreach (var path in TestData.SeedArticlePaths)
        {
            File.Copy(path, Path.Combine(articles.FullName, Path.GetFileName(path)));
        }
    }

    public string WorkingDirectory => _folder.Path;

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>The path of <paramref name="relative"/> inside the working folder.</summary>
    public string PathOf(string relative) => Path.Combine(_folder.Path, relative);

    public CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public CliResult RunWithInput(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        return RunWithReader(reader, args);
    }

    /// <summary>Runs with <paramref name="reader"/> as standard input: a test can look at the files between two lines.</summary>
    public CliResult RunWithReader(TextReader reader, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, reader, _folder.Path, Variables);
        var exitCode = CliApp.Run(args, environment);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Every file under the working folder except the copied articles, relative paths in order.</summary>
    public IReadOnlyList<string> WrittenFiles() => Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(_folder.Path, path))
        .Where(path => !path.StartsWith("decks", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public void Dispose() => _folder.Dispose();
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The error output's lines, without the trailing empty one.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

namespace StudyDecks.Cli;

/// <summary>
/// What a command may touch outside itself: its streams, its working folder and its environment variables.
/// Injected so the tests run every command in-process against a temp folder.
/// </summary>
internal sealed record CliEnvironment(
    TextWriter Output,
    TextWriter Error,
    TextReader Input,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>Whether standard input and output are a terminal (false in tests, pipes and CI).</summary>
    public bool IsInteractive { get; init; }

    /// <summary>The operating system whose folder conventions apply (the score database's default place).</summary>
    public Files.HostSystem Host { get; init; } = Files.ScoreDatabaseLocation.Current;

    /// <summary>Standard input as bytes: a deck or article named <c>-</c>.</summary>
    public Func<Stream> OpenInput { get; init; } = () => Stream.Null;

    /// <summary>Standard output as bytes: an output named <c>-</c> (a PDF or .apkg is binary).</summary>
    public Func<Stream> OpenOutput { get; init; } = () => Stream.Null;

    public static CliEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return new CliEnvironment(Console.Out, Console.Error, Console.In, Directory.GetCurrentDirectory(), variables)
        {
            IsInteractive = !Console.IsInputRedirected && !Console.IsOutputRedirected,
            OpenInput = Console.OpenStandardInput,
            OpenOutput = Console.OpenStandardOutput,
        };
    }

    /// <summary>An absolute path for a path the user typed, relative to <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The value of an environment variable, or <see langword="null"/> when it is unset or empty.</summary>
    public string? Variable(string name) => Variables.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>How to show a path in messages: relative to the working folder when it lies inside it.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}

using System.Diagnostics;
using System.Text;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests;

/// <summary>
/// Runs <c>studydecks</c> in a temp working folder that holds a copy of the bundled seed articles: in-process, or as
/// the executable named by <c>STUDYDECKS_EXE</c> (the Native AOT build) so the same tests check the published program.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    /// <summary>Tests that look inside a running command (its standard input reader), which only an in-process run can.</summary>
    public const string InProcessOnly = "InProcessOnly";

    private const string ExecutableVariable = "STUDYDECKS_EXE";
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

    /// <summary>The operating system whose conventions the run follows; the one running the tests when null.</summary>
    public StudyDecks.Cli.Files.HostSystem? Host { get; set; }

    public CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>Runs with <paramref name="input"/> as standard input, read as text (answers) or as bytes (a <c>-</c> input).</summary>
    public CliResult RunWithInput(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        return Run(reader, System.Text.Encoding.UTF8.GetBytes(input), args);
    }

    /// <summary>Runs with <paramref name="input"/> as the bytes of standard input.</summary>
    public CliResult RunWithInputBytes(byte[] input, params string[] args)
    {
        using var reader = new StringReader(string.Empty);
        return Run(reader, input, args);
    }

    /// <summary>Runs with <paramref name="reader"/> as standard input: a test can look at the files between two lines.</summary>
    public CliResult RunWithReader(TextReader reader, params string[] args) => Run(reader, [], args);

    private CliResult Run(TextReader reader, byte[] inputBytes, string[] args)
    {
        if (Executable is not null)
        {
            return RunProcess(inputBytes.Length > 0 ? inputBytes : Encoding.UTF8.GetBytes(reader.ReadToEnd()), args);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        using var standardOutput = new MemoryStream();
        var environment = new CliEnvironment(output, error, reader, _folder.Path, Variables)
        {
            OpenInput = () => new MemoryStream(inputBytes, writable: false),
            OpenOutput = () => standardOutput,
            Host = Host ?? StudyDecks.Cli.Files.ScoreDatabaseLocation.Current,
        };
        var exitCode = CliApp.Run(args, environment);

        // A closed MemoryStream still gives its bytes.
        return new CliResult(exitCode, output.ToString(), error.ToString()) { OutputBytes = standardOutput.ToArray() };
    }

    /// <summary>
    /// A separate <c>studydecks</c> process in the working folder, its streams redirected: the executable named by
    /// <c>STUDYDECKS_EXE</c>, else this build's <c>studydecks.dll</c> on the dotnet host. It inherits this process's environment.
    /// </summary>
    public ProcessStartInfo ProcessStart(params string[] args)
    {
        var start = Executable is { } executable
            ? new ProcessStartInfo(executable, args)
            : new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "studydecks.dll"), .. args]);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        start.UseShellExecute = false;
        start.WorkingDirectory = _folder.Path;
        return start;
    }

    /// <summary>Every file under the working folder except the copied articles, relative paths in order.</summary>
    public IReadOnlyList<string> WrittenFiles() => Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(_folder.Path, path))
        .Where(path => !path.StartsWith("decks", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public void Dispose() => _folder.Dispose();

    private static string? Executable => Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path ? path : null;

    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    /// <summary>Runs the executable with only <see cref="Variables"/> (and PATH) set, as an in-process run sees them.</summary>
    private CliResult RunProcess(byte[] input, string[] args)
    {
        var start = ProcessStart(args);
        var path = start.Environment["PATH"];
        start.Environment.Clear();
        start.Environment["PATH"] = path;
        foreach (var (name, value) in Variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copying = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program stopped reading (an input over the limit) and exited: a pipe's writer sees the same.
        }

        process.WaitForExit();
        copying.Wait();

        // One stream carries what the in-process run keeps apart: text lines, or an output named "-" (-o -), whose
        // command then writes its messages to standard error and nothing else to standard output.
        var bytes = output.ToArray();
        var toStandardOutput = args.Zip(args.Skip(1)).Any(pair => pair is ("-o" or "--output", "-"));
        return new CliResult(process.ExitCode, toStandardOutput ? string.Empty : Encoding.UTF8.GetString(bytes), error.Result) { OutputBytes = bytes };
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>What was written to standard output as bytes: an output named <c>-</c>.</summary>
    public byte[] OutputBytes { get; init; } = [];

    /// <summary>The error output's lines, without the trailing empty one.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

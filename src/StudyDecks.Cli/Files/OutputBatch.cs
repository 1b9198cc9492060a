namespace StudyDecks.Cli.Files;

/// <summary>
/// Several outputs of one command, each written to a temp file first and all renamed into place together at the end,
/// so a failure in any step (a PDF that cannot be laid out, a full disk) leaves every earlier file as it was.
/// </summary>
internal sealed class OutputBatch : IDisposable
{
    private readonly List<(StagedFile File, string Message)> _staged = [];

    /// <summary>Writes <paramref name="path"/> to a temp file; <paramref name="message"/> is printed once it is in place.</summary>
    public void Stage(string path, Action<Stream> write, string displayPath, string message) =>
        _staged.Add((AtomicFile.Stage(path, write, displayPath), message));

    /// <summary>Renames every staged file into place, in the order staged, and prints what was written.</summary>
    public void Commit(CliEnvironment environment)
    {
        foreach (var (file, _) in _staged)
        {
            file.Commit();
        }

        foreach (var (_, message) in _staged)
        {
            environment.Output.WriteLine(message);
        }
    }

    /// <summary>Deletes the temp files of anything not committed.</summary>
    public void Dispose()
    {
        foreach (var (file, _) in _staged)
        {
            file.Dispose();
        }
    }
}

namespace StudyDecks.Cli.Files;

/// <summary>
/// Several outputs of one command, each written to a temp file first and all renamed into place together at the end,
/// so a failure in any step (a PDF that cannot be laid out, a full disk) leaves every earlier file as it was.
/// </summary>
/// <remarks>
/// An output named <c>-</c> is rendered in memory and written to standard output at commit; its "Wrote …" line then
/// goes to standard error, so that it does not mix with the file's bytes.
/// </remarks>
internal sealed class OutputBatch : IDisposable
{
    private readonly List<(StagedFile? File, byte[]? ToStandardOutput, string Message)> _staged = [];

    /// <summary>Writes <paramref name="path"/> to a temp file; <paramref name="message"/> is printed once it is in place.</summary>
    public void Stage(string path, Action<Stream> write, string displayPath, string message)
    {
        if (StandardStreams.IsDash(path))
        {
            using var buffer = new MemoryStream();
            write(buffer);
            _staged.Add((null, buffer.ToArray(), message));
            return;
        }

        _staged.Add((AtomicFile.Stage(path, write, displayPath), null, message));
    }

    /// <summary>Renames every staged file into place, in the order staged, and prints what was written.</summary>
    public void Commit(CliEnvironment environment)
    {
        foreach (var (file, toStandardOutput, _) in _staged)
        {
            if (toStandardOutput is not null)
            {
                environment.Output.Flush();
                using var stream = environment.OpenOutput();
                stream.Write(toStandardOutput);
                stream.Flush();
            }

            file?.Commit();
        }

        foreach (var (_, toStandardOutput, message) in _staged)
        {
            (toStandardOutput is null ? environment.Output : environment.Error).WriteLine(message);
        }
    }

    /// <summary>Deletes the temp files of anything not committed.</summary>
    public void Dispose()
    {
        foreach (var (file, _, _) in _staged)
        {
            file?.Dispose();
        }
    }
}

using StudyDecks.Core.Errors;

namespace StudyDecks.Cli.Files;

/// <summary>
/// Writes an output file through a temp file in the same folder that is renamed over the target only when the
/// write finished, so a failed run never leaves a half-written or clobbered file.
/// </summary>
/// <remarks>
/// What the output path names decides how: a device or FIFO (<c>/dev/null</c>, a pipe) is written straight through,
/// never replaced; a symbolic link is followed and its target replaced (the temp file beside the target); an existing
/// file keeps its permissions; a read-only file is refused, as it would be for a user who cannot write it.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, creating its folder if needed.</summary>
    /// <exception cref="StudyDecksException">The folder or file cannot be written; the message names the path.</exception>
    public static void Write(string path, Action<Stream> write, string? displayPath = null)
    {
        using var staged = Stage(path, write, displayPath);
        staged.Commit();
    }

    /// <summary>Writes the whole of <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, string? displayPath = null)
    {
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy), displayPath);
    }

    /// <summary>
    /// Writes the content to a temp file beside <paramref name="path"/> and returns it unrenamed: <see cref="StagedFile.Commit"/>
    /// puts it in place, disposing without committing deletes it. Lets a command write several files all or nothing.
    /// </summary>
    /// <exception cref="StudyDecksException">The path cannot be written; the message names it.</exception>
    public static StagedFile Stage(string path, Action<Stream> write, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        var shown = displayPath ?? path;
        var target = OutputPaths.Canonical(path);
        switch (FileKinds.Of(target))
        {
            case FileKind.Folder:
                throw StudyDecksException.InSource(shown, "is a folder, not a file");
            case FileKind.Special:
                // Rendered in memory now, written through at commit: a device or FIFO cannot be renamed over.
                using (var buffer = new MemoryStream())
                {
                    write(buffer);
                    return new StagedFile(target, shown, null, buffer.ToArray(), null);
                }

            case FileKind.RegularFile when OperatingSystem.IsWindows() ? File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly) : IsReadOnly(File.GetUnixFileMode(target)):
                throw StudyDecksException.InSource(shown, "is read-only; it is not replaced");
        }

        var folder = Path.GetDirectoryName(target)!;
        string temp;
        try
        {
            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw StudyDecksException.InSource(shown, "cannot create the output folder: " + exception.Message, exception);
        }

        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            UnixFileMode? mode = !OperatingSystem.IsWindows() && File.Exists(target) ? File.GetUnixFileMode(target) : null;
            return new StagedFile(target, shown, temp, null, mode);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw StudyDecksException.InSource(shown, "cannot write the file: " + exception.Message, exception);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>No one may write the file: its owner took the write permission away.</summary>
    private static bool IsReadOnly(UnixFileMode mode) =>
        (mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The temp file's name starts with a dot; leaving it is better than hiding the real error.
        }
    }
}

/// <summary>An output written but not yet in place: a temp file to rename, or bytes for a device or FIFO.</summary>
internal sealed class StagedFile : IDisposable
{
    private readonly string _target;
    private readonly string _shown;
    private readonly string? _temp;
    private readonly byte[]? _throughBytes;
    private readonly UnixFileMode? _mode;
    private bool _done;

    internal StagedFile(string target, string shown, string? temp, byte[]? throughBytes, UnixFileMode? mode)
    {
        (_target, _shown, _temp, _throughBytes, _mode) = (target, shown, temp, throughBytes, mode);
    }

    /// <summary>Puts the output in place: renames the temp file over the target, or writes through to the device.</summary>
    /// <exception cref="StudyDecksException">The rename or write failed; the message names the path.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            if (_temp is null)
            {
                using var stream = new FileStream(_target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
                stream.Write(_throughBytes);
            }
            else
            {
                if (_mode is { } mode && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(_temp, mode);
                }

                File.Move(_temp, _target, overwrite: true);
            }

            _done = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw StudyDecksException.InSource(_shown, "cannot write the file: " + exception.Message, exception);
        }
    }

    /// <summary>Deletes the temp file when the output was never committed.</summary>
    public void Dispose()
    {
        if (!_done && _temp is not null)
        {
            AtomicFile.TryDelete(_temp);
        }

        _done = true;
    }
}

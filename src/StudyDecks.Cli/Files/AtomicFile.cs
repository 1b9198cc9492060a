using StudyDecks.Core.Errors;

namespace StudyDecks.Cli.Files;

/// <summary>
/// Writes an output file through a temp file in the same folder that is renamed over the target only when the
/// write finished, so a failed run never leaves a half-written or clobbered file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, creating its folder if needed.</summary>
    /// <exception cref="StudyDecksException">The folder or file cannot be written; the message names the path.</exception>
    public static void Write(string path, Action<Stream> write, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (Directory.Exists(path))
        {
            throw StudyDecksException.InSource(shown, "is a folder, not a file");
        }

        string temp;
        try
        {
            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
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

            File.Move(temp, path, overwrite: true);
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

    /// <summary>Writes the whole of <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, string? displayPath = null)
    {
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy), displayPath);
    }

    private static void TryDelete(string path)
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

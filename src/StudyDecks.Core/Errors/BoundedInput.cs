namespace StudyDecks.Core.Errors;

/// <summary>Reads a stream to its end, but never more than a limit: a device or pipe may never end.</summary>
public static class BoundedInput
{
    /// <summary>
    /// The stream's bytes, or <see langword="null"/> when it holds more than <paramref name="limit"/> of them; at most
    /// <paramref name="limit"/> + 1 bytes are read either way, whatever size the stream reports.
    /// </summary>
    public static byte[]? ReadAll(Stream stream, long limit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        // A file says how long it is: the buffer is made that size at once. The chunk is borrowed: a run reads many files.
        var known = stream.CanSeek ? Math.Clamp(stream.Length - stream.Position, 0, limit + 1) : 0;
        using var buffer = new MemoryStream((int)Math.Min(known, int.MaxValue));
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            while (true)
            {
                var wanted = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
                var read = stream.Read(chunk, 0, wanted);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}

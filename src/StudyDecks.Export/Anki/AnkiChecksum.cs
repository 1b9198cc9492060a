using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace StudyDecks.Export.Anki;

/// <summary>
/// A note's <c>csum</c>: the first four bytes of the SHA-1 of its first field's plain text, as an unsigned big-endian
/// integer. Current Anki recomputes it, but older importers copy it and use it to find duplicates.
/// </summary>
internal static class AnkiChecksum
{
    /// <summary>The checksum of a first field given as HTML.</summary>
    public static long OfField(string fieldHtml) => OfText(AnkiHtml.ToPlainText(fieldHtml));

    /// <summary>The checksum of plain text.</summary>
    public static long OfText(string text)
    {
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
#pragma warning disable CA5350 // SHA-1 is what Anki's format specifies for csum; it is a checksum, not security.
        SHA1.HashData(Encoding.UTF8.GetBytes(text), hash);
#pragma warning restore CA5350
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }
}

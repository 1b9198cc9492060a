using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace StudyDecks.Export.Anki;

/// <summary>
/// The guid of a card's Anki note: Anki's identity for a note across imports. It is derived from the card id alone
/// (stable across regenerations of the same text), never from the card's text, the deck title or a random value:
/// re-importing a regenerated deck, or the same articles built under another title, updates the notes already in
/// Anki instead of duplicating them.
/// </summary>
/// <remarks>
/// A card id already names its article and sentence, so two decks share a guid only where they share the card itself;
/// importing the second then updates that one note rather than adding a copy of it.
/// </remarks>
internal static class AnkiGuid
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Length of every guid: 64 bits in base 62.</summary>
    public const int Length = 11;

    /// <summary>The guid of the note for card <paramref name="cardId"/>, whatever deck it is in.</summary>
    public static string For(string cardId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"studydecks\u001f{cardId}"), hash);
        var value = BinaryPrimitives.ReadUInt64BigEndian(hash);

        // Base 62 (letters and digits) rather than Anki's base 91: the guid then needs no quoting in a text import.
        Span<char> text = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            text[i] = Alphabet[(int)(value % (ulong)Alphabet.Length)];
            value /= (ulong)Alphabet.Length;
        }

        return new string(text);
    }
}

using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Tests;

/// <summary>Runs an exporter into memory.</summary>
internal static class Exporting
{
    public static byte[] ToBytes(DeckExporter exporter, Deck deck)
    {
        using var stream = new MemoryStream();
        exporter.Write(deck, stream);
        return stream.ToArray();
    }

    public static byte[] ToBytes(ExportFormat format, Deck deck) => ToBytes(DeckExporter.For(format), deck);
}

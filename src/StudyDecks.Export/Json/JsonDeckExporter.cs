using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Json;

/// <summary>Writes the deck file format itself (<see cref="DeckJson"/>), so the export loads back with <c>inspect</c>.</summary>
public sealed class JsonDeckExporter : DeckExporter
{
    /// <inheritdoc />
    public override ExportFormat Format => ExportFormat.Json;

    /// <inheritdoc />
    public override void Write(Deck deck, Stream output) => DeckJson.Write(deck, output);
}

using System.Text;
using StudyDecks.Core.Decks;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Json;

public sealed class JsonDeckExporterTests
{
    [Test]
    public void The_export_is_the_deck_file_and_loads_back_as_the_same_deck()
    {
        var deck = SampleDecks.Coalition();

        var bytes = Exporting.ToBytes(ExportFormat.Json, deck);
        using var stream = new MemoryStream(bytes);
        var loaded = DeckJson.Read(stream, "export.deck.json");

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(DeckJson.Serialize(deck)));
        Assert.That(DeckJson.Serialize(loaded), Is.EqualTo(DeckJson.Serialize(deck)));
    }

    [Test]
    public void The_export_carries_each_cards_context_and_score_as_format_version_2()
    {
        var deck = SampleDecks.Coalition();

        using var stream = new MemoryStream(Exporting.ToBytes(ExportFormat.Json, deck));
        var loaded = DeckJson.Read(stream, "export.deck.json");

        Assert.That(loaded.Cards.Select(card => card.Context), Is.EqualTo(deck.Cards.Select(card => card.Context)));
        Assert.That(loaded.Cards[0].Score!.Features, Is.EqualTo(SampleDecks.FirstCardScore.Features));
        Assert.That(Encoding.UTF8.GetString(Exporting.ToBytes(ExportFormat.Json, deck)), Does.Contain("\"version\": 3,"));
    }
}

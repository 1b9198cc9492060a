using System.Text;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Anki;
using StudyDecks.Export.Tests.Anki.Package;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Anki;

public sealed class AnkiGuidTests
{
    [Test]
    public void The_guid_depends_only_on_the_card_id()
    {
        var guid = AnkiGuid.For("c0000000000a1");

        Assert.That(AnkiGuid.For("c0000000000a1"), Is.EqualTo(guid));
        Assert.That(AnkiGuid.For("c0000000000a2"), Is.Not.EqualTo(guid));
    }

    [TestCase(ExportFormat.Anki)]
    [TestCase(ExportFormat.AnkiText)]
    public void The_same_cards_under_another_deck_title_keep_their_guids_so_a_reimport_updates_them(ExportFormat format)
    {
        var deck = SampleDecks.Coalition();
        var retitled = deck with { Title = "Defeat ISIS, another title" };

        var guids = Guids(format, deck);

        Assert.That(guids, Has.Count.EqualTo(deck.Cards.Count).And.Unique);
        Assert.That(Guids(format, retitled), Is.EqualTo(guids));
    }

    [Test]
    public void Guids_are_eleven_letters_and_digits()
    {
        var guids = Enumerable.Range(0, 500).Select(i => AnkiGuid.For($"card-{i}")).ToArray();

        Assert.That(guids, Is.Unique);
        Assert.That(guids, Has.All.Length.EqualTo(AnkiGuid.Length).And.All.Match("^[0-9A-Za-z]+$"));
    }

    // The guids as each file holds them: the text import's first column, the package's notes.guid column.
    private static List<string> Guids(ExportFormat format, Deck deck)
    {
        if (format == ExportFormat.AnkiText)
        {
            return [.. Encoding.UTF8.GetString(Exporting.ToBytes(format, deck)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith('#')).Select(line => line.Split('\t')[0])];
        }

        using var package = OpenedPackage.Export(deck);
        return [.. package.Rows("SELECT guid FROM notes ORDER BY id").Select(row => (string)row["guid"])];
    }
}

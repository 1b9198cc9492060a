using StudyDecks.Export.Anki;

namespace StudyDecks.Export.Tests.Anki;

public sealed class AnkiGuidTests
{
    [Test]
    public void The_guid_depends_only_on_the_deck_title_and_card_id()
    {
        var guid = AnkiGuid.For("Coalition", "c0000000000a1");

        Assert.That(AnkiGuid.For("Coalition", "c0000000000a1"), Is.EqualTo(guid));
        Assert.That(AnkiGuid.For("Coalition", "c0000000000a2"), Is.Not.EqualTo(guid));
        Assert.That(AnkiGuid.For("Another deck", "c0000000000a1"), Is.Not.EqualTo(guid));
    }

    [Test]
    public void Guids_are_eleven_letters_and_digits()
    {
        var guids = Enumerable.Range(0, 500).Select(i => AnkiGuid.For("deck", $"card-{i}")).ToArray();

        Assert.That(guids, Is.Unique);
        Assert.That(guids, Has.All.Length.EqualTo(AnkiGuid.Length).And.All.Match("^[0-9A-Za-z]+$"));
    }
}

using StudyDecks.Export.Anki;

namespace StudyDecks.Export.Tests.Anki;

public sealed class AnkiChecksumTests
{
    // The two values Anki's own tests pin.
    [TestCase("test", 2840236005L)]
    [TestCase("今日", 1464653051L)]
    public void The_checksum_is_the_first_eight_hex_digits_of_the_sha1_as_an_integer(string text, long expected)
    {
        Assert.That(AnkiChecksum.OfText(text), Is.EqualTo(expected));
    }

    [Test]
    public void A_field_is_checksummed_by_its_plain_text()
    {
        Assert.That(AnkiChecksum.OfField("<b>te</b>st"), Is.EqualTo(2840236005L));
    }
}

using System.Text;
using Newtonsoft.Json.Linq;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Decks;

/// <summary>Issue 13, item 4: decks that passed validation and then crashed a command, or printed escape codes.</summary>
public sealed class HostileDeckTests
{
    private static JObject SampleJson() => JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));

    private static string Refusal(JObject json) =>
        Assert.Throws<StudyDecksException>(() => DeckJson.Parse(json.ToString(), "bad.deck.json"))!.Message;

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\u00a0")]
    public void A_blank_wrong_option_is_refused(string option)
    {
        var json = SampleJson();
        json["cards"]![0]!["distractors"]![1] = option;

        Assert.That(Refusal(json), Is.EqualTo("bad.deck.json: " + ErrorMessages.BlankOption("cards[0].distractors[1]")));
    }

    [Test]
    public void A_blank_alias_is_refused()
    {
        var json = SampleJson();
        json["cards"]![0]!["aliases"] = new JArray(" ");

        Assert.That(Refusal(json), Is.EqualTo("bad.deck.json: " + ErrorMessages.BlankOption("cards[0].aliases[0]")));
    }

    [TestCase("Rome")]
    [TestCase("a b")]
    [TestCase("")]
    [TestCase("rome/../x")]
    public void A_source_id_that_breaks_the_schema_pattern_is_refused(string id)
    {
        var json = SampleJson();
        json["sources"]![0]!["id"] = id;

        Assert.That(Refusal(json), Is.EqualTo("bad.deck.json: " + ErrorMessages.InvalidSourceId("sources[0].id", id)));
    }

    [Test]
    public void Two_sources_with_one_id_are_refused()
    {
        var json = SampleJson();
        json["sources"]![1]!["id"] = json["sources"]![0]!["id"]!.ToString();

        Assert.That(Refusal(json), Does.EndWith("sources[1]: source id \"" + json["sources"]![0]!["id"] + "\" is used twice"));
    }

    [TestCase("question", "Who \u001b]0;PWNED\u0007 was it?")]
    [TestCase("answer", "John\u001b[2JGodfrey")]
    [TestCase("explanation", "Line\nbreak")]
    [TestCase("id", "c0000\u0000")]
    public void A_control_character_in_a_card_field_is_refused(string field, string value)
    {
        var json = SampleJson();
        json["cards"]![0]![field] = value;

        Assert.That(Refusal(json), Is.EqualTo("bad.deck.json: " + ErrorMessages.ControlCharacterInField($"cards[0].{field}")));
    }

    [Test]
    public void A_control_character_in_an_option_is_refused()
    {
        var json = SampleJson();
        json["cards"]![0]!["distractors"]![2] = "Mazloum\u001b]0;x\u0007Abdi";

        Assert.That(Refusal(json), Is.EqualTo("bad.deck.json: " + ErrorMessages.ControlCharacterInField("cards[0].distractors[2]")));
    }

    [Test]
    public void A_control_character_in_the_deck_title_is_refused()
    {
        var json = SampleJson();
        json["title"] = "Deck\u001b]0;PWNED\u0007";

        Assert.That(Refusal(json), Is.EqualTo("bad.deck.json: " + ErrorMessages.ControlCharacterInField("title")));
    }

    [Test]
    public void A_deck_stream_longer_than_the_limit_is_refused_without_reading_it_all()
    {
        using var stream = new RepeatingStream((byte)' ', DeckJson.MaxBytes * 4);

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Read(stream, "/dev/zero"));

        Assert.That(error!.Message, Is.EqualTo("/dev/zero: " + ErrorMessages.DeckTooLarge(DeckJson.MaxBytes)));
        Assert.That(stream.Position, Is.LessThanOrEqualTo(DeckJson.MaxBytes + 1));
    }

    [Test]
    public void The_sample_deck_still_loads()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(DeckJson.Serialize(SampleDecks.Coalition())));

        Assert.That(DeckJson.Read(stream, "ok.deck.json").Cards, Has.Count.EqualTo(SampleDecks.Coalition().Cards.Count));
    }

    /// <summary>A long stream of one byte value that reports no length, like a device.</summary>
    private sealed class RepeatingStream(byte value, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Fill(buffer, value, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

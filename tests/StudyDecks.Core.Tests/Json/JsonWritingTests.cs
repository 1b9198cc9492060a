using Newtonsoft.Json;
using StudyDecks.Core.Json;

namespace StudyDecks.Core.Tests.Json;

public sealed class JsonWritingTests
{
    [Test]
    public void A_string_array_reads_back_with_quotes_backslashes_and_accents()
    {
        string[] values = ["café", "say \"hi\"", "a\\b", "<b>&</b>", string.Empty];

        var text = JsonWriting.StringArray(values);

        Assert.That(text, Is.EqualTo("""["café","say \"hi\"","a\\b","<b>&</b>",""]"""));
        Assert.That(JsonWriting.ReadStringArray(text), Is.EqualTo(values));
    }

    [Test]
    public void Arrays_stored_by_earlier_versions_with_escaped_characters_and_null_still_read()
    {
        Assert.That(JsonWriting.ReadStringArray("""["caf\u00E9","\u003Cb\u003E"]"""), Is.EqualTo(new[] { "café", "<b>" }));
        Assert.That(JsonWriting.ReadStringArray("null"), Is.Empty);
        Assert.That(JsonWriting.ReadStringArray("[]"), Is.Empty);
    }

    [TestCase("{}")]
    [TestCase("[1]")]
    [TestCase("[\"a\"")]
    [TestCase("[\"a\"] []")]
    [TestCase("")]
    public void Anything_but_an_array_of_strings_is_a_json_error(string text) =>
        Assert.That(() => JsonWriting.ReadStringArray(text), Throws.InstanceOf<JsonException>());

    [Test]
    public void Numbers_are_written_in_their_shortest_form_without_a_forced_decimal_point()
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text))
        {
            json.WriteStartObject();
            json.WriteNumber("whole", 1d);
            json.WriteNumber("share", 0.25);
            json.WriteNumber("count", 3L);
            json.WriteEndObject();
        }

        Assert.That(text.ToString(), Is.EqualTo("""{"whole":1,"share":0.25,"count":3}"""));
    }
}

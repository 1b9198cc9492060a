using System.Text.Json;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Anki.Package;

public sealed partial class AnkiPackageExporterTests
{
    private const long BasicId = 1767225600101;
    private const long MultipleChoiceId = 1767225600102;
    private const long ClozeId = 1767225600103;

    [Test]
    public void The_note_types_have_fixed_ids_names_fields_and_templates()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        var models = package.CollectionJson("models");

        Assert.That(models.EnumerateObject().Select(model => model.Name), Is.EqualTo(new[] { $"{BasicId}", $"{MultipleChoiceId}", $"{ClozeId}" }));
        var basic = models.GetProperty($"{BasicId}");
        var choice = models.GetProperty($"{MultipleChoiceId}");
        var cloze = models.GetProperty($"{ClozeId}");
        Assert.That(Names(basic, "flds"), Is.EqualTo(new[] { "Front", "Back", "Source" }));
        Assert.That(Names(choice, "flds"), Is.EqualTo(new[] { "Question", "A", "B", "C", "D", "Answer", "Source" }));
        Assert.That(Names(cloze, "flds"), Is.EqualTo(new[] { "Text", "Source" }));
        Assert.That(basic.GetProperty("name").GetString(), Is.EqualTo("StudyDecks Basic"));
        Assert.That(choice.GetProperty("name").GetString(), Is.EqualTo("StudyDecks Multiple Choice"));
        Assert.That(cloze.GetProperty("name").GetString(), Is.EqualTo("StudyDecks Cloze"));
        Assert.That(basic.GetProperty("type").GetInt32(), Is.Zero);
        Assert.That(cloze.GetProperty("type").GetInt32(), Is.EqualTo(1));
        Assert.That(cloze.GetProperty("tmpls")[0].GetProperty("qfmt").GetString(), Is.EqualTo("{{cloze:Text}}"));
        Assert.That(choice.GetProperty("tmpls")[0].GetProperty("qfmt").GetString(), Does.Contain("{{A}}").And.Contain("{{D}}"));
        Assert.That(choice.GetProperty("tmpls")[0].GetProperty("afmt").GetString(), Does.Contain("<hr id=answer>").And.Contain("{{Answer}}").And.Contain("{{Source}}"));
    }

    [Test]
    public void Every_note_type_has_the_keys_anki_and_mnemosyne_require()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        foreach (var model in package.CollectionJson("models").EnumerateObject())
        {
            Assert.That(Keys(model.Value), Is.SupersetOf(new[] { "id", "name", "type", "mod", "usn", "sortf", "did", "flds", "tmpls", "css" }));
            Assert.That(model.Value.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(model.Name));
            Assert.That(model.Value.GetProperty("sortf").GetInt32(), Is.Zero);
            var ord = 0;
            foreach (var field in model.Value.GetProperty("flds").EnumerateArray())
            {
                Assert.That(Keys(field), Is.SupersetOf(new[] { "name", "ord", "sticky", "rtl", "font", "size" }));
                Assert.That(field.GetProperty("ord").GetInt32(), Is.EqualTo(ord++));
            }

            foreach (var template in model.Value.GetProperty("tmpls").EnumerateArray())
            {
                Assert.That(Keys(template), Is.SupersetOf(new[] { "name", "ord", "qfmt", "afmt", "bqfmt", "bafmt" }));
            }
        }
    }

    [Test]
    public void Only_the_note_types_the_deck_uses_are_written()
    {
        var deck = SampleDecks.Coalition();
        deck = deck with { Cards = [deck.Cards[3]] };

        using var package = OpenedPackage.Export(deck);

        Assert.That(package.CollectionJson("models").EnumerateObject().Select(model => model.Name), Is.EqualTo(new[] { $"{BasicId}" }));
    }

    [Test]
    public void The_deck_is_named_after_the_deck_title_next_to_ankis_default_deck()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        var decks = package.CollectionJson("decks").EnumerateObject().ToArray();

        Assert.That(decks.Select(deck => deck.Value.GetProperty("name").GetString()), Is.EqualTo(new[] { "Default", "Global Coalition to Defeat ISIS" }));
        Assert.That(decks[0].Name, Is.EqualTo("1"));
        foreach (var deck in decks)
        {
            Assert.That(Keys(deck.Value), Is.SupersetOf(new[] { "id", "name", "usn", "collapsed", "dyn", "conf", "newToday", "revToday", "lrnToday", "timeToday" }));
            Assert.That(deck.Value.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(deck.Name));
            Assert.That(deck.Value.GetProperty("dyn").GetInt32(), Is.Zero);
        }

        var cardDecks = package.Rows("SELECT DISTINCT did FROM cards").Select(row => Convert.ToString(row["did"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(cardDecks, Is.EqualTo(new[] { decks[1].Name }));
        Assert.That(decks[1].Value.GetProperty("desc").GetString(), Does.Contain("Defeat ISIS Coalition confirms commitment to continued fight"));
    }

    [Test]
    public void A_title_with_double_colons_stays_one_deck_instead_of_nesting()
    {
        var deck = SampleDecks.Coalition() with { Title = "Politics::Coalition" };

        using var package = OpenedPackage.Export(deck);

        var names = package.CollectionJson("decks").EnumerateObject().Select(entry => entry.Value.GetProperty("name").GetString());
        Assert.That(names, Is.EqualTo(new[] { "Default", "Politics:Coalition" }));
    }

    [Test]
    public void The_deck_options_and_collection_settings_have_their_required_keys()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        var options = package.CollectionJson("dconf").GetProperty("1");
        Assert.That(Keys(options), Is.SupersetOf(new[] { "id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse" }));
        Assert.That(Keys(options.GetProperty("new")), Is.SupersetOf(new[] { "delays", "initialFactor", "ints", "order", "perDay" }));
        Assert.That(Keys(options.GetProperty("rev")), Is.SupersetOf(new[] { "ease4", "ivlFct", "maxIvl", "perDay" }));
        Assert.That(Keys(options.GetProperty("lapse")), Is.SupersetOf(new[] { "delays", "leechAction", "leechFails", "minInt", "mult" }));
        var settings = package.CollectionJson("conf");
        Assert.That(settings.GetProperty("nextPos").GetInt32(), Is.EqualTo(SampleDecks.Coalition().Cards.Count + 1));
        Assert.That(settings.GetProperty("curDeck").GetInt64(), Is.EqualTo((long)package.Scalar("SELECT DISTINCT did FROM cards")));
    }

    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name)];

    private static string[] Names(JsonElement model, string list) =>
        [.. model.GetProperty(list).EnumerateArray().Select(item => item.GetProperty("name").GetString()!)];
}

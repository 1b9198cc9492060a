using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Anki;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Anki.Package;

public sealed partial class AnkiPackageExporterTests
{
    [Test]
    public void Every_card_of_the_deck_becomes_one_note_with_one_new_card()
    {
        var deck = SampleDecks.Coalition();

        using var package = OpenedPackage.Export(deck);

        var notes = package.Rows("SELECT * FROM notes ORDER BY id");
        var cards = package.Rows("SELECT * FROM cards ORDER BY id");
        Assert.That(notes.Select(note => note["guid"]), Is.EqualTo(deck.Cards.Select(card => AnkiGuid.For(card.Id))));
        Assert.That(cards.Select(card => card["nid"]), Is.EqualTo(notes.Select(note => note["id"])));
        Assert.That(cards.Select(card => card["due"]), Is.EqualTo(Enumerable.Range(1, deck.Cards.Count).Select(i => (long)i)));
        foreach (var card in cards)
        {
            Assert.That(new[] { card["ord"], card["type"], card["queue"], card["ivl"], card["factor"], card["reps"], card["lapses"], card["left"], card["odue"], card["odid"], card["flags"] }, Is.All.Zero);
            Assert.That(card["usn"], Is.EqualTo(-1));
        }

        Assert.That(notes.Select(note => (long)note["id"]), Is.All.GreaterThan(1_700_000_000_000L), "ids look like Anki's ms timestamps");
    }

    [Test]
    public void Each_note_has_exactly_as_many_fields_as_its_note_type()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        var fieldCounts = package.CollectionJson("models").EnumerateObject()
            .ToDictionary(model => long.Parse(model.Name, System.Globalization.CultureInfo.InvariantCulture), model => model.Value.GetProperty("flds").GetArrayLength());
        foreach (var note in package.Rows("SELECT mid, flds FROM notes"))
        {
            Assert.That(((string)note["flds"]).Split('\u001f'), Has.Length.EqualTo(fieldCounts[(long)note["mid"]]));
        }

        var types = package.Rows("SELECT mid FROM notes ORDER BY id").Select(note => (long)note["mid"]);
        Assert.That(types, Is.EqualTo(new[] { MultipleChoiceId, MultipleChoiceId, ClozeId, BasicId, BasicId, MultipleChoiceId, MultipleChoiceId, BasicId }));
    }

    [Test]
    public void A_multiple_choice_note_shows_shuffled_options_and_the_right_one_on_the_back()
    {
        var deck = SampleDecks.Coalition();

        var fields = FieldsOf(deck, 1);

        Assert.That(fields[0], Is.EqualTo("<div class=\"context\"><small><i>The D-ISIS Coalition meeting in Rome, 2021</i></small></div> How much is the U.S. contributing to the Coalition’s annual Stabilization Pledge Drive for Iraq and Syria?"));
        Assert.That(fields[1..5], Is.EqualTo(new[] { "$120 million", "$148 million", "$168 million", "$210 million" }));
        Assert.That(fields[5], Is.EqualTo("C. $168 million"));
        Assert.That(fields[6], Does.StartWith("Blinken announced that the U.S. is contributing $168 million"));
        Assert.That(fields[6], Does.Contain("<div class=\"citation\">Defeat ISIS Coalition confirms commitment to continued fight — Kurdistan 24 (project seed document)</div>"));
        var person = FieldsOf(deck, 0);
        Assert.That(person[1..5], Is.EquivalentTo(deck.Cards[0].Options));
        Assert.That(person[5], Is.EqualTo($"{(char)('A' + Array.IndexOf(person[1..5], "John Godfrey"))}. John Godfrey"));
    }

    [Test]
    public void A_cloze_note_turns_the_blank_into_deletion_one()
    {
        var fields = FieldsOf(SampleDecks.Coalition(), 2);

        Assert.That(fields[0], Is.EqualTo("<div class=\"context\"><small><i>The D-ISIS Coalition meeting in Rome, 2021</i></small></div> In November 2015, a coordinated attack among three ISIS teams in Paris killed {{c1::130}} people and wounded another 400."));
        Assert.That(fields[1], Does.StartWith("Notably, in November 2015"));
    }

    [Test]
    public void Short_answer_and_true_false_notes_put_the_answer_on_the_back()
    {
        var deck = SampleDecks.Coalition();

        Assert.That(FieldsOf(deck, 3)[..2], Is.EqualTo(new[] { "What does SDF stand for?", "Syrian Democratic Forces" }));
        Assert.That(FieldsOf(deck, 4)[..2], Is.EqualTo(new[] { "<div class=\"context\"><small><i>Defeat-ISIS ministers in Washington, 2024</i></small></div> True or false: Saudi Arabia co-leads the Coalition’s effort against ISIS in Africa with the U.S.", "True" }));
    }

    [Test]
    public void Text_from_articles_never_becomes_markup_or_script()
    {
        var fields = FieldsOf(SampleDecks.Coalition(), 7);

        Assert.That(fields[0], Is.EqualTo("<div class=\"context\"><small><i>Tricky &lt;i&gt;context&lt;/i&gt; &amp; &quot;quotes&quot;</i></small></div> Which &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; group &amp; its &quot;allies&quot; held 43,000 people?"));
        Assert.That(fields[2], Does.StartWith("Tricky &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot; stay text, not HTML."));
        Assert.That(string.Join('\u001f', fields), Does.Not.Contain("<script").And.Not.Contain("<b>").And.Not.Contain("<i>context"));
    }

    [Test]
    public void Csum_is_the_sha1_prefix_of_the_first_fields_plain_text_and_sfld_holds_that_text()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        foreach (var note in package.Rows("SELECT flds, sfld, csum FROM notes"))
        {
            var plain = WebUtility.HtmlDecode(Regex.Replace(((string)note["flds"]).Split('\u001f')[0], "<[^>]*>", string.Empty));
#pragma warning disable CA5350 // Anki's csum is defined with SHA-1.
            var sha1 = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(plain)));
#pragma warning restore CA5350
            Assert.That(note["csum"], Is.EqualTo(Convert.ToInt64(sha1[..8], 16)));
            Assert.That(Convert.ToString(note["sfld"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(plain));
        }

        var script = package.Rows("SELECT sfld FROM notes ORDER BY id")[7]["sfld"];
        Assert.That(script, Is.EqualTo(SampleDecks.TrickyContext + " " + SampleDecks.Coalition().Cards[7].Question), "the context heads the sort field, then a space");
        var bare = package.Rows("SELECT sfld FROM notes ORDER BY id")[3]["sfld"];
        Assert.That(bare, Is.EqualTo(SampleDecks.Coalition().Cards[3].Question), "a card without a context sorts by its question alone");
    }

    [Test]
    public void The_context_line_heads_the_front_of_every_note_type_and_the_style_sheet_styles_it()
    {
        var deck = SampleDecks.Coalition();
        using var package = OpenedPackage.Export(deck);

        var fronts = package.Rows("SELECT flds FROM notes ORDER BY id").Select(note => ((string)note["flds"]).Split('\u001f')[0]).ToArray();

        for (var i = 0; i < deck.Cards.Count; i++)
        {
            if (deck.Cards[i].Context is null)
            {
                Assert.That(fronts[i], Does.Not.Contain("class=\"context\""), $"card {i + 1}");
            }
            else
            {
                Assert.That(fronts[i], Does.StartWith("<div class=\"context\"><small><i>"), $"card {i + 1}");
            }
        }

        Assert.That(StudyDecks.Export.Anki.Package.AnkiNoteTypes.Css, Does.Contain(".context {"));
    }

    [Test]
    public void Tags_come_from_the_card_space_separated_with_spaces_at_both_ends()
    {
        using var package = OpenedPackage.Export(SampleDecks.Coalition());

        var tags = package.Rows("SELECT tags FROM notes ORDER BY id").Select(note => note["tags"]).ToArray();

        Assert.That(tags[0], Is.EqualTo(" who person seed-2021-d-isis-rome "));
        Assert.That(tags[4], Is.EqualTo(" true-false seed-2024-d-isis-washington "));
    }

    [Test]
    public void Guids_stay_the_same_across_exports_and_when_cards_are_reordered_or_reworded()
    {
        var deck = SampleDecks.Coalition();
        var changed = deck with { Cards = [.. deck.Cards.Reverse().Select(card => card with { Question = card.Question + " (revised)" })] };

        var first = Guids(deck);
        var again = Guids(deck);
        var regenerated = Guids(changed);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(regenerated, Is.EquivalentTo(first));
        Assert.That(first, Is.Unique);
    }

    [Test]
    public void Ten_thousand_cards_all_arrive_with_unique_ids_and_guids()
    {
        var deck = SampleDecks.Large(10_000);

        using var package = OpenedPackage.Export(deck);

        Assert.That(package.Scalar("SELECT count(DISTINCT guid) FROM notes"), Is.EqualTo(10_000));
        Assert.That(package.Scalar("SELECT count(DISTINCT id) FROM cards"), Is.EqualTo(10_000));
        Assert.That(package.Scalar("SELECT count(*) FROM cards JOIN notes ON notes.id = cards.nid"), Is.EqualTo(10_000));
    }

    private static string[] FieldsOf(Deck deck, int cardIndex)
    {
        using var package = OpenedPackage.Export(deck);
        var flds = (string)package.Rows("SELECT flds FROM notes ORDER BY id")[cardIndex]["flds"];
        return flds.Split('\u001f');
    }

    private static string[] Guids(Deck deck)
    {
        using var package = OpenedPackage.Export(deck);
        return package.Rows("SELECT guid FROM notes ORDER BY id").Select(note => (string)note["guid"]).ToArray();
    }
}

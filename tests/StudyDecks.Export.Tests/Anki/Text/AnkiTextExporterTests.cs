using System.Text;
using StudyDecks.Export.Anki;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Anki.Text;

public sealed class AnkiTextExporterTests
{
    [Test]
    public void The_sample_deck_exports_as_the_reviewed_golden_file()
    {
        Golden.AssertMatches(Exporting.ToBytes(ExportFormat.AnkiText, SampleDecks.Coalition()), "Anki/Coalition.anki.txt");
    }

    [Test]
    public void The_file_starts_with_ankis_header_lines_in_utf8_without_bom_and_lf_line_ends()
    {
        var bytes = Exporting.ToBytes(ExportFormat.AnkiText, SampleDecks.Coalition());
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');

        Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain("\r"));
        Assert.That(lines[..6], Is.EqualTo(new[]
        {
            "#separator:tab", "#html:true", "#notetype:Basic", "#deck:Global Coalition to Defeat ISIS", "#guid column:1", "#tags column:4",
        }));
    }

    [Test]
    public void Each_card_is_one_row_of_guid_front_back_and_tags()
    {
        var deck = SampleDecks.Coalition();

        var rows = Rows(deck);

        Assert.That(rows, Has.Length.EqualTo(deck.Cards.Count));
        Assert.That(rows, Has.All.Length.EqualTo(4));
        Assert.That(rows.Select(row => row[0]), Is.EqualTo(deck.Cards.Select(card => AnkiGuid.For(card.Id))), "the same guids as the .apkg");
        Assert.That(rows[0][3], Is.EqualTo("who person seed-2021-d-isis-rome"));
        Assert.That(rows[1][1], Does.Contain("<ol type=\"A\"><li>$120 million</li><li>$148 million</li><li>$168 million</li><li>$210 million</li></ol>"));
        Assert.That(rows[1][2], Does.StartWith("C. $168 million<br><br><small>Blinken announced"));
        Assert.That(rows[2][1], Does.Contain("killed _____ people"));
    }

    [Test]
    public void Article_text_is_escaped_and_no_row_can_be_read_as_a_comment()
    {
        var deck = SampleDecks.Coalition();
        deck = deck with { Cards = [.. deck.Cards, deck.Cards[3] with { Id = "hash", Question = "# of members?\tTab" }] };

        var rows = Rows(deck);

        Assert.That(rows[7][1], Is.EqualTo("<div class=\"context\"><small><i>Tricky &lt;i&gt;context&lt;/i&gt; &amp; &quot;quotes&quot;</i></small></div> Which &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; group &amp; its &quot;allies&quot; held 43,000 people?"));
        Assert.That(rows[8][1], Is.EqualTo("# of members? Tab"));
        Assert.That(rows.Select(row => row[0]), Has.All.Match("^[0-9A-Za-z]{11}$"));
    }

    [Test]
    public void The_context_line_heads_the_front_in_small_italics_and_cards_without_one_start_with_the_question()
    {
        var rows = Rows(SampleDecks.Coalition());

        Assert.That(rows[0][1], Does.StartWith("<div class=\"context\"><small><i>The D-ISIS Coalition meeting in Rome, 2021</i></small></div> Who was the Acting U.S. Special Envoy"));
        Assert.That(rows[3][1], Does.StartWith("What does SDF stand for?"));
    }

    private static string[][] Rows(StudyDecks.Core.Decks.Deck deck) =>
        [.. Encoding.UTF8.GetString(Exporting.ToBytes(ExportFormat.AnkiText, deck))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))];
}

using System.Text;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Csv;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Quizlet;

public sealed class QuizletExporterTests
{
    [Test]
    public void Each_card_is_one_line_of_term_tab_definition_as_the_csv_asks_and_answers_it()
    {
        var deck = SampleDecks.Coalition();

        var lines = Lines(deck);

        Assert.That(lines, Has.Length.EqualTo(deck.Cards.Count));
        Assert.That(lines.Select(line => line.Split('\t')), Has.All.Length.EqualTo(2));
        Assert.That(lines, Is.EqualTo(deck.Cards.Select(card => CsvDeckExporter.Row(card)).Select(row => $"{row.Question}\t{row.Answer}")));
    }

    [Test]
    public void Each_card_type_has_its_term_and_definition()
    {
        var lines = Lines(SampleDecks.Coalition());

        Assert.That(lines[1], Is.EqualTo($"[{SampleDecks.RomeContext}] How much is the U.S. contributing to the Coalition’s annual Stabilization Pledge Drive for Iraq and Syria? (A) $120 million (B) $148 million (C) $168 million (D) $210 million\t(C) $168 million"));
        Assert.That(lines[2], Is.EqualTo($"[{SampleDecks.RomeContext}] In November 2015, a coordinated attack among three ISIS teams in Paris killed _____ people and wounded another 400.\t130"));
        Assert.That(lines[3], Is.EqualTo("What does SDF stand for?\tSyrian Democratic Forces"));
        Assert.That(lines[4], Is.EqualTo($"[{SampleDecks.WashingtonContext}] True or false: Saudi Arabia co-leads the Coalition’s effort against ISIS in Africa with the U.S.\tTrue"));
    }

    [Test]
    public void Tabs_and_line_breaks_inside_a_field_become_spaces_so_a_card_stays_one_line()
    {
        var card = SampleDecks.Coalition().Cards[3] with { Question = "What\tdoes\nSDF\r\nstand\rfor?", Answer = "Syrian\tDemocratic\nForces" };

        var lines = Lines(SampleDecks.Coalition() with { Cards = [card] });

        Assert.That(lines, Is.EqualTo(new[] { "What does SDF stand for?\tSyrian Democratic Forces" }));
    }

    [Test]
    public void The_file_is_utf8_without_bom_with_lf_lines_and_text_as_it_is()
    {
        var bytes = Exporting.ToBytes(ExportFormat.Quizlet, SampleDecks.Coalition());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(text, Does.EndWith("\n").And.Not.Contain("\r"));
        Assert.That(text, Does.Contain("Which <script>alert('x')</script> group & its \"allies\" held 43,000 people?\tSyrian Democratic Forces\n"), "no quoting or escaping");
    }

    private static string[] Lines(Deck deck) =>
        Encoding.UTF8.GetString(Exporting.ToBytes(ExportFormat.Quizlet, deck)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

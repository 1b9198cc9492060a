using System.Text;
using CsvHelper;
using StudyDecks.Export.Csv;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Csv;

public sealed class CsvDeckExporterTests
{
    [Test]
    public void The_sample_deck_exports_as_the_reviewed_golden_file()
    {
        Golden.AssertMatches(Exporting.ToBytes(ExportFormat.Csv, SampleDecks.Coalition()), "Csv/Coalition.csv");
    }

    [TestCase("=1+2", "'=1+2")]
    [TestCase("+33 1 23", "'+33 1 23")]
    [TestCase("-5", "'-5")]
    [TestCase("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [TestCase("\t=1", "'\t=1")]
    [TestCase("Rome = Italy", "Rome = Italy")]
    [TestCase("", "")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(string cell, string written)
    {
        Assert.That(CsvDeckExporter.Neutralised(cell), Is.EqualTo(written));
    }

    [Test]
    public void Formulas_in_a_deck_are_neutralised_by_default_and_kept_when_asked()
    {
        var deck = SampleDecks.Coalition() with { Cards = [SampleDecks.Coalition().Cards[3] with { Question = "=HYPERLINK(\"http://x\") _____.", Answer = "@cmd" }] };

        var neutralised = Read(Exporting.ToBytes(ExportFormat.Csv, deck)).Single();
        using var kept = new MemoryStream();
        DeckExporter.For(ExportFormat.Csv, ExportSettings.Default with { NeutraliseCsvFormulas = false }).Write(deck, kept);

        Assert.That(neutralised, Is.EqualTo(new[] { "'=HYPERLINK(\"http://x\") _____.", "'@cmd" }));
        Assert.That(Read(kept.ToArray()).Single(), Is.EqualTo(new[] { "=HYPERLINK(\"http://x\") _____.", "@cmd" }));
    }

    [Test]
    public void Reading_the_file_back_gives_one_question_answer_row_per_card_with_text_unchanged()
    {
        var deck = SampleDecks.Coalition();

        var rows = Read(Exporting.ToBytes(ExportFormat.Csv, deck));

        Assert.That(rows, Has.Count.EqualTo(deck.Cards.Count));
        Assert.That(rows, Has.All.Length.EqualTo(2));
        Assert.That(rows[7], Is.EqualTo(new[] { $"[{SampleDecks.TrickyContext}] {deck.Cards[7].Question}", "Syrian Democratic Forces" }));
        Assert.That(rows[2], Is.EqualTo(new[] { $"[{SampleDecks.RomeContext}] {deck.Cards[2].Question}", "130" }));
        Assert.That(rows[4], Is.EqualTo(new[] { $"[{SampleDecks.WashingtonContext}] True or false: {deck.Cards[4].Question}", "True" }));
        Assert.That(rows[3], Is.EqualTo(new[] { deck.Cards[3].Question, "Syrian Democratic Forces" }), "a card without a context");
    }

    [Test]
    public void The_context_leads_the_question_in_brackets_and_the_rows_stay_two_columns_for_quizlet()
    {
        var deck = SampleDecks.Coalition();

        var rows = Read(Exporting.ToBytes(ExportFormat.Csv, deck));

        Assert.That(rows[0][0], Does.StartWith("[The D-ISIS Coalition meeting in Rome, 2021] Who was the Acting U.S. Special Envoy"));
        Assert.That(rows, Has.All.Length.EqualTo(2));
        Assert.That(rows.Count(row => row[0].StartsWith('[')), Is.EqualTo(deck.Cards.Count(card => card.Context is not null)));
    }

    [Test]
    public void Multiple_choice_options_are_folded_into_the_question_and_the_answer_names_its_letter()
    {
        var rows = Read(Exporting.ToBytes(ExportFormat.Csv, SampleDecks.Coalition()));

        Assert.That(rows[1][0], Does.EndWith("Iraq and Syria? (A) $120 million (B) $148 million (C) $168 million (D) $210 million"));
        Assert.That(rows[1][1], Is.EqualTo("(C) $168 million"));
    }

    [Test]
    public void The_file_is_utf8_without_bom_with_crlf_rows_and_no_header()
    {
        var bytes = Exporting.ToBytes(ExportFormat.Csv, SampleDecks.Coalition());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(text, Does.StartWith("\"[The D-ISIS Coalition meeting in Rome, 2021] Who was the Acting U.S. Special Envoy"));
        Assert.That(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(8));
        Assert.That(text.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain("\n"));
    }

    [Test]
    public void The_bom_setting_starts_the_file_with_a_utf8_byte_order_mark_and_changes_nothing_else()
    {
        var deck = SampleDecks.Coalition();
        var plain = Exporting.ToBytes(ExportFormat.Csv, deck);

        var withBom = Exporting.ToBytes(DeckExporter.For(ExportFormat.Csv, ExportSettings.Default with { CsvByteOrderMark = true }), deck);

        Assert.That(withBom[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(withBom[3..], Is.EqualTo(plain));
    }

    private static List<string[]> Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { HasHeader = false, Separator = ',' });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}

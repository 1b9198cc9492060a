using StudyDecks.Testing;

namespace StudyDecks.Export.Tests;

public sealed class ExportFormatTests
{
    [Test]
    public void Every_format_has_its_own_name_extension_and_display_name()
    {
        var formats = ExportFormatExtensions.All;

        Assert.That(formats.Select(format => format.Name), Is.EqualTo(new[] { "anki", "anki-text", "csv", "json", "gift", "moodle", "quizlet", "html" }));
        Assert.That(formats.Select(format => format.FileExtension), Is.EqualTo(new[] { ".apkg", ".anki.txt", ".csv", ".deck.json", ".gift.txt", ".moodle.xml", ".quizlet.txt", ".quiz.html" }));
        Assert.That(formats.Select(format => format.DisplayName), Is.Unique.And.All.Not.Empty);
    }

    [TestCase("anki", ExportFormat.Anki)]
    [TestCase("anki-text", ExportFormat.AnkiText)]
    [TestCase("CSV", ExportFormat.Csv)]
    [TestCase("json", ExportFormat.Json)]
    [TestCase("gift", ExportFormat.Gift)]
    [TestCase("Moodle", ExportFormat.Moodle)]
    [TestCase("quizlet", ExportFormat.Quizlet)]
    public void A_command_line_name_parses_to_its_format(string name, ExportFormat expected)
    {
        var parsed = ExportFormatExtensions.TryParse(name, out var format);

        Assert.That(parsed, Is.True);
        Assert.That(format, Is.EqualTo(expected));
    }

    [TestCase("apkg")]
    [TestCase("")]
    [TestCase("anki text")]
    public void An_unknown_name_does_not_parse(string name)
    {
        Assert.That(ExportFormatExtensions.TryParse(name, out _), Is.False);
    }

    [Test]
    public void Each_format_has_an_exporter_that_writes_something()
    {
        var deck = SampleDecks.Coalition();

        foreach (var format in ExportFormatExtensions.All)
        {
            var exporter = DeckExporter.For(format);
            Assert.That(exporter.Format, Is.EqualTo(format));
            Assert.That(Exporting.ToBytes(exporter, deck), Is.Not.Empty, format.Name);
        }
    }
}

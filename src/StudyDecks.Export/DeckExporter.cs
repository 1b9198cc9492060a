using System.Text;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Anki.Package;
using StudyDecks.Export.Anki.Text;
using StudyDecks.Export.Csv;
using StudyDecks.Export.Html;
using StudyDecks.Export.Json;
using StudyDecks.Export.Moodle.Gift;
using StudyDecks.Export.Moodle.Xml;
using StudyDecks.Export.Quizlet;

namespace StudyDecks.Export;

/// <summary>
/// Writes a deck in one <see cref="ExportFormat"/> to a stream. Exporters own no output files: the caller opens the
/// stream (the command line writes through a temp file that is renamed when the export finished).
/// </summary>
/// <remarks>Every exporter is deterministic: the same deck and settings give the same bytes.</remarks>
public abstract class DeckExporter
{
    /// <summary>The format this exporter writes.</summary>
    public abstract ExportFormat Format { get; }

    /// <summary>Writes <paramref name="deck"/> to <paramref name="output"/>, which is left open.</summary>
    public abstract void Write(Deck deck, Stream output);

    /// <summary>A writer of UTF-8 text without BOM and with LF line ends that leaves <paramref name="output"/> open: what every text format here writes.</summary>
    protected static StreamWriter TextWriter(Stream output) =>
        new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    /// <summary>The exporter of <paramref name="format"/>.</summary>
    public static DeckExporter For(ExportFormat format, ExportSettings? settings = null) => format switch
    {
        ExportFormat.Anki => new AnkiPackageExporter(settings ?? ExportSettings.Default),
        ExportFormat.AnkiText => new AnkiTextExporter(),
        ExportFormat.Csv => new CsvDeckExporter
        {
            NeutraliseFormulas = (settings ?? ExportSettings.Default).NeutraliseCsvFormulas,
            ByteOrderMark = (settings ?? ExportSettings.Default).CsvByteOrderMark,
        },
        ExportFormat.Json => new JsonDeckExporter(),
        ExportFormat.Gift => new GiftExporter(),
        ExportFormat.Moodle => new MoodleXmlExporter(),
        ExportFormat.Quizlet => new QuizletExporter(),
        ExportFormat.Html => new HtmlQuizExporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}

using StudyDecks.Core.Decks;
using StudyDecks.Export.Csv;

namespace StudyDecks.Export.Quizlet;

/// <summary>
/// Writes Quizlet's import text (UTF-8 without BOM, LF line ends): one card per line, the term, a tab, the definition.
/// </summary>
/// <remarks>
/// Quizlet's "Import" box takes pasted text split by its defaults, "Tab" between term and definition and "New line"
/// between cards, with no header and no quoting: a tab or line break inside a field would start a new field or card,
/// so each is written as a space. The term and definition are the CSV export's question and answer
/// (<see cref="CsvDeckExporter.Row"/>: the context line in brackets, a multiple-choice card's options folded in, a
/// true/false card asking "True or false: …"); Quizlet shows them as plain text, so nothing is escaped.
/// </remarks>
public sealed class QuizletExporter : DeckExporter
{
    /// <inheritdoc />
    public override ExportFormat Format => ExportFormat.Quizlet;

    /// <inheritdoc />
    public override void Write(Deck deck, Stream output)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(output);
        using var text = TextWriter(output);
        foreach (var card in deck.Cards)
        {
            var (term, definition) = CsvDeckExporter.Row(card);
            text.Write(Field(term));
            text.Write('\t');
            text.WriteLine(Field(definition));
        }
    }

    /// <summary><paramref name="value"/> with each tab and line break (CRLF counts as one) as a space.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
    }
}

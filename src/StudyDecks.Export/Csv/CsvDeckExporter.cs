using System.Globalization;
using System.Text;
using CsvHelper;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Choices;

namespace StudyDecks.Export.Csv;

/// <summary>
/// Writes RFC 4180 CSV (comma-separated, CRLF, fields quoted when needed), UTF-8 without BOM unless asked: one
/// <c>question,answer</c> row per card, for Quizlet-style flashcard imports.
/// </summary>
/// <remarks>
/// There is no header row: Quizlet and similar importers take every row as a card. A multiple-choice card's options are
/// folded into its question on the same line ("… (A) x (B) y (C) z (D) w") and its answer carries the option letter; a
/// true/false card asks "True or false: …". Text is written as it is, not HTML.
/// <para>
/// A card's context line (deck format version 2) leads its question in square brackets, "[The Gulf War, 1991] Who …",
/// rather than taking a third column: a Quizlet import reads two columns, term and definition, and a third would be
/// dropped or refused. Cards without a context (version 1 decks) are written as before.
/// </para>
/// </remarks>
public sealed class CsvDeckExporter : DeckExporter
{
    /// <inheritdoc />
    public override ExportFormat Format => ExportFormat.Csv;

    /// <summary>
    /// Whether a cell that a spreadsheet would run as a formula gets a leading <c>'</c> (OWASP's advice against CSV
    /// injection): a deck's text comes from articles anyone may have written. On by default.
    /// </summary>
    public bool NeutraliseFormulas { get; init; } = true;

    /// <summary>Whether the file starts with a UTF-8 byte order mark, so a spreadsheet reads it as UTF-8. Off by default.</summary>
    public bool ByteOrderMark { get; init; }

    /// <inheritdoc />
    public override void Write(Deck deck, Stream output)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(output);
        var options = new CsvWriterOptions { NewLine = "\r\n", WriteByteOrderMark = ByteOrderMark, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        foreach (var card in deck.Cards)
        {
            var (question, answer) = Row(card);
            csv.WriteField(NeutraliseFormulas ? Neutralised(question) : question);
            csv.WriteField(NeutraliseFormulas ? Neutralised(answer) : answer);
            csv.EndRecord();
        }
    }

    /// <summary>The question and answer cells of <paramref name="card"/>; the question starts with the card's context line in brackets when it has one.</summary>
    public static (string Question, string Answer) Row(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (question, answer) = Cells(card);
        return (string.IsNullOrWhiteSpace(card.Context) ? question : $"[{card.Context}] {question}", answer);
    }

    /// <summary>The cell with a leading <c>'</c> when it starts with a character that makes a spreadsheet read a formula.</summary>
    public static string Neutralised(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }

    private static (string Question, string Answer) Cells(Card card)
    {
        switch (card.Type)
        {
            case CardType.MultipleChoice:
                var choices = ChoiceOrder.Arrange(card);
                var question = new StringBuilder(card.Question);
                for (var i = 0; i < choices.Options.Count; i++)
                {
                    question.Append(" (").Append(ChoiceList.LetterOf(i)).Append(") ").Append(choices.Options[i]);
                }

                return (question.ToString(), $"({choices.AnswerLetter}) {choices.Answer}");
            case CardType.TrueFalse:
                return ("True or false: " + card.Question, card.Answer);
            default:
                return (card.Question, card.Answer);
        }
    }
}

using StudyDecks.Core.Decks;
using StudyDecks.Export.Choices;

namespace StudyDecks.Export.Moodle.Gift;

/// <summary>
/// Writes Moodle's GIFT format (UTF-8 without BOM, LF line ends): a <c>$CATEGORY:</c> line per article, then one
/// question per card titled with the card id, its source sentence as general feedback (<c>####</c>).
/// </summary>
/// <remarks>
/// <para>
/// Multiple choice is <c>{=right ~wrong …}</c> (options in <see cref="ChoiceOrder"/>'s order; Moodle shuffles them
/// unless the quiz says not to), true/false <c>{T}</c> or <c>{F}</c>, short answer <c>{=answer =alias …}</c>. A cloze
/// card is a short answer whose text keeps its blank: it asks to recall the missing words, and its wrong options, which
/// a cloze card may not have, would turn recall into recognition.
/// </para>
/// <para>
/// Text is marked <c>[plain]</c>, so Moodle shows it as typed: nothing in an article becomes HTML in a quiz. Every
/// special character is escaped (<see cref="GiftText"/>) in titles, text, answers and feedback; an answer that would
/// read as a weight (<c>%50%…</c>) gets its own weight first, one that starts with <c>[</c> a format tag first. The
/// category line is written as it is: Moodle takes it raw, where an escape would stay in the name.
/// </para>
/// <para>
/// One thing GIFT cannot escape: <c>-&gt;</c> in a short answer makes Moodle read a matching question and refuse the
/// import. It is written <c>-*&gt;</c>, Moodle's wildcard between the two characters, which still accepts the answer as
/// typed (and, rarely, more between them). Moodle XML needs no such change.
/// </para>
/// </remarks>
public sealed class GiftExporter : DeckExporter
{
    /// <inheritdoc />
    public override ExportFormat Format => ExportFormat.Gift;

    /// <inheritdoc />
    public override void Write(Deck deck, Stream output)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(output);
        using var text = TextWriter(output);
        text.WriteLine($"// {OneLine(deck.Title)}: StudyDecks questions for a Moodle question bank (Import, GIFT format).");
        foreach (var (category, cards) in MoodleBank.ByArticle(deck))
        {
            text.WriteLine();
            text.WriteLine($"$CATEGORY: {category}");
            foreach (var card in cards)
            {
                text.WriteLine();
                WriteQuestion(text, card);
            }
        }
    }

    private static void WriteQuestion(TextWriter text, Card card)
    {
        text.Write("::");
        text.Write(GiftText.Escape(card.Id));
        text.Write("::[plain]");
        text.Write(GiftText.Escape(string.IsNullOrWhiteSpace(card.Context) ? card.Question : card.Context + "\n" + card.Question));
        text.Write('{');
        switch (card.Type)
        {
            case CardType.MultipleChoice:
                var choices = ChoiceOrder.Arrange(card);
                text.WriteLine();
                for (var i = 0; i < choices.Options.Count; i++)
                {
                    text.WriteLine(i == choices.AnswerIndex ? $"\t={Part(choices.Options[i])}" : $"\t~{Weighted("%0%", choices.Options[i])}");
                }

                break;
            case CardType.TrueFalse:
                text.WriteLine(MoodleBank.IsTrue(card) ? "T" : "F");
                break;
            default:
                text.WriteLine();
                foreach (var answer in MoodleBank.AcceptedAnswers(card))
                {
                    text.WriteLine($"\t={Weighted("%100%", answer.Replace("->", "-*>", StringComparison.Ordinal))}");
                }

                break;
        }

        text.WriteLine($"\t####{Part(card.Explanation)}");
        text.WriteLine('}');
    }

    // An answer or feedback: escaped, and marked plain when it starts with "[", which Moodle would read as a format tag.
    private static string Part(string value)
    {
        var escaped = GiftText.Escape(value);
        return escaped.StartsWith('[') ? "[plain]" + escaped : escaped;
    }

    // Moodle reads "%n%" at the start of an answer as its weight; an answer that starts so gets its real weight first.
    private static string Weighted(string weight, string answer)
    {
        var part = Part(answer);
        return part.StartsWith('%') ? weight + part : part;
    }

    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}

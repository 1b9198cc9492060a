using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Choices;

namespace StudyDecks.Export.Moodle.Xml;

/// <summary>
/// Writes Moodle XML (UTF-8 without BOM): a <c>category</c> question per article
/// (<c>$course$/top/&lt;deck title&gt;/&lt;article title&gt;</c>), then one question per card, named with the card id,
/// with the source sentence as general feedback.
/// </summary>
/// <remarks>
/// <para>
/// Multiple choice is <c>multichoice</c> (one right answer; Moodle shuffles the options), true/false <c>truefalse</c>,
/// short answer <c>shortanswer</c> with the answer and each alias at 100 %, case-insensitive. A cloze card is a
/// <c>shortanswer</c> whose text keeps its blank rather than a <c>gapselect</c>: it asks to recall the missing words,
/// as the console quiz and the Anki cloze do, where a drop-down of options would turn it into recognition, and a cloze
/// card may have no wrong options at all.
/// </para>
/// <para>
/// Question text, options and feedback are HTML (<c>format="html"</c>) made from the deck's text with every
/// <c>&lt; &gt; &amp;</c> and quote escaped, so nothing in an article becomes markup; short answers and names are plain
/// text, as Moodle grades and lists them. Every <c>&lt;text&gt;</c> is a CDATA section; the writer splits one that
/// would hold <c>]]&gt;</c>.
/// </para>
/// </remarks>
public sealed class MoodleXmlExporter : DeckExporter
{
    /// <summary>Moodle's usual penalty for each wrong try of a question with several tries.</summary>
    private const string OneThird = "0.3333333";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <inheritdoc />
    public override ExportFormat Format => ExportFormat.Moodle;

    /// <inheritdoc />
    public override void Write(Deck deck, Stream output)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("quiz");
        foreach (var (category, cards) in MoodleBank.ByArticle(deck))
        {
            xml.WriteStartElement("question");
            xml.WriteAttributeString("type", "category");
            TextElement(xml, "category", category);
            TextElement(xml, "info", string.Empty, "html");
            xml.WriteEndElement();
            foreach (var card in cards)
            {
                WriteQuestion(xml, card);
            }
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();

        // XmlWriter ends the file without a line break; text tools expect one.
        output.WriteByte((byte)'\n');
    }

    private static void WriteQuestion(XmlWriter xml, Card card)
    {
        xml.WriteStartElement("question");
        xml.WriteAttributeString("type", card.Type switch
        {
            CardType.MultipleChoice => "multichoice",
            CardType.TrueFalse => "truefalse",
            _ => "shortanswer",
        });
        TextElement(xml, "name", card.Id);
        TextElement(xml, "questiontext", QuestionHtml(card), "html");
        TextElement(xml, "generalfeedback", Paragraph(card.Explanation), "html");
        xml.WriteElementString("defaultgrade", "1");
        xml.WriteElementString("penalty", card.Type == CardType.TrueFalse ? "1" : OneThird);
        xml.WriteElementString("hidden", "0");
        switch (card.Type)
        {
            case CardType.MultipleChoice:
                xml.WriteElementString("single", "true");
                xml.WriteElementString("shuffleanswers", "1");
                xml.WriteElementString("answernumbering", "abc");
                var choices = ChoiceOrder.Arrange(card);
                for (var i = 0; i < choices.Options.Count; i++)
                {
                    Answer(xml, i == choices.AnswerIndex ? 100 : 0, WebUtility.HtmlEncode(choices.Options[i]), "html");
                }

                break;
            case CardType.TrueFalse:
                var isTrue = MoodleBank.IsTrue(card);
                Answer(xml, isTrue ? 100 : 0, "true", "moodle_auto_format");
                Answer(xml, isTrue ? 0 : 100, "false", "moodle_auto_format");
                break;
            default:
                xml.WriteElementString("usecase", "0");
                foreach (var answer in MoodleBank.AcceptedAnswers(card))
                {
                    Answer(xml, 100, answer, "moodle_auto_format");
                }

                break;
        }

        xml.WriteEndElement();
    }

    // The context line above the question, as Anki and the PDF show it.
    private static string QuestionHtml(Card card) =>
        (string.IsNullOrWhiteSpace(card.Context) ? string.Empty : $"<p><em>{WebUtility.HtmlEncode(card.Context)}</em></p>") + Paragraph(card.Question);

    private static string Paragraph(string text) => $"<p>{WebUtility.HtmlEncode(text)}</p>";

    private static void Answer(XmlWriter xml, int fraction, string text, string format)
    {
        xml.WriteStartElement("answer");
        xml.WriteAttributeString("fraction", fraction.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("format", format);
        Text(xml, text);
        TextElement(xml, "feedback", string.Empty, "html");
        xml.WriteEndElement();
    }

    // <name><text>…</text></name>, with a format attribute when the text has one.
    private static void TextElement(XmlWriter xml, string name, string text, string? format = null)
    {
        xml.WriteStartElement(name);
        if (format is not null)
        {
            xml.WriteAttributeString("format", format);
        }

        Text(xml, text);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string text)
    {
        xml.WriteStartElement("text");
        if (text.Length > 0)
        {
            xml.WriteCData(XmlCharactersOnly(text));
        }

        xml.WriteFullEndElement();
    }

    // XML 1.0 cannot hold some characters in any form (U+FFFE, a lone surrogate, most C0 controls); a deck may, so they go.
    private static string XmlCharactersOnly(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }
}

using System.Text;
using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Anki.Text;

/// <summary>
/// Writes Anki's plain-text import: UTF-8 without BOM, LF line ends, <c>#</c> header lines, then one tab-separated row
/// per card: guid, front, back, tags.
/// </summary>
/// <remarks>
/// A text import can only use note types the collection already has, so every card uses Anki's stock "Basic" type
/// (multiple-choice options are listed on the front, cloze cards show their blank); the .apkg has the richer StudyDecks
/// note types. The guid column holds the same guids as the .apkg, so a note is recognised whichever file brought it in.
/// Fields are HTML-escaped; they never hold a tab, newline or quote, and a row starts with its guid, never with the
/// <c>#</c> that would make it a comment.
/// </remarks>
public sealed class AnkiTextExporter : DeckExporter
{
    /// <summary>The stock note type every Anki collection has.</summary>
    public const string NoteType = "Basic";

    /// <inheritdoc />
    public override ExportFormat Format => ExportFormat.AnkiText;

    /// <inheritdoc />
    public override void Write(Deck deck, Stream output)
    {
        ArgumentNullException.ThrowIfNull(deck);
        using var text = TextWriter(output);
        text.WriteLine("#separator:tab");
        text.WriteLine("#html:true");
        text.WriteLine($"#notetype:{NoteType}");
        text.WriteLine($"#deck:{AnkiNames.DeckName(deck.Title)}");
        text.WriteLine("#guid column:1");
        text.WriteLine("#tags column:4");
        foreach (var card in deck.Cards)
        {
            var html = CardHtml.From(card, deck);
            text.Write(AnkiGuid.For(card.Id));
            text.Write('\t');
            text.Write(Front(html));
            text.Write('\t');
            text.Write(html.Answer);
            text.Write("<br><br><small>");
            text.Write(html.Source);
            text.Write("</small>");
            text.Write('\t');
            text.Write(string.Join(' ', AnkiNames.Tags(card.Tags)));
            text.WriteLine();
        }
    }

    private static string Front(CardHtml html)
    {
        if (html.Options.Count == 0)
        {
            return html.Question;
        }

        var front = new StringBuilder(html.Question).Append("<ol type=\"A\">");
        foreach (var option in html.Options)
        {
            front.Append("<li>").Append(option).Append("</li>");
        }

        return front.Append("</ol>").ToString();
    }
}

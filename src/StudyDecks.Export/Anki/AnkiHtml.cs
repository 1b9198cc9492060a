using System.Net;
using System.Text;

namespace StudyDecks.Export.Anki;

/// <summary>
/// Turns article text into Anki field HTML. Fields are HTML, so every <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and quote is
/// escaped: text from an article never becomes markup or script in a card.
/// </summary>
internal static class AnkiHtml
{
    /// <summary>Escapes <paramref name="text"/> for a field: HTML-escaped, line breaks as <c>&lt;br&gt;</c>, tabs as spaces, other control characters dropped.</summary>
    /// <remarks>
    /// Dropping control characters matters: 0x1F separates the fields of a note, and Anki deletes the others anyway.
    /// The result never holds a tab, newline or double quote, so it is also safe in a tab-separated line.
    /// </remarks>
    public static string Escape(string text) => Append(new StringBuilder(text.Length + 16), text, escapeCloze: false).ToString();

    /// <summary>
    /// A cloze field: <paramref name="sentence"/> with its blank replaced by <c>{{c1::answer}}</c>. Braces, and colons in the
    /// answer, are written as character references so text can neither open another cloze nor end this one early.
    /// </summary>
    public static string Cloze(string sentence, string blank, string answer)
    {
        var at = sentence.IndexOf(blank, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException("The cloze sentence has no blank.", nameof(sentence));
        }

        var builder = new StringBuilder(sentence.Length + answer.Length + 16);
        Append(builder, sentence[..at], escapeCloze: true);
        builder.Append("{{c1::");
        var answerStart = builder.Length;
        Append(builder, answer, escapeCloze: true);
        builder.Replace(":", "&#58;", answerStart, builder.Length - answerStart);
        builder.Append("}}");
        Append(builder, sentence[(at + blank.Length)..], escapeCloze: true);
        return builder.ToString();
    }

    /// <summary>The plain text Anki derives from field HTML for the sort field and checksum: tags removed, character references decoded.</summary>
    public static string ToPlainText(string html)
    {
        // A plain loop rather than a regex: it runs once per note, 10,000 times for a large deck.
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                inTag = c != '>';
            }
            else if (c == '<')
            {
                inTag = true;
            }
            else
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString();
        return text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    private static StringBuilder Append(StringBuilder builder, string text, bool escapeCloze)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '{' when escapeCloze: builder.Append("&#123;"); break;
                case '}' when escapeCloze: builder.Append("&#125;"); break;
                case '\n': builder.Append("<br>"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r': builder.Append("<br>"); break;
                case '\t': builder.Append(' '); break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }
}

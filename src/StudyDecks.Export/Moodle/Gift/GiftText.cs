using System.Text;

namespace StudyDecks.Export.Moodle.Gift;

/// <summary>
/// GIFT's escapes. A backslash before <c>~ = # { } :</c> or another backslash makes it an ordinary character, and
/// <c>\n</c> is a line break; everything else is itself. Moodle's importer undoes exactly these (its
/// <c>escapedchar_pre</c> and <c>escapedchar_post</c>).
/// </summary>
public static class GiftText
{
    /// <summary>The characters that mean something in GIFT and are written with a backslash before them.</summary>
    public const string Specials = "~=#{}:\\";

    /// <summary>
    /// <paramref name="text"/> with every special character escaped and every line break (LF, CRLF or CR) written as
    /// <c>\n</c>: the result is one line in which nothing can open an answer block, start feedback or end a title.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Specials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                builder.Append("\\n");
            }
            else if (c != '\r')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reads escaped text back as Moodle does: <c>\n</c> is a line break, a backslash before a special character drops.</summary>
    public static string Unescape(string escaped)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        var builder = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c == '\\' && i + 1 < escaped.Length && (escaped[i + 1] == 'n' || Specials.Contains(escaped[i + 1], StringComparison.Ordinal)))
            {
                i++;
                builder.Append(escaped[i] == 'n' ? '\n' : escaped[i]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

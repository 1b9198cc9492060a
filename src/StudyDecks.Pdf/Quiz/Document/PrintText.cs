using System.Text;

namespace StudyDecks.Pdf.Quiz.Document;

/// <summary>
/// Sets plain deck text as print expects it: straight quotes become curly ones, an apostrophe becomes ’,
/// a spaced hyphen becomes an en dash and three dots an ellipsis. Text already typeset passes through unchanged.
/// </summary>
public static class PrintText
{
    /// <summary>The text with print punctuation.</summary>
    public static string Typeset(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("\"'-.") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var opens = char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '“' or '‘';
            switch (c)
            {
                case '"':
                    builder.Append(opens ? '“' : '”');
                    break;
                case '\'':
                    builder.Append(opens && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) ? '‘' : '’');
                    break;
                case '-' when before == ' ' && i + 1 < text.Length && text[i + 1] == ' ':
                    builder.Append('–');
                    break;
                case '.' when i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.':
                    builder.Append('…');
                    i += 2;
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}

using System.Text;

namespace StudyDecks.Export.Anki;

/// <summary>Deck names and tags as Anki accepts them.</summary>
internal static class AnkiNames
{
    /// <summary>Used when a deck title has no usable character.</summary>
    public const string FallbackDeckName = "StudyDecks";

    /// <summary>
    /// The Anki deck name for a deck title: one line, trimmed, with <c>::</c> written as <c>:</c> because Anki would
    /// otherwise split the title into nested sub-decks ("History::Rome" becomes one deck named "History:Rome").
    /// </summary>
    public static string DeckName(string title)
    {
        var name = CollapseWhiteSpace(title);
        while (name.Contains("::", StringComparison.Ordinal))
        {
            name = name.Replace("::", ":", StringComparison.Ordinal);
        }

        return name.Length == 0 ? FallbackDeckName : name;
    }

    /// <summary>
    /// Card tags as Anki tags: white space becomes <c>_</c> (a space separates tags), quotes and control characters go,
    /// empty tags are dropped and case-insensitive duplicates (Anki's tags ignore case) keep their first spelling.
    /// </summary>
    public static IReadOnlyList<string> Tags(IEnumerable<string> tags)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var tag in tags)
        {
            var builder = new StringBuilder(tag.Length);
            foreach (var c in tag.Trim())
            {
                if (char.IsWhiteSpace(c))
                {
                    builder.Append('_');
                }
                else if (!char.IsControl(c) && c != '"')
                {
                    builder.Append(c);
                }
            }

            var clean = builder.ToString().Trim(':');
            if (clean.Length > 0 && seen.Add(clean))
            {
                result.Add(clean);
            }
        }

        return result;
    }

    private static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}

using System.Text;

namespace StudyDecks.Core.Articles;

/// <summary>White-space clean-up shared by the article readers.</summary>
internal static class TextNormalizer
{
    /// <summary>
    /// Trims, turns every run of white space (including no-break spaces and line breaks) into one space,
    /// and drops soft hyphens and zero-width characters, which only hide words from matching, and control characters
    /// (escape codes, bells), which would reach a terminal through the cards.
    /// </summary>
    public static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

using System.Text.RegularExpressions;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Generation.Kinds.Cloze;

/// <summary>
/// Turns a source sentence into a stand-alone stem: drops a leading discourse marker ("Indeed, ", "Notably, "),
/// drops a weekday that only the article's date explains ("in Rome on Monday" → "in Rome"), and, when the sentence
/// is too long, cuts a trailing clause that comes after the part asked about.
/// </summary>
internal static partial class SentenceStem
{
    /// <summary>
    /// The stem for <paramref name="sentence"/> with <c>[start, end)</c> replaced by <paramref name="replacement"/>,
    /// or <see langword="null"/> when the asked part would be cut away.
    /// </summary>
    public static string? Build(string sentence, int start, int end, string replacement)
    {
        const string Marker = "\u0001";
        var text = sentence[..start] + Marker + sentence[end..];
        text = Weekday().Replace(text, "");
        var opener = DiscourseMarker().Match(text);
        if (opener.Success)
        {
            text = text[opener.Length..];
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        if (Articles.WordCounter.Count(text) > CardLinter.MaximumStemWords)
        {
            var marker = text.IndexOf(Marker, StringComparison.Ordinal);
            foreach (Match clause in TrailingClause().Matches(text))
            {
                if (clause.Index > marker)
                {
                    text = text[..clause.Index] + ".";
                    break;
                }
            }
        }

        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? null : text[..at] + replacement + text[(at + Marker.Length)..];
    }

    [GeneratedRegex(@"^(?:Indeed|However|Notably|In addition|Additionally|Thus|Finally|Meanwhile|Rather|Moreover|Furthermore|Still|Yet|But|And|So|Also|Instead|Similarly|Likewise|As such|In fact|Of course|Nevertheless|Nonetheless|Therefore|Consequently|Importantly|Overall|First|Second|Third|Lastly),?\s+")]
    private static partial Regex DiscourseMarker();

    [GeneratedRegex(@",? on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[\s,.;])")]
    private static partial Regex Weekday();

    [GeneratedRegex(@",\s(?:which|while|making|including|as well as|who|where|leading|with|although|though|because|but|and)\b")]
    private static partial Regex TrailingClause();
}

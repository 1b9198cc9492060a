using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Generation;

/// <summary>The line a card shows above its question, so that it can be understood without the article.</summary>
internal static class ContextLine
{
    /// <summary>Longest context line kept whole; a longer title is cut at its first colon or dash when that leaves enough.</summary>
    private const int MaximumLength = 90;

    /// <summary>
    /// The article's title without a label of its kind of text, shortened to its first part when it is very long.
    /// </summary>
    public static string For(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var title = WithoutLabel(article.Title.Trim());
        if (title.Length <= MaximumLength)
        {
            return title;
        }

        foreach (var separator in TitleSeparators)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 20 && at <= MaximumLength)
            {
                return title[..at];
            }
        }

        return title;
    }

    /// <summary>
    /// The headline after a label of what kind of text it heads: "FACT SHEET: The Second International Counter
    /// Ransomware Initiative Summit" is about the summit, and "FACT SHEET" alone, left as a card's topic, says nothing
    /// (both blind reviewers of round 89).
    /// </summary>
    internal static string WithoutLabel(string title)
    {
        var at = title.IndexOf(": ", StringComparison.Ordinal);
        return at > 0 && IsLabel(title[..at]) && title[(at + 2)..].Trim() is { Length: > 0 } rest ? rest : title;
    }

    private static bool IsLabel(string part) => Analysis.Lexicon.Default.HeadlineLabels.Contains(part.Trim());

    /// <summary>
    /// Whether a part of a headline says who told the news, not what it is about: "Castro recovering following surgery:
    /// Cuban officials" is about Castro, and "Cuban officials" alone, left as a card's topic, says nothing (both blind
    /// reviewers of round 125). Such a part is short and ends with people in the plural.
    /// </summary>
    private static bool IsAttribution(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1];
        return words.Length <= 3 && last.Length > 3 && last[^1] == 's' && char.IsLower(last[0]) && Analysis.Lexicon.Default.IsPersonNoun(last);
    }

    /// <summary>
    /// Whether the line holds the name with no more of a name around it: "United States" is no topic of "The United
    /// States and the French Revolution", nor of "New Zealand and United States Security Treaty".
    /// </summary>
    private static bool IsWholeNameIn(string line, string name)
    {
        var at = line.IndexOf(name, StringComparison.Ordinal);
        if (at < 0 || line.IndexOf(name, at + 1, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var before = line[..at].TrimEnd();
        var after = line[(at + name.Length)..].TrimStart();
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        var next = after.Split(' ', 2)[0];
        // "al-Megrahi" after "Abdelbaset Ali" goes on with the name: a word with a capital inside it.
        return (previous.Length == 0 || previous[^1] is ':' or ';' || (char.IsLower(previous[0]) && previous is not ("and" or "of" or "for" or "&")))
            && (after.Length == 0 || !char.IsLetterOrDigit(after[0]) || (char.IsLower(next[0]) && !next.Any(char.IsUpper) && next is not ("and" or "of" or "for" or "de" or "&")));
    }

    /// <summary>
    /// The headline cut before a closing phrase that a preposition opens, longest first: "Joint Statement by the G7
    /// Announcing Further Economic Costs" of "… Costs on Russia". Only a part of three words or more that names something
    /// after its first word still says what the article is about.
    /// </summary>
    private static IEnumerable<string> PrefixesBeforePrepositions(string line)
    {
        var prepositions = Analysis.Lexicon.Default.HeadlinePrepositions;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        for (var i = words.Length - 2; i >= 3; i--)
        {
            if (prepositions.Contains(words[i]) && string.Join(' ', words[..i]) is var prefix && Analysis.WordSpans.NamesAfterFirstWord(prefix, orFigure: true)
                && char.IsLetterOrDigit(prefix[^1]))
            {
                yield return prefix;
            }
        }
    }

    /// <summary>Where a long title is cut to its first part: a colon or a dash.</summary>
    private static readonly string[] TitleSeparators = [": ", " – ", " — ", " - "];

    /// <summary>Where a headline divides into topics: a colon, a dash, or a semicolon between two statements.</summary>
    private static readonly string[] TopicSeparators = [.. TitleSeparators, "; "];

    /// <summary>
    /// Shorter topics taken from a context line, best first, for a card its whole line would give away: the parts
    /// a headline's colon or dash divides ("Super Bowl 50" of "Super Bowl 50: Denver Broncos defeat Carolina Panthers
    /// 24–10"), then the article's names of two words or more that the line holds, longest first ("2014 Brickyard 400"
    /// of "Jeff Gordon wins the 2014 Brickyard 400").
    /// </summary>
    public static IEnumerable<string> Topics(string line, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var separator in TopicSeparators)
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                foreach (var part in new[] { line[..at], line[(at + separator.Length)..] })
                {
                    if (part.Trim() is var topic && topic.Contains(' ', StringComparison.Ordinal) && !IsLabel(topic) && !IsAttribution(topic))
                    {
                        yield return topic;
                    }
                }

                break;
            }
        }

        foreach (var prefix in PrefixesBeforePrepositions(line))
        {
            yield return prefix;
        }

        foreach (var name in names.Where(name => name.Contains(' ', StringComparison.Ordinal) && IsWholeNameIn(line, name)).Distinct().OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal))
        {
            yield return name;
        }
    }
}

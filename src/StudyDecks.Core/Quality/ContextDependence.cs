using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Quality;

/// <summary>
/// Finds what ties a question to the article it came from (S10): a definite description whose referent is elsewhere
/// ("the ban", "the border dispute"), a demonstrative ("these countries"), a first-person plural ("we", "our"), a
/// discourse link ("also", "as a result"), an ordinal that counts from something earlier ("the next two batters").
/// Words inside quotations belong to the speaker and are not read.
/// </summary>
/// <remarks>
/// A description is resolved when the question itself says which (a name, a number or an "of …" phrase after it, a
/// capitalised word inside it: "the treaty with Tripoli", "the 1795 treaty", "the Iraqi government") or when the card's
/// context line names it ("the conference" under "The Madrid Conference, 1991").
/// </remarks>
internal static class ContextDependence
{
    /// <summary>"the next", "the latter": always count from something said before.</summary>
    private static readonly HashSet<string> RelativeOrdinals = new(StringComparer.OrdinalIgnoreCase) { "next", "following", "previous", "latter", "former", "remaining", "rest", "other", "same" };

    /// <summary>"the first game", "the second half": count from something said before when a back-reference noun follows.</summary>
    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase) { "first", "second", "third", "fourth", "fifth", "last", "final" };

    /// <summary>Words after a noun that say which one is meant.</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "of", "between", "with", "that", "which", "who", "whose", "known", "called", "named" };

    /// <summary>Prepositions that say which one is meant when a name, a number or a year follows them.</summary>
    private static readonly HashSet<string> NamingPrepositions = new(StringComparer.Ordinal) { "in", "on", "at", "to", "against", "from", "for", "by", "over", "about" };

    /// <summary>A short description of the first tie to the article, or <see langword="null"/> when the question stands alone.</summary>
    public static string? Find(string stem, string? context, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(stem);
        var words = Words(CardLinter.OutsideQuotes(stem));
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text;
            if (DiscourseLink(words, i, lexicon) is { } link)
            {
                return $"\"{link}\" ties it to an earlier sentence";
            }

            if (word is "we" or "We" or "us" or "our" or "Our" or "ours")
            {
                return $"\"{word}\" is someone outside the question";
            }

            if (word is "this" or "This" or "these" or "These" or "those" or "Those" && i + 1 < words.Count && words[i + 1].IsWord)
            {
                return $"\"{word} {words[i + 1].Text}\" points outside the question";
            }

            if (word is "the" or "The" && Description(words, i, context, lexicon) is { } description)
            {
                return $"\"{description}\" is not said in the question";
            }
        }

        return null;
    }

    private static string? DiscourseLink(List<Word> words, int at, Lexicon lexicon)
    {
        foreach (var entry in lexicon.DiscourseLinks)
        {
            var needsComma = entry[^1] == ',';
            var parts = (needsComma ? entry[..^1] : entry).Split(' ');
            if (at + parts.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < parts.Length && matches; k++)
            {
                matches = words[at + k].Text.Equals(parts[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches && (!needsComma || words[at + parts.Length - 1].CommaAfter))
            {
                return string.Join(' ', parts);
            }
        }

        return null;
    }

    /// <summary>"the ban" and the like, when nothing in the question or its context line says which.</summary>
    private static string? Description(List<Word> words, int the, string? context, Lexicon lexicon)
    {
        if (the + 1 >= words.Count || !words[the + 1].IsLower)
        {
            return null; // "the Iraqi government", "the 1795 treaty": a name or a number says which
        }

        var next = words[the + 1];
        if (RelativeOrdinals.Contains(next.Text))
        {
            return Qualified(words, the + 2) ? null : $"the {next.Text}";
        }

        if (Ordinals.Contains(next.Text))
        {
            if (the + 2 >= words.Count || !words[the + 2].IsWord)
            {
                return $"the {next.Text}";
            }

            var after = words[the + 2];
            var counted = after.IsLower && (lexicon.BackReferenceNouns.Contains(after.Bare) || lexicon.DurationUnits.Contains(after.Bare.TrimEnd('s')) || after.Text.EndsWith("ed", StringComparison.Ordinal));
            return counted && (after.CommaAfter || !Qualified(words, the + 3)) ? $"the {next.Text} {after.Text}" : null;
        }

        // Up to three lower-case words after "the": the description's head is the last back-reference noun of the run.
        var head = -1;
        for (var k = the + 1; k < words.Count && k <= the + 3 && words[k].IsLower; k++)
        {
            if (lexicon.BackReferenceNouns.Contains(words[k].Bare))
            {
                head = k;
            }
            else if (head >= 0)
            {
                break;
            }

            if (words[k].CommaAfter || words[k].Possessive)
            {
                break;
            }
        }

        if (head < 0 || (!words[head].CommaAfter && Qualified(words, head + 1)) || NamedInContext(words[head].Bare, context))
        {
            return null;
        }

        // ", the Treaty of Kanagawa": an apposition names it.
        if (words[head].CommaAfter && head + 1 < words.Count && (words[head + 1].IsCapitalised || words[head + 1].Text is "the" && head + 2 < words.Count && words[head + 2].IsCapitalised))
        {
            return null;
        }

        return string.Join(' ', words.GetRange(the, head - the + 1).Select(word => word.Bare));
    }

    /// <summary>Whether the words from <paramref name="at"/> say which one is meant: "of …", "with Tripoli", "in 1795".</summary>
    private static bool Qualified(List<Word> words, int at)
    {
        if (at >= words.Count)
        {
            return false;
        }

        var word = words[at].Text;
        if (Qualifiers.Contains(word))
        {
            return true;
        }

        return NamingPrepositions.Contains(word) && at + 1 < words.Count && (words[at + 1].IsCapitalised || char.IsDigit(words[at + 1].Text[0]));
    }

    private static bool NamedInContext(string noun, string? context)
    {
        if (string.IsNullOrEmpty(context))
        {
            return false;
        }

        foreach (var word in Words(context))
        {
            var bare = word.Bare;
            if (bare.Equals(noun, StringComparison.OrdinalIgnoreCase)
                || (bare.Length > 2 && noun.Length == bare.Length + 1 && noun.StartsWith(bare, StringComparison.OrdinalIgnoreCase) && noun[^1] == 's')
                || (noun.Length > 2 && bare.Length == noun.Length + 1 && bare.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && bare[^1] is 's' or 'S'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a text: letters, digits and inner apostrophes, hyphens and dots, with what follows each.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            words.Add(new Word(text[start..i], i < text.Length && text[i] == ','));
        }

        return words;
    }

    private readonly record struct Word(string Text, bool CommaAfter)
    {
        public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);

        public bool IsLower => IsWord && char.IsLower(Text[0]);

        public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

        public bool Possessive => Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal);

        /// <summary>The word without a possessive ending.</summary>
        public string Bare => Possessive ? Text[..^2] : Text;
    }
}

using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation.Repairs;

/// <summary>
/// "The treaty" becomes "the Treaty of Kanagawa", "the islands" "the Falkland Islands", "the planet" "the planet KELT-9b":
/// a definite description is given the one name the article itself gives things of its kind, so a question no longer
/// leans on the sentences around it. Only a kind the article has named once by the question's sentence is named: of two
/// treaties named before it, which one "the treaty" meant is not certain, and the description is left for the linter to
/// reject.
/// </summary>
internal static partial class ArticleNames
{
    private static readonly ConditionalWeakTable<ArticleAnalysis, Dictionary<string, NounNames>> NamesByNoun = [];

    /// <summary>
    /// The question with each description the linter finds unresolved written with its name, where the article has named
    /// one thing of its kind, and only one, by the question's <paramref name="sentence"/>.
    /// </summary>
    public static string Apply(string question, ArticleAnalysis analysis, Lexicon lexicon, int sentence)
    {
        // Most articles name no kind once, and most questions hold none of the nouns they do: the question is read word by
        // word only when it might be named.
        var names = NamesByNoun.GetValue(analysis, article => Collect(article, lexicon));
        if (!HoldsNamedNoun(question, names))
        {
            return question;
        }

        // A question seldom holds more than two descriptions; each pass names the first one left.
        for (var pass = 0; pass < 3 && Quality.ContextDependence.UnresolvedDescription(question, lexicon) is { } description; pass++)
        {
            var noun = description[(description.LastIndexOf(' ') + 1)..].ToLowerInvariant();
            var at = StemRepairs.WholeWord(question, description, outsideQuotations: true);

            // "Many of the new nations" are not the United Nations: a word before the noun says they are other ones.
            if (description.IndexOf(' ') != description.LastIndexOf(' '))
            {
                break;
            }

            // "to help finance the war", with the Franco-Austrian War named only paragraphs later: a description points back
            // to what was told, never ahead.
            if (!names.TryGetValue(noun, out var named) || named.For(sentence) is not { } naming || at < 0 || question.Contains(naming.Name, StringComparison.Ordinal))
            {
                break;
            }

            var the = description[..3];
            var written = naming.TakesNoArticle ? naming.Name : naming.HoldsNoun ? StemRepairs.WithArticle(the, naming.Name) : $"{the} {noun} {naming.Name}";
            question = string.Concat(question.AsSpan(0, at), written, question.AsSpan(at + description.Length));
        }

        return question;
    }

    private static bool HoldsNamedNoun(string question, Dictionary<string, NounNames> names)
    {
        foreach (var (noun, named) in names)
        {
            if (!named.Blocked && question.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name the article gives each back-reference noun it names once (for tests and diagnostics).</summary>
    internal static IReadOnlyDictionary<string, string> NamesOf(ArticleAnalysis analysis, Lexicon lexicon) =>
        NamesByNoun.GetValue(analysis, article => Collect(article, lexicon)).Where(entry => entry.Value.Only is not null).ToDictionary(entry => entry.Key, entry => entry.Value.Only!.Name, StringComparer.Ordinal);

    /// <summary>
    /// Each back-reference noun the article names things by, with every name it gives and where (or blocked when the
    /// article may mean another of the kind): from its names of events, laws, bodies and places of a kind ("Annapolis Conference" is a conference,
    /// "Treaty of Kanagawa" a treaty, "Falkland Islands" islands) and from its appositions ("an exoplanet, named
    /// KELT-9b", "the planet KELT-9b").
    /// </summary>
    private static Dictionary<string, NounNames> Collect(ArticleAnalysis analysis, Lexicon lexicon)
    {
        var names = new Dictionary<string, NounNames>(StringComparer.Ordinal);
        var placeHeads = lexicon.ReferenceWords["place-head"];
        var barePlaceHeads = lexicon.ReferenceWords["bare-place-head"];
        for (var index = 0; index < analysis.Mentions.Length; index++)
        {
            foreach (var mention in analysis.Mentions[index])
            {
                Collect(names, analysis, mention, index, lexicon, placeHeads, barePlaceHeads);
            }
        }

        foreach (var sentence in analysis.Sentences)
        {
            // "the Defeat-ISIS (D-ISIS) Coalition": the recogniser reads the name, the acronym and the head word apart, and
            // "the Coalition" would otherwise name nothing.
            foreach (Match bracketed in NameWithAcronymBeforeHead().Matches(sentence.Text))
            {
                var head = bracketed.Groups["head"].Value;
                var noun = head.ToLowerInvariant();
                var name = bracketed.Groups["name"].Value;
                if (IsNoun(noun, lexicon) && IsName(name, lexicon) && AcronymMatcher.Matches(bracketed.Groups["acronym"].Value, name))
                {
                    Add(names, noun, new Naming($"{name} {head}", HoldsNoun: true, sentence.Index));
                }
            }

            foreach (Match apposition in Apposition().Matches(sentence.Text))
            {
                var noun = apposition.Groups["noun"].Value;
                var name = apposition.Groups["name"].Value;
                if (!IsName(name, lexicon))
                {
                    continue;
                }

                if (IsNoun(noun, lexicon))
                {
                    Add(names, noun, new Naming(name, HoldsNoun: false, sentence.Index));
                }

                // "an exoplanet, named KELT-9b" is then "the planet": a compound's last word is its kind.
                for (var cut = 2; cut <= noun.Length - 4; cut++)
                {
                    if (IsNoun(noun[cut..], lexicon))
                    {
                        Add(names, noun[cut..], new Naming(name, HoldsNoun: false, sentence.Index));
                        break;
                    }
                }
            }
        }

        return WithoutOthersOfTheirKind(names, analysis);
    }

    /// <summary>
    /// Files the name of an event, law, body or place of a kind under the noun that says its kind ("Annapolis Conference"
    /// under "conference"), or blocks the noun when the name leaves another of its kind open.
    /// </summary>
    private static void Collect(Dictionary<string, NounNames> names, ArticleAnalysis analysis, Mention mention, int sentence, Lexicon lexicon, FrozenSet<string> placeHeads, FrozenSet<string> barePlaceHeads)
    {
        if (PresidentNamed(analysis.Article.Text, mention) is { } president)
        {
            Add(names, "president", new Naming(president, HoldsNoun: true, sentence) { TakesNoArticle = true });
            return;
        }

        var name = mention.Text;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !char.IsUpper(name[0]))
        {
            return;
        }

        // Only a name of an event, law, body or a place of a kind ("Falkland Islands") says what it is by its noun:
        // "United States" is no kind of states, "U.S. President" no one president.
        var last = name[(name.LastIndexOf(' ') + 1)..];
        var head = lexicon.EventHead(name) ?? (lexicon.OrganizationWords.Contains(last) ? last : null);
        // "Tiananmen Square" takes no "the", where "the Falkland Islands" does.
        var ofPlace = head is null && mention.ResolvedKind is MentionKind.Place or MentionKind.Name;
        var bare = ofPlace && barePlaceHeads.Contains(last.ToLowerInvariant());
        var placeHead = bare || (ofPlace && placeHeads.Contains(last.ToLowerInvariant()));
        head ??= placeHead ? last : null;
        var first = name[..space];
        if (head is null || !(placeHead || IsNoun(head.ToLowerInvariant(), lexicon)))
        {
            return;
        }

        // A name cut short ("World War" of "World War I") is still another of the kind: which one "the war" is, is not
        // certain. And "the government" beside "the British Government" may be any nation's: a name that opens with a
        // people or a place says whose, and the article may speak of others'. A place named after another ("the Ottawa
        // River") is still the one river the article names.
        if (!IsWhole(analysis.Article.Text, mention.Start, mention.End, lexicon) || lexicon.Demonyms.ContainsKey(first) || (!placeHead && lexicon.Places.ContainsKey(first))
            || first.Contains('.', StringComparison.Ordinal))
        {
            Of(names, head.ToLowerInvariant()).Blocked = true;
            return;
        }

        Add(names, head.ToLowerInvariant(), new Naming(name, HoldsNoun: true, sentence) { TakesNoArticle = bare });
    }

    /// <summary>
    /// "President Joe Biden" for a person the article titles president ("President Biden", "U.S. President Joe Biden"):
    /// in a release of his office "the President" later is he, when the article titles no other person so ("President
    /// Lula" beside him leaves it open). Not "Vice President Harris", nor "former President Obama", who is no longer.
    /// </summary>
    private static string? PresidentNamed(string text, Mention mention)
    {
        const string Title = "President ";
        if (mention.ResolvedKind != MentionKind.Person && !mention.Text.StartsWith(Title, StringComparison.Ordinal))
        {
            return null;
        }

        var titleAt = mention.Text.StartsWith(Title, StringComparison.Ordinal) ? mention.Start
            : text.AsSpan(0, mention.Start).EndsWith(Title, StringComparison.Ordinal) ? mention.Start - Title.Length : -1;
        if (titleAt < 0 || text.AsSpan(0, titleAt).TrimEnd(' ') is var before && (before.EndsWith("Vice", StringComparison.Ordinal) || before.EndsWith("former", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return Title + (mention.Entity?.Name ?? mention.Text[Title.Length..]);
    }

    /// <summary>
    /// The nouns of <paramref name="names"/>, with those the article also uses for another of their kind ("a treaty with
    /// Morocco", "two treaties") marked as naming more than one.
    /// </summary>
    private static Dictionary<string, NounNames> WithoutOthersOfTheirKind(Dictionary<string, NounNames> names, ArticleAnalysis analysis)
    {
        // "a treaty with Morocco", "two treaties", "fan-based groups": the article speaks of more than the one it names,
        // and "the treaty" may be another. A predicate ("KELT-9 is a blue A-type star") says what something is, not that
        // there is another.
        if (!names.Values.Any(named => !named.Blocked))
        {
            return names;
        }

        // Only a sentence holding one of the named nouns, or its plural ("treaties" holds "treat"), is read further.
        // A short noun is its own stem: "se" of "sea" would send every sentence to be read.
        var stems = names.Where(entry => !entry.Value.Blocked).Select(entry => entry.Key.Length > 4 ? entry.Key[..^1] : entry.Key).ToArray();
        foreach (var sentence in analysis.Sentences)
        {
            if (!stems.Any(stem => sentence.Text.Contains(stem, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var text = sentence.Text.AsSpan().IndexOfAny('"', '“') >= 0 ? Quality.CardLinter.OutsideQuotes(sentence.Text) : sentence.Text;
            foreach (Match plural in PluralNoun().Matches(text))
            {
                // "unlike some other stars such as our own Sun": others set against the one named, never what "the star" means.
                if (text.AsSpan(0, plural.Index).EndsWith("other ", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var singular in Singulars(plural.Value))
                {
                    if (names.TryGetValue(singular, out var named))
                    {
                        named.Blocked = true;
                    }
                }
            }

            foreach (Match introduced in Introduction().Matches(text))
            {
                if (introduced.Groups["named"].Success)
                {
                    continue;
                }

                foreach (var noun in introduced.Groups["words"].Value.Split(' '))
                {
                    if (SaysWhatTheNameBeforeIs(text, introduced.Index, noun))
                    {
                        continue;
                    }

                    foreach (var form in Singulars(noun).Prepend(noun))
                    {
                        if (names.TryGetValue(form, out var named))
                        {
                            named.Blocked = true;
                        }
                    }
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Whether the mention is a whole name, not the end of a longer one the recogniser cut ("Viña del Mar International
    /// Festival" read as "International Festival") nor the start ("World War II" read as "World War").
    /// </summary>
    private static bool IsWhole(string text, int start, int end, Lexicon lexicon)
    {
        if (end < text.Length && NameGoesOn().IsMatch(text.AsSpan(end)))
        {
            return false;
        }

        var before = text.AsSpan(0, start).TrimEnd(' ');
        var wordStart = before.Length;
        while (wordStart > 0 && char.IsLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        // A capitalised word before it is part of the name ("the Second World War"), unless it opens the sentence and
        // never opens a name ("In").
        var word = before[wordStart..];
        var opensSentence = before[..wordStart].TrimEnd(' ') is var earlier && (earlier.IsEmpty || earlier[^1] is '.' or '!' or '?' or '\n' or '"' or '“');
        return word.IsEmpty || !(char.IsUpper(word[0]) || word is "de" or "del" or "la" or "von" or "van" or "of" or "and")
            || (opensSentence && lexicon.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
    }

    /// <summary>
    /// Whether the phrase at <paramref name="at"/> follows a name holding its noun, set off by a comma to say what that is
    /// ("the Treaty of Versailles, a treaty that ended World War I"): the same one, not another of its kind.
    /// </summary>
    private static bool SaysWhatTheNameBeforeIs(string text, int at, string noun)
    {
        if (at < 2 || text[at - 2] != ',' || text[at - 1] != ' ')
        {
            return false;
        }

        // The name is the run of capitalised words (and their "of"s) that ends at the comma.
        var words = text[..(at - 2)].Split(' ');
        for (var k = words.Length - 1; k >= 0 && words[k].Length > 0 && (char.IsUpper(words[k][0]) || words[k] is "of" or "and"); k--)
        {
            if (words[k].Length == noun.Length && char.IsUpper(words[k][0]) && words[k].EndsWith(noun[1..], StringComparison.Ordinal) && char.ToLowerInvariant(words[k][0]) == noun[0])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a word ending in "s" may be the plural of: "treaties" of "treaty", "matches" of "match", "wars" of "war".</summary>
    private static IEnumerable<string> Singulars(string word)
    {
        if (word.Length < 4 || !word.EndsWith('s'))
        {
            yield break;
        }

        yield return word[..^1];
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }
        else if (word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }
    }

    private static void Add(Dictionary<string, NounNames> names, string noun, Naming naming) => Of(names, noun).Namings.Add(naming);

    private static NounNames Of(Dictionary<string, NounNames> names, string noun)
    {
        if (!names.TryGetValue(noun, out var named))
        {
            names[noun] = named = new NounNames();
        }

        return named;
    }

    private static bool IsNoun(string noun, Lexicon lexicon) => lexicon.BackReferenceNouns.Contains(noun);

    /// <summary>A name, not a word that happens to be capitalised: not a month, a demonym or a word that opens sentences.</summary>
    private static bool IsName(string name, Lexicon lexicon)
    {
        var first = name.Split(' ')[0];
        return !lexicon.FunctionWords.Contains(first) && !lexicon.Months.ContainsKey(first) && !lexicon.Demonyms.ContainsKey(first);
    }

    /// <summary>
    /// Every name the article gives things of one kind, each time it gives it, and whether the kind may mean a thing it
    /// never names ("a treaty with Morocco", "two treaties", "the government" beside "the British Government").
    /// </summary>
    private sealed class NounNames
    {
        public List<Naming> Namings { get; } = [];

        public bool Blocked { get; set; }

        /// <summary>The one name of the kind, when the article gives only one and may mean no other.</summary>
        public Naming? Only => For(int.MaxValue);

        /// <summary>
        /// What the description in <paramref name="sentence"/> means: the one name of its kind the article has given by
        /// then. A description points back, so a name given later is no other it could mean ("The Treaty required …"
        /// after the Treaty of Versailles, with the Treaty of Berlin named paragraphs on); two given by then leave it open.
        /// </summary>
        public Naming? For(int sentence)
        {
            Naming? first = null;
            foreach (var naming in Namings)
            {
                if (naming.Sentence > sentence)
                {
                    continue;
                }

                if (first is not null && first.Name != naming.Name)
                {
                    return null;
                }

                first = first is null || naming.Sentence < first.Sentence ? naming : first;
            }

            return Blocked ? null : first;
        }
    }

    /// <param name="Name">The name as the article writes it.</param>
    /// <param name="HoldsNoun">Whether the name holds the noun ("Annapolis Conference") or follows it ("the planet KELT-9b").</param>
    /// <param name="Sentence">The sentence that gives the name: a description before it cannot mean it.</param>
    private sealed record Naming(string Name, bool HoldsNoun, int Sentence)
    {
        /// <summary>Whether the name stands without "the": a title and a person's name ("President Joe Biden"), a square ("Tiananmen Square").</summary>
        public bool TakesNoArticle { get; init; }
    }

    // "an exoplanet, named KELT-9b", "the planet KELT-9b", "its star, KELT-9": a noun and the name put beside it. A name
    // of words ends the clause, or follows "named" ("after the race Hamlin said", "After the match, Hernan Dario Gomez,
    // Panama coach, said" are two clauses, not a race or a match of that name); a catalogue name holds a digit.
    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?<noun>\p{Ll}+)(?:(?:,? (?:named|called|dubbed)|,)? (?<name>\p{Lu}[\p{L}’'-]*\d[\p{L}\d’'-]*)|,? (?:named|called|dubbed) (?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)(?=[,.;:)]|$)|,? (?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)(?=[.;:)]|$))")]
    private static partial Regex Apposition();

    // "the Defeat-ISIS (D-ISIS) Coalition": a name, its acronym in brackets, then the head word of the body or event.
    [GeneratedRegex(@"\b[Tt]he (?<name>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}) \((?<acronym>\p{Lu}[\p{Lu}\d-]{1,9})\) (?<head>\p{Lu}\p{Ll}+)\b")]
    private static partial Regex NameWithAcronymBeforeHead();

    // " II", " 2", "-B", " of Seven": a numeral, a letter or an "of" phrase that continues a name.
    [GeneratedRegex(@"^(?:\s(?:[IVX]+|\d+)\b|-\p{Lu}|\sof\s\p{Lu})")]
    private static partial Regex NameGoesOn();

    [GeneratedRegex(@"\b\p{Ll}{3,}s\b")]
    private static partial Regex PluralNoun();

    // "a treaty with Morocco", "two treaties", "another war": one more of a kind, not after "is", "was" or "as".
    [GeneratedRegex(@"(?<!\b(?:is|was|are|were|be|been|become|became|as) )\b(?:[Aa]n?|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Bb]oth) (?<words>\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2})\b(?<named>,? (?:named|called|dubbed)\b|,? \p{Lu}[\p{L}’'-]*\d)?")]
    private static partial Regex Introduction();
}

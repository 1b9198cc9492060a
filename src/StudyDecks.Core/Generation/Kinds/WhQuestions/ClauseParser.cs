using System.Collections.Frozen;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// Splits a plain one-clause statement into lead, subject, verb and remainder, without a full parser: the subject is a
/// noun phrase without commas, pronouns or relative words, the verb is an auxiliary or a verb of the lexicon. Whatever
/// does not fit that shape gives <see langword="null"/>: a question that cannot be turned safely is not asked.
/// </summary>
internal static partial class ClauseParser
{
    /// <summary>The longest subject taken for a noun phrase, in words.</summary>
    private const int MaximumSubjectWords = 12;

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.Ordinal, "is", "are", "was", "were");

    private static readonly FrozenSet<string> HaveForms = FrozenSet.Create(StringComparer.Ordinal, "has", "have", "had");

    private static readonly FrozenSet<string> Modals = FrozenSet.Create(StringComparer.Ordinal, "will", "would", "can", "could", "may", "might", "shall", "should", "must");

    /// <summary>Words that make a clause more than one plain clause, or that a subject noun phrase never holds.</summary>
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "who", "whom", "whose", "which", "that", "where", "when", "while", "whereas", "if", "unless", "because", "although", "though", "as",
        "since", "until", "whether", "do", "does", "did", "not", "never", "this", "these", "those", "such", "said", "says", "told");

    /// <summary>First words that leave a subject's referent outside the sentence or make it no noun phrase at all.</summary>
    private static readonly FrozenSet<string> VagueOpeners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "i", "you", "one", "some", "many", "most", "both", "all", "each", "another", "other", "others", "several", "few", "here", "much",
        "any", "no", "none", "neither", "either", "what", "how", "why", "to", "for", "with", "without", "according", "despite", "yet",
        "but", "and", "or", "so", "only", "even", "also", "just", "later", "earlier", "then", "now", "instead", "still", "once", "after",
        "before", "during", "in", "on", "at", "by", "from", "of", "under", "over", "there", "former", "latter", "same");

    private static readonly FrozenSet<string> NotBaseVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "the", "a", "an", "to", "of", "in", "on", "at", "for", "from", "by", "with", "its", "their", "his", "her", "our", "more", "less", "than", "and", "or");

    private static readonly FrozenSet<string> LooseAdverbs = FrozenSet.Create(
        StringComparer.Ordinal, "also", "still", "already", "then", "later", "again", "now", "first", "jointly", "together", "once");

    /// <summary>The clause of <paramref name="body"/> (a statement without its final period), or <see langword="null"/>.</summary>
    public static Clause? Parse(string body, Lexicon lexicon)
    {
        string? lead = null;
        var rest = body;
        if (LeadPreposition().IsMatch(body))
        {
            var comma = LeadComma(body);
            if (comma < 0)
            {
                return null;
            }

            lead = body[..comma];
            rest = body[(comma + 2)..];
            if (Words(lead).Exists(word => ClauseWords.Contains(word) || lexicon.Pronouns.Contains(word)) || Words(lead).Count > 12)
            {
                return null;
            }

            // "Under Spanish colonial rule for most of the modern era, Equatorial Guinea gained independence": a span the
            // event ended is background, and moved after the verb it says the opposite.
            if (BackgroundSpan().IsMatch(lead))
            {
                return null;
            }

            // "In 1794, in response to Algerian seizures, Congress authorized …": a second fronted phrase only says why or
            // how; the statement holds without it, and the question reads plainly.
            if (SecondLead().Match(rest) is { Success: true } second && !second.Value.Contains(WhQuestionWriter.Slot, StringComparison.Ordinal)
                && !Words(second.Value).Exists(word => ClauseWords.Contains(word) || lexicon.Pronouns.Contains(word) || YearAhead().IsMatch(word)))
            {
                rest = rest[second.Length..];
            }
        }

        var tokens = Words(rest);
        if (tokens.Count < 3)
        {
            return null;
        }

        return tokens[0] is "There" or "there" ? Existential(lead, tokens) : Ordinary(lead, tokens, lexicon);
    }

    /// <summary>Words and commas of <paramref name="text"/>, a comma as a token of its own.</summary>
    public static List<string> Words(string text)
    {
        // Sized once from the split, not grown word by word: a clause is parsed for every mention of every sentence.
        return [.. text.Replace(", ", " , ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Tokens back into text: single spaces, no space before a comma.</summary>
    public static string Text(IEnumerable<string> words) => string.Join(' ', words).Replace(" ,", ",", StringComparison.Ordinal);

    /// <summary>Whether a word is a form of "be" or "have" or a modal: a finite verb whatever else it could be.</summary>
    public static bool IsAuxiliary(string word) => BeForms.Contains(word) || HaveForms.Contains(word) || Modals.Contains(word);

    /// <summary>Whether a word is a modal verb ("can", "must", "will").</summary>
    public static bool IsModal(string word) => Modals.Contains(word);

    /// <summary>Whether a word is a verb form a clause can turn on (auxiliary or listed finite verb).</summary>
    public static bool IsFinite(string word, Lexicon lexicon) =>
        IsAuxiliary(word) || lexicon.VerbsByPast.ContainsKey(word) || lexicon.VerbsByThirdPerson.ContainsKey(word);

    private static Clause? Existential(string? lead, List<string> tokens)
    {
        // "There were 31,000 fighters in the camp" / "There have been 12 attacks".
        if (BeForms.Contains(tokens[1]))
        {
            return new Clause(lead, "there", "", new VerbGroup(VerbShape.Copula, tokens[1], "", null), Text(tokens.Skip(2)));
        }

        return HaveForms.Contains(tokens[1]) && tokens[2] == "been"
            ? new Clause(lead, "there", "", new VerbGroup(VerbShape.Auxiliary, tokens[1], "been", null), Text(tokens.Skip(3)))
            : null;
    }

    private static Clause? Ordinary(string? lead, List<string> tokens, Lexicon lexicon)
    {
        var first = tokens[0];
        if (VagueOpeners.Contains(first) || lexicon.Pronouns.Contains(first) || ClauseWords.Contains(first))
        {
            return null;
        }

        var verbAt = -1;
        for (var i = 1; i < tokens.Count && i <= MaximumSubjectWords + 2; i++)
        {
            var word = tokens[i];
            // "the Pasha of Tripoli, Yusuf Qaramanli, declared war": a name set off after the subject says who it is,
            // and stays in the question between its commas.
            if (word == "," && AppositiveNameEnd(tokens, i, lexicon) is var end and > 0)
            {
                // "…, Yusuf Qaramanli, citing late payments of tribute, declared": the name keeps its closing comma.
                if (ParticipleAsideEnd(tokens, end, lexicon) is var nameAsideEnd and > 0)
                {
                    tokens = [.. tokens.Take(end + 1), .. tokens.Skip(nameAsideEnd + 1)];
                }

                i = end;
                continue;
            }

            // "the Pasha of Tripoli, citing late payments of tribute, demanded …": a participle phrase between the
            // subject and its verb says why or how; the statement holds without it, and the question leaves it out.
            if (word == "," && ParticipleAsideEnd(tokens, i, lexicon) is var asideEnd and > 0)
            {
                tokens = [.. tokens.Take(i), .. tokens.Skip(asideEnd + 1)];
                i--;
                continue;
            }

            if (word == "," || ClauseWords.Contains(word) || (i > 0 && word.Contains(WhQuestionWriter.Slot, StringComparison.Ordinal)))
            {
                return null;
            }

            // "a coordinated attack": a participle after a determiner is an adjective, not the verb.
            if (IsFinite(word, lexicon) && !Determiners.Contains(tokens[i - 1]))
            {
                verbAt = i;
                break;
            }

            // "Dey Muhammad of Algiers declared war … and captured …": a past form right after a name is a verb the
            // lexicon does not list; taking it into the subject would leave it in the past after "did".
            if (UnlistedPast().IsMatch(word) && char.IsUpper(tokens[i - 1][0]))
            {
                return null;
            }
        }

        if (verbAt < 0)
        {
            return null;
        }

        var subjectEnd = verbAt;
        while (subjectEnd > 1 && IsAdverb(tokens[subjectEnd - 1]))
        {
            subjectEnd--;
        }

        var subject = tokens.GetRange(0, subjectEnd);
        if (subject.Count > MaximumSubjectWords || subject.Exists(word => word is "this" or "these" or "those" or "it" or "they" or "he" or "she" or "we" or "them" or "him"))
        {
            return null;
        }

        var (verb, next) = VerbAt(tokens, verbAt, lexicon);
        if (verb is null || Ambiguous(tokens, next, lexicon))
        {
            return null;
        }

        return new Clause(lead, Text(subject), Text(tokens.GetRange(subjectEnd, verbAt - subjectEnd)), verb, Text(tokens.Skip(next)));
    }

    /// <summary>
    /// The index of the comma closing a person's or body's name set off by the comma at <paramref name="comma"/>, before
    /// the verb: one to five words, the first and last capitalised, the rest capitalised or joining words ("Victor
    /// Collot", "Yusuf Qaramanli", "Abu Bakr al-Baghdadi"); -1 when the words between the commas are anything else.
    /// </summary>
    private static int AppositiveNameEnd(List<string> tokens, int comma, Lexicon lexicon)
    {
        var close = tokens.IndexOf(",", comma + 1);
        var length = close - comma - 1;
        if (close < 0 || length is < 1 or > 5 || close + 1 >= tokens.Count)
        {
            return -1;
        }

        var name = tokens.GetRange(comma + 1, length);
        return IsCapitalizedWord(name[0]) && IsCapitalizedWord(name[^1])
            && name.TrueForAll(word => IsCapitalizedWord(word) || lexicon.NameParticles.Contains(word) || word.StartsWith("al-", StringComparison.Ordinal))
            ? close
            : -1;
    }

    /// <summary>
    /// The index of the comma closing a participle phrase opened by the comma at <paramref name="comma"/> ("citing late
    /// payments of tribute"), when a finite verb follows it; -1 otherwise. Not a phrase holding the answer.
    /// </summary>
    private static int ParticipleAsideEnd(List<string> tokens, int comma, Lexicon lexicon)
    {
        if (comma + 1 >= tokens.Count || !Participle().IsMatch(tokens[comma + 1]) || !tokens[comma + 1].EndsWith("ing", StringComparison.Ordinal)
            || NonParticiple().IsMatch(tokens[comma + 1]))
        {
            return -1;
        }

        var close = tokens.IndexOf(",", comma + 1);
        return close > 0 && close + 1 < tokens.Count && IsFinite(tokens[close + 1], lexicon)
            && !tokens.Skip(comma + 1).Take(close - comma - 1).Any(word => word.Contains(WhQuestionWriter.Slot, StringComparison.Ordinal) || ClauseWords.Contains(word))
            ? close
            : -1;
    }

    /// <summary>
    /// Words in -ing that open no participle phrase between a subject and its verb: the trimming's non-participles
    /// ("during", "nothing"), and prepositions whose phrase names members or a source ("including", "according to").
    /// </summary>
    [GeneratedRegex("^(?:" + Repairs.StemTrimming.NotParticiples + "|including|according|following|regarding|concerning|notwithstanding)$")]
    private static partial Regex NonParticiple();

    private static bool IsCapitalizedWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !word.Contains(WhQuestionWriter.Slot, StringComparison.Ordinal) && word.Any(char.IsLower);

    /// <summary>The verb group starting at <paramref name="at"/> and the index just past it.</summary>
    private static (VerbGroup? Verb, int Next) VerbAt(List<string> tokens, int at, Lexicon lexicon)
    {
        var finite = tokens[at];
        if (lexicon.VerbsByPast.TryGetValue(finite, out var past))
        {
            return (new VerbGroup(VerbShape.SimplePast, finite, "", past), at + 1);
        }

        if (lexicon.VerbsByThirdPerson.TryGetValue(finite, out var present))
        {
            return (new VerbGroup(VerbShape.SimplePresent, finite, "", present), at + 1);
        }

        var chain = new List<string>();
        var index = at + 1;
        var modal = Modals.Contains(finite);
        while (index < tokens.Count)
        {
            var word = tokens[index];
            if (word is "not" or "never" or "n’t")
            {
                return (null, index);
            }

            // After a modal the first verb is a base form, any plain lower-case word that is no function word: "will provide".
            var baseAfterModal = modal && !chain.Exists(IsVerbal) && word.All(char.IsLower) && !NotBaseVerbs.Contains(word);
            if (modal && IsAdverb(word) && !chain.Exists(IsVerbal))
            {
                chain.Add(word);
                index++;
                continue;
            }

            var verbal = word is "been" or "being" or "be" || lexicon.VerbsByParticiple.ContainsKey(word) || Participle().IsMatch(word) || baseAfterModal;
            if (verbal)
            {
                chain.Add(word);
                index++;
            }
            else if (IsAdverb(word) && index + 1 < tokens.Count && (tokens[index + 1] is "been" or "being" or "be" || lexicon.VerbsByParticiple.ContainsKey(tokens[index + 1]) || Participle().IsMatch(tokens[index + 1])))
            {
                chain.Add(word);
                index++;
            }
            else
            {
                break;
            }
        }

        bool IsVerbal(string word) => !IsAdverb(word);

        if (modal)
        {
            return !chain.Exists(IsVerbal) ? (null, index) : (new VerbGroup(VerbShape.Auxiliary, finite, Text(chain), null), index);
        }

        if (chain.Count > 0)
        {
            return (new VerbGroup(VerbShape.Auxiliary, finite, Text(chain), null), index);
        }

        if (BeForms.Contains(finite))
        {
            return (new VerbGroup(VerbShape.Copula, finite, "", null), index);
        }

        // "had risen": a participle the lexicon does not know would read as "have" owning something; only an object
        // that plainly starts a noun phrase makes "have" the main verb.
        return index < tokens.Count && (tokens[index] == WhQuestionWriter.Slot || Determiners.Contains(tokens[index]) || char.IsDigit(tokens[index][0]))
            ? (new VerbGroup(VerbShape.Possession, finite, "", null), index)
            : (null, index);
    }

    /// <summary>
    /// "The meeting held in Rome was attended by …": a second finite verb before any comma or conjunction means the first
    /// was part of the subject; the clause is not the plain shape it seemed. So does a past form right after a name:
    /// in "twin NASA rovers named Spirit and Opportunity touched down" the verb is "touched", and "named" names the rovers
    /// (both blind reviewers of set 29: "When did twin NASA rovers name Spirit and Opportunity touched down …?").
    /// </summary>
    private static bool Ambiguous(List<string> tokens, int from, Lexicon lexicon)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            var word = tokens[i];
            // "Spirit and Opportunity": an "and" between two names joins the names, not two clauses.
            var joinsNames = word == "and" && i > from && i + 1 < tokens.Count && char.IsUpper(tokens[i - 1][0]) && char.IsUpper(tokens[i + 1][0]);
            if (!joinsNames && word is "," or "and" or "or" or "but" or "who" or "which" or "that" or "when" or "while" or "because" or "after" or "before")
            {
                return false;
            }

            // "The two convicted reportedly murdered Aitchison": a past form after the verb and an adverb is the verb, and
            // the one taken for it ends the subject (both blind reviewers of round 101 rejected "did the two convict reportedly
            // murdered").
            if (BeForms.Contains(word) || HaveForms.Contains(word) || Modals.Contains(word)
                || (i > from && (char.IsUpper(tokens[i - 1][0]) || (i == from + 1 && IsAdverb(tokens[from]) && !LooseAdverbs.Contains(tokens[from]))) && lexicon.IsPastForm(word)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAdverb(string word) => LooseAdverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && word.All(char.IsLower) && word is not "only" and not "early" and not "family" and not "july" and not "italy" and not "ally");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "newly", "recently", "jointly");

    /// <summary>The comma that ends a fronted phrase, not the one inside a date ("June 27, 2021, …"); -1 when none.</summary>
    private static int LeadComma(string body)
    {
        for (var at = body.IndexOf(", ", StringComparison.Ordinal); at >= 0; at = body.IndexOf(", ", at + 2, StringComparison.Ordinal))
        {
            if (!YearAhead().IsMatch(body.AsSpan(at + 2)))
            {
                return at;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?:In|On|At|During|By|Since|After|Before|Throughout|Following|Under|From|Until|Within) ")]
    private static partial Regex LeadPreposition();

    [GeneratedRegex(@"^\d{4}\b")]
    private static partial Regex YearAhead();

    [GeneratedRegex(@"\bfor (?:most|much|the better part) of\b|\bfor (?:centuries|decades|generations)\b")]
    private static partial Regex BackgroundSpan();

    [GeneratedRegex(@"^(?:in response to|in reply to|in retaliation for|in an effort to|in an attempt to|despite|amid|with the support of|under pressure from) [^,]{3,80}, (?=\p{Lu})")]
    private static partial Regex SecondLead();

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}-]*(?:ed|ing)$")]
    private static partial Regex Participle();

    [GeneratedRegex(@"^\p{Ll}{3,}ed$")]
    private static partial Regex UnlistedPast();
}

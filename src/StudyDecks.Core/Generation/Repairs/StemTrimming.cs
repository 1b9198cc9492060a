using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Generation.Repairs;

/// <summary>
/// Drops from every fill-in stem a clause after a semicolon that follows the blank (not a list's items, not inside a
/// quotation). Then shortens a stem longer than the linter allows (S6) by dropping what trails its main clause after the blank:
/// a participle phrase ("…, seeking to re-establish regular trade …"), a relative clause ("…, which produced …") or a
/// summing-up apposition ("…, a decision that effectively signaled …"). Only a phrase that opens after a comma past the
/// blank, outside any quotation, and runs to the end with no further comma goes (a phrase followed by a comma may be an
/// aside before the main verb: "The annexation of California, creating an American port on the Pacific, ensured …"),
/// and only as much as brings the stem within the limit: the rest of the sentence states the fact asked, whole. A
/// participle of speech ("…, saying …") carries what was said, and stays. Failing those, a purpose it ends on goes ("… in the
/// hopes that …", "… as part of …"); then a second independent clause after
/// the blank goes ("…; and Tunisia lost …", "… and Japan will provide …", "…, and that made …"), unless the semicolon
/// separates a list's items.
/// </summary>
internal static partial class StemTrimming
{
    /// <summary>The stem, shortened where it is too long and a trailing phrase can go; otherwise as it was.</summary>
    public static string Trim(string stem, Lexicon lexicon)
    {
        var blank = stem.IndexOf(Card.Blank, StringComparison.Ordinal);
        if (blank < 0)
        {
            return stem;
        }

        var end = stem[^1] is '.' or '!' or '?' ? stem[^1].ToString() : ".";

        // "… three finals, in _____, 2015 and 2017; but lost to AC Milan …": what follows a semicolon after the blank is a
        // statement of its own, often a fragment leaning on the first ("; principally, noted Haaretz, families of …"); the
        // clause with the blank stands alone (both blind reviewers of set 43 rejected such stems as ungrammatical).
        var semicolon = stem.IndexOf("; ", blank + Card.Blank.Length, StringComparison.Ordinal);
        if (semicolon > 0 && !CardLinter.InsideQuotation(stem, semicolon) && !InList(stem, semicolon) && end == ".")
        {
            stem = stem[..semicolon] + end;
        }

        if (WordCounter.Count(stem) <= CardLinter.MaximumStemWords)
        {
            return stem;
        }

        return ShortenedAfterBlank(stem, blank + Card.Blank.Length, end, lexicon) ?? stem;
    }

    /// <summary>
    /// The long stem cut at a trailing phrase, else at a purpose it ends on, else before a second clause, or
    /// <see langword="null"/> when no cut brings it within the limit. Apart from <see cref="Trim"/>, so that only a long
    /// stem pays for the checks' closures.
    /// </summary>
    private static string? ShortenedAfterBlank(string stem, int afterBlank, string end, Lexicon lexicon) =>
        LatestCut(stem, afterBlank, end, TrailingPhrase().Matches(stem), cut => stem.IndexOf(',', cut.Index + 1) < 0 && !IsSpeechParticiple(cut.Groups["word"].Value, lexicon))
        // "… in _____ at the Geneva Conference in the hopes that such a meeting would result in …": a purpose the sentence
        // ends on says why, not what happened, and the question is whole without it. A bare "to" and a verb is left: after
        // a verb or a noun it is what was agreed or asked ("urged Japan to …", "the right to …"), not why.
        ?? LatestCut(stem, afterBlank, end, PurposePhrase().Matches(stem), cut => stem.IndexOf(',', cut.Index + 1) < 0)
        // "… on a future Artemis mission and Japan will provide …", "…; and Tunisia lost 1 – 2 to England": a second
        // independent clause after the blank states a fact of its own, and the question is whole without it.
        ?? LatestCut(stem, afterBlank, end, SecondClause().Matches(stem), cut => !InList(stem, cut.Index));

    /// <summary>
    /// The stem cut at the latest of <paramref name="cuts"/> that opens after the blank, outside any quotation, that
    /// <paramref name="allowed"/> lets go and that brings the stem within the limit: the latest keeps the most of the
    /// sentence. <see langword="null"/> when none does.
    /// </summary>
    private static string? LatestCut(string stem, int afterBlank, string end, MatchCollection cuts, Func<Match, bool> allowed)
    {
        for (var i = cuts.Count - 1; i >= 0; i--)
        {
            var at = cuts[i].Index;
            if (at < afterBlank || CardLinter.InsideQuotation(stem, at) || !allowed(cuts[i]))
            {
                continue;
            }

            var trimmed = stem[..at] + end;
            if (WordCounter.Count(trimmed) <= CardLinter.MaximumStemWords)
            {
                return trimmed;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a semicolon at <paramref name="at"/> separates items of a list, not clauses: "including by: phasing out coal
    /// imports; reducing oil imports by …; and …", "included A; B; C; and D". A colon before it or a second semicolon says
    /// so, and cutting there leaves a list cut short.
    /// </summary>
    private static bool InList(string stem, int at) =>
        stem[at] == ';' && (stem.LastIndexOf(':', at) >= 0 || stem.IndexOf(';', at + 1) >= 0 || stem.LastIndexOf(';', at - 1) >= 0);

    /// <summary>"saying", "adding", "noting", "arguing": an -ing form of a verb of speech or report.</summary>
    internal static bool IsSpeechParticiple(string word, Lexicon lexicon)
    {
        if (!word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = word[..^3];
        foreach (var form in (ReadOnlySpan<string>)[stem, stem + "s", stem + "es", stem + "ed", stem + "d"])
        {
            if (lexicon.SpeechVerbs.Contains(form) || lexicon.ReportingVerbs.Contains(form))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words in -ing that are no participle, as a regular-expression alternation: a phrase opening with one ("…, during
    /// the war") is no participle phrase, here or in <c>SentenceStem</c>'s asides.
    /// </summary>
    internal const string NotParticiples = "during|morning|evening|nothing|something|anything|everything|king|spring|string|thing|wing|ring";

    // ", which …", ", who …", ", seeking …" (a participle: a word in -ing that is not "during", "including" is one too),
    // ", a decision that …".
    // ", followed by talks on …", ", intended to curb …": a past participle with its agent or purpose.
    [GeneratedRegex(@", (?<word>which|who|whose|\p{Ll}{3,}ing|\p{Ll}{3,}ed (?:by|to)|an? \p{Ll}+ (?:that|which))\b(?<!, (?:" + NotParticiples + "))")]
    private static partial Regex TrailingPhrase();

    // " in the hopes that …", " in order to …", " so as to …", " as part of …".
    [GeneratedRegex(@" (?:in the hopes? (?:that|of)|in order to|so as to|as part of)\b")]
    private static partial Regex PurposePhrase();

    // "; " between two clauses, or "and"/"but" after a lower-case word and before a named subject and its verb: "… mission
    // and Japan will provide" ("Jimmie Johnson, Kasey Kahne and Kyle Busch clinched" is a list of names).
    // ", and that made …", ", but it was …": after a comma, a pronoun and its verb open a clause of their own too.
    [GeneratedRegex(@"; (?:and |but )?(?=\p{L})|(?<=\b\p{Ll}[\p{Ll}-]*),? (?:and|but) (?=(?:[Tt]he )?\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)* (?:will|would|has|have|had|was|were|is|are|did|\p{Ll}{2,}ed)\b)|, (?:and|but) (?=(?:that|this|it|they|he|she) (?:will|would|has|have|had|was|were|is|are|did|made|\p{Ll}{2,}ed)\b)")]
    private static partial Regex SecondClause();
}

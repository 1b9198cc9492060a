using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Facts;
using StudyDecks.Core.Generation.Kinds.Cloze;

namespace StudyDecks.Core.Generation.Kinds.Acronyms;

/// <summary>
/// "… the Kurdish-led _____ (SDF), Mazloum Abdi, …": the expansion blanked in its sentence, the letters left beside the
/// blank, asked only when the deck or the gazetteer has three other real expansions of the same letters to offer beside
/// it (an invented expansion teaches nonsense and gives itself away; with no options the letters give the answer away).
/// Not an acronym holding a figure ("G7"), which gives away the number its name spells out, nor one WordNet knows (as
/// something else, or as general knowledge), nor one of a list of bodies spelled out in one sentence, nor a site's
/// ("Kennedy Space Center"), nor one whose sentence fails as a stem.
/// </summary>
internal sealed partial class AcronymKind : IQuestionKind
{
    public string Name => "acronym";

    /// <summary>A definition the article gives.</summary>
    public double TransformationRisk => 0;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context)
    {
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in analysis.Acronyms)
        {
            // "What does G7 stand for?": the figure spells out the number in the name (both reviewers of round 70: given away).
            if (asked.Contains(fact.Acronym) || fact.Acronym.Any(char.IsAsciiDigit))
            {
                continue;
            }

            // "ICU" for the Islamic Courts Union, "AU" for the African Union: WordNet knows the letters as something else
            // ("intensive care unit", "astronomical unit"), which a student may rightly answer; and "NIH" spelled out
            // "National Institute of Health" is the article's slip (round 75: two right answers, or wrong). Letters the
            // dictionary spells out as the article does ("CIA", "WHO", "OPEC") are general knowledge, not the article's:
            // judged blind 19 times in 38 acceptable, and by the four pairs of rounds 82 to 86 never (against 46 in 86
            // for the letters it does not know).
            // "… President Yoon Suk Yeol of the _____ (ROK) …": a country's letters are general knowledge, and its name is
            // given by its leader or its neighbours in the sentence.
            if (context.Lexicon.WordNetAcronyms.ContainsKey(fact.Acronym) || context.Lexicon.IsKnownPlace(fact.Expansion))
            {
                continue;
            }

            // Not from a list of bodies (ListsBodies); nor "What does KSC stand for?" (Kennedy Space Center): the letters of
            // a site are a local short form, ambiguous beside every other body's (both blind reviewers of round 77 rejected
            // KSC and JSC as vague).
            if (ListsBodies(fact.Sentence.Text) || context.Lexicon.ReferenceWords["site-head"].Contains(fact.Expansion[(fact.Expansion.LastIndexOf(' ') + 1)..]))
            {
                continue;
            }

            // The expansion blanked in its sentence, the letters left beside the blank: "What does NSM stand for?" names no
            // field, and both blind reviewers of round 89 rejected all four such questions as vague (with those of rounds
            // 82 to 86 as trivia); the sentence says what the body or document is and does.
            if (ExpansionIn(fact) is not { } expansion || ClozeKind.PassingStem(Name, analysis, context, fact.Sentence, expansion, AnswerKind.Term) is not { } stem)
            {
                continue;
            }

            // Asked once, from the first sentence that spells it out and reads as a stem.
            asked.Add(fact.Acronym);
            var answer = new AnswerSpec(fact.Expansion, AnswerKind.Term, analysis.Article.Id, stem) { Entity = context.Entities.Find(fact.Expansion), Acronym = fact.Acronym };
            var distractors = context.Distractors.Pick(answer, context.RandomFor(stem));

            // Without three other real expansions of the same letters beside it, the letters left by the blank give the
            // expansion away: both blind reviewers of round 97 rejected all five such fill-ins ("the Department of the
            // Interior's _____ (BLM)": "only asks the student to spell out an abbreviation").
            if (distractors is null)
            {
                continue;
            }

            yield return GenerationContext.CreateCard(analysis, fact.Sentence, new CardDraft(Name, CardType.Cloze, stem, fact.Expansion, AnswerKind.Term) { Distractors = distractors });
        }
    }

    /// <summary>
    /// Where the sentence spells the acronym out: the expansion right before its letters in brackets ("Syrian Democratic
    /// Forces (SDF)"), or inside the brackets after them ("JAXA (Japan Aerospace Exploration Agency)").
    /// </summary>
    private static Mention? ExpansionIn(AcronymFact fact)
    {
        var text = fact.Sentence.Text;
        var at = text.IndexOf($"{fact.Expansion} ({fact.Acronym}", StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf($"{fact.Acronym} ({fact.Expansion}", StringComparison.Ordinal) is var after and >= 0 ? after + fact.Acronym.Length + 2 : -1;
        }

        return at < 0 ? null : new Mention(MentionKind.Organization, fact.Sentence.Start + at, fact.Sentence.Start + at + fact.Expansion.Length, fact.Expansion);
    }

    /// <summary>
    /// Whether the sentence lists bodies beside the article's story (memberships, awards, committees: both blind reviewers
    /// of round 75 rejected all seven such acronyms as trivia): it sets two acronyms or more in parentheses ("a member of
    /// the Institute of Medicine (IOM), the Association of American Physicians (AAP) …", "(SREI; 1998-1999)"), or it
    /// is a line of a list, not a sentence ("Annual Research Award, Society for the Study of Reproduction (SSR) (1989)").
    /// </summary>
    internal static bool ListsBodies(string sentence) =>
        ParenthesisedAcronym().Matches(sentence).Select(match => match.Groups["acronym"].Value).Distinct(StringComparer.Ordinal).Skip(1).Any()
        || !EndsAsSentence().IsMatch(sentence);

    [GeneratedRegex(@"\((?<acronym>[A-Z][A-Za-z&.\-]*[A-Z])\s*[);,]")]
    private static partial Regex ParenthesisedAcronym();

    /// <summary>A full stop, question or exclamation mark at the end, perhaps inside closing quotes or brackets; or a closing quote.</summary>
    [GeneratedRegex(@"([.!?][""”’')\]]*|[""”’])\s*$")]
    private static partial Regex EndsAsSentence();

}

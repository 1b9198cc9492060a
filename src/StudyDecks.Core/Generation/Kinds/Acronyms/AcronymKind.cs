using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;

namespace StudyDecks.Core.Generation.Kinds.Acronyms;

/// <summary>
/// "What does SDF stand for?": with options only when the deck or the gazetteer has three other real expansions of the
/// same letters; otherwise a short-answer card (an invented expansion teaches nonsense and gives itself away). Not an
/// acronym holding a figure ("G7"), which gives away the number its name spells out, nor one WordNet knows (as something
/// else, or as general knowledge), nor one of a list of bodies spelled out in one sentence, nor a site's ("Kennedy Space
/// Center").
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
            if (!asked.Add(fact.Acronym) || fact.Acronym.Any(char.IsAsciiDigit))
            {
                continue;
            }

            // "ICU" for the Islamic Courts Union, "AU" for the African Union: WordNet knows the letters as something else
            // ("intensive care unit", "astronomical unit"), which a student may rightly answer; and "NIH" spelled out
            // "National Institute of Health" is the article's slip (round 75: two right answers, or wrong). Letters the
            // dictionary spells out as the article does ("CIA", "WHO", "OPEC") are general knowledge, not the article's:
            // judged blind 19 times in 38 acceptable, and by the four pairs of rounds 82 to 86 never (against 46 in 86
            // for the letters it does not know).
            if (context.Lexicon.WordNetAcronyms.ContainsKey(fact.Acronym))
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

            var question = $"What does {fact.Acronym} stand for?";
            var answer = new AnswerSpec(fact.Expansion, AnswerKind.Term, analysis.Article.Id, question) { Entity = context.Entities.Find(fact.Expansion), Acronym = fact.Acronym };
            var distractors = context.Distractors.Pick(answer, context.RandomFor(question));
            yield return GenerationContext.CreateCard(analysis, fact.Sentence, new CardDraft(Name, CardType.MultipleChoice, question, fact.Expansion, AnswerKind.Term) { Distractors = distractors, Aliases = [fact.Acronym] });
        }
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

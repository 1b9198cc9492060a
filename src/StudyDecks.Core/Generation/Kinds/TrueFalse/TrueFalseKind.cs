using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Generation.Kinds.Cloze;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Generation.Kinds.TrueFalse;

/// <summary>
/// A statement to judge: the source sentence as it stands (true), or with one place, organisation or person swapped
/// for a distractor of the same kind (false). The seed decides which, card by card. Numbers are never swapped: another
/// figure from the deck may be the same quantity at another date (83 members in 2021, 87 in 2024).
/// </summary>
internal sealed class TrueFalseKind : IQuestionKind
{
    private const int MaximumWords = 35;

    public string Name => "true-false";

    /// <summary>The sentence as written, or with a name swapped: strict blind reviewers accepted 26 of 148 (7 of 28 in
    /// the last rounds), the false twins mostly absurd at a glance ("Great Britain and Cuba") or arguably true, so the
    /// kind ranks as the riskiest: asked only when every other feature is strong.</summary>
    public double TransformationRisk => 1.5;

    /// <summary>
    /// Whether the text before a person's name ends with a title, a role, a nationality or a noun for a kind of person:
    /// "Secretary of Defense ", "Swedish captain ", "Presidents ", "professional golfer ". A name after a comma ("…, John
    /// Godfrey") is an apposition, not titled.
    /// </summary>
    private static bool TitledBlank(ReadOnlySpan<char> before, Lexicon lexicon)
    {
        var words = before.TrimEnd().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - 5; i--)
        {
            var word = words[i];
            if (word.EndsWith(',') || word.EndsWith('('))
            {
                return false;
            }

            var singular = word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
            if (lexicon.IsRoleWord(word) || lexicon.IsRoleWord(singular) || lexicon.PersonTitles.Contains(word) || lexicon.Demonyms.ContainsKey(word)
                || lexicon.IsPersonNoun(word))
            {
                return true;
            }

            // Only a run of capitalised words (and "of", "the") can be a title: "Secretary of Defense".
            if (!(char.IsUpper(word[0]) || word is "of" or "the"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the mention comes before any side clause, aside or comparison of its sentence.</summary>
    private static bool InMainClause(Sentence sentence, Mention mention)
    {
        var before = sentence.Text.AsSpan(0, mention.Start - sentence.Start);
        return sentence.Text.IndexOf(" than ", StringComparison.Ordinal) < 0
            && before.IndexOfAny(SideClauseOpeners) < 0
            && before.Count('(') == before.Count(')');
    }

    /// <summary>Openers of clauses and asides that hang off the main statement.</summary>
    private static readonly System.Buffers.SearchValues<string> SideClauseOpeners =
        System.Buffers.SearchValues.Create([", which", ", who", ", while", ", although", ", when", ", after", ", as ", " because ", " whose ", ", including", "—"], StringComparison.Ordinal);

    private static bool SpeltAlike(string first, string second)
    {
        var a = first.AsSpan(first.LastIndexOf(' ') + 1);
        var b = second.AsSpan(second.LastIndexOf(' ') + 1);
        const int StackLimit = 128;
        var upperA = a.Length <= StackLimit ? stackalloc char[a.Length] : new char[a.Length];
        var upperB = b.Length <= StackLimit ? stackalloc char[b.Length] : new char[b.Length];
        a.ToUpperInvariant(upperA);
        b.ToUpperInvariant(upperB);
        return Quality.TextSimilarity.IsCloserThan(upperA, upperB, 3); // at most two edits apart
    }

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var sentence in analysis.Sentences)
        {
            if (Articles.WordCounter.Count(sentence.Text) > MaximumWords)
            {
                continue;
            }

            foreach (var mention in analysis.Mentions[sentence.Index])
            {
                // A quotation is never altered: a false statement would misquote someone.
                if (ClozeKind.AnswerKindOf(mention) is not { } kind || kind is not (AnswerKind.Place or AnswerKind.Organization or AnswerKind.Person)
                    || !ClozeKind.Blankable(sentence, mention, kind) || (kind == AnswerKind.Organization && ClozeKind.CutAtAnd(sentence, mention, analysis.Mentions[sentence.Index], context.Lexicon)) || CardLinter.InsideQuotation(sentence.Text, mention.Start - sentence.Start) || (mention.Entity is not null && ClozeKind.IsTopic(analysis, mention, context)) || sentence.Text.EndsWith('?'))
                {
                    continue;
                }

                // "an international Victoria peace conference": a place that qualifies a noun, swapped, names a thing that
                // does not exist, false at a glance.
                if (kind == AnswerKind.Place && ClozeKind.UsedAsAdjective(sentence, mention))
                {
                    continue;
                }

                // The false twin must change the main fact: a name in a side clause or a comparison ("easier in X
                // than in Y") leaves a statement that reads as true either way.
                if (!InMainClause(sentence, mention))
                {
                    continue;
                }

                // "Moroccan Sultan Joel Barlow", "professional golfer Louis Armstrong": a swapped-in name under a title or
                // a calling the other person never had is false at a glance.
                if (kind == AnswerKind.Person && TitledBlank(sentence.Text.AsSpan(0, mention.Start - sentence.Start), context.Lexicon))
                {
                    continue;
                }

                // One template for both statements: the true one and the one with a distractor swapped in.
                var template = context.StemTemplates.Of(analysis, sentence, mention);
                if (template is null)
                {
                    continue;
                }

                var trueStatement = SentenceStem.Fill(template, mention.Text);

                var random = context.RandomFor(trueStatement);
                var answer = new AnswerSpec(mention.Text, kind, analysis.Article.Id, trueStatement) { Entity = mention.Entity, Mention = mention, Context = sentence.Text };
                var distractors = context.Distractors.Pick(answer, random);
                if (distractors is null)
                {
                    continue;
                }

                // "Ms Bauchtman" for "Lydia Buchtmann" is the same person misspelt, not a false statement.
                var swaps = distractors.Where(distractor => !SpeltAlike(distractor, mention.Text)).ToList();
                if (swaps.Count == 0)
                {
                    continue;
                }

                var isTrue = random.Next(2) == 0;
                var statement = isTrue ? trueStatement : SentenceStem.Fill(template, swaps[random.Next(swaps.Count)]);
                var card = GenerationContext.CreateCard(analysis, sentence, new CardDraft(Name, CardType.TrueFalse, statement, isTrue ? Card.True : Card.False, kind) { Distractors = [isTrue ? Card.False : Card.True], IdKey = mention.Text });
                yield return card;
                break; // one statement per sentence is plenty
            }
        }
    }
}

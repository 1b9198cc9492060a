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
internal sealed class TrueFalseKind : IProposingKind
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

            if (Lexicon.InSingularOrPlural(word, lexicon.IsRoleWord) || lexicon.PersonTitles.Contains(word) || lexicon.Demonyms.ContainsKey(word)
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

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context) => Proposal.WriteAll(Proposals(analysis, context));

    /// <summary>
    /// One statement per sentence: that of the first name, in sentence order, that can be swapped. Each name the
    /// statement could turn on is proposed (the name makes the card's id); the proposal of a name writes the card only
    /// when the sentence's statement turns on that name, so that writing one or all gives the same cards.
    /// </summary>
    public IEnumerable<Proposal> Proposals(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var sentence in analysis.Sentences)
        {
            if (Articles.WordCounter.Count(sentence.Text) > MaximumWords || sentence.Text.EndsWith('?'))
            {
                continue;
            }

            var swappable = new List<(Mention Mention, AnswerKind Kind)>();
            foreach (var mention in analysis.Mentions[sentence.Index])
            {
                if (Swappable(analysis, context, sentence, mention) is { } kind)
                {
                    swappable.Add((mention, kind));
                }
            }

            if (swappable.Count == 0)
            {
                continue;
            }

            var statement = new SentenceStatement(this, analysis, context, sentence, swappable);
            var proposed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (mention, kind) in swappable)
            {
                if (proposed.Add(mention.Text))
                {
                    yield return new Proposal(sentence, mention.Text, kind, MayHaveOptions: false, () => statement.TurningOn(mention.Text)) { IsStatement = true };
                }
            }
        }
    }

    /// <summary>The kind of answer a mention is when the statement can turn on it, or <see langword="null"/>.</summary>
    private static AnswerKind? Swappable(ArticleAnalysis analysis, GenerationContext context, Sentence sentence, Mention mention)
    {
        // A quotation is never altered: a false statement would misquote someone.
        if (ClozeKind.AnswerKindOf(mention) is not { } kind || kind is not (AnswerKind.Place or AnswerKind.Organization or AnswerKind.Person)
            || !ClozeKind.Blankable(sentence, mention, kind) || (kind == AnswerKind.Organization && ClozeKind.CutAtAnd(sentence, mention, analysis.Mentions[sentence.Index], context.Lexicon)) || CardLinter.InsideQuotation(sentence.Text, mention.Start - sentence.Start) || (mention.Entity is not null && ClozeKind.IsTopic(analysis, mention, context)))
        {
            return null;
        }

        // "an international Victoria peace conference": a place that qualifies a noun, swapped, names a thing that does
        // not exist, false at a glance.
        if (kind == AnswerKind.Place && ClozeKind.UsedAsAdjective(sentence, mention))
        {
            return null;
        }

        // The false twin must change the main fact: a name in a side clause or a comparison ("easier in X than in Y")
        // leaves a statement that reads as true either way.
        if (!InMainClause(sentence, mention))
        {
            return null;
        }

        // "Moroccan Sultan Joel Barlow", "professional golfer Louis Armstrong": a swapped-in name under a title or a
        // calling the other person never had is false at a glance.
        return kind == AnswerKind.Person && TitledBlank(sentence.Text.AsSpan(0, mention.Start - sentence.Start), context.Lexicon) ? null : kind;
    }

    /// <summary>The statement to judge of one sentence, written once: on the first name that has a swap.</summary>
    private sealed class SentenceStatement(TrueFalseKind trueFalse, ArticleAnalysis analysis, GenerationContext context, Sentence sentence, List<(Mention Mention, AnswerKind Kind)> swappable)
    {
        private bool _written;
        private Card? _card;
        private string? _name;

        /// <summary>The card, when the statement turns on <paramref name="name"/>; otherwise <see langword="null"/>.</summary>
        public Card? TurningOn(string name)
        {
            if (!_written)
            {
                _written = true;
                foreach (var (mention, answerKind) in swappable)
                {
                    if (trueFalse.Statement(analysis, context, sentence, mention, answerKind) is { } card)
                    {
                        (_card, _name) = (card, mention.Text);
                        break;
                    }
                }
            }

            return _name == name ? _card : null;
        }
    }

    /// <summary>The statement turning on the mention, true or false by the seed; <see langword="null"/> when it has no swap.</summary>
    private Card? Statement(ArticleAnalysis analysis, GenerationContext context, Sentence sentence, Mention mention, AnswerKind kind)
    {
        // One template for both statements: the true one and the one with a distractor swapped in.
        if (context.StemTemplates.Of(analysis, sentence, mention) is not { } template)
        {
            return null;
        }

        var trueStatement = SentenceStem.Fill(template, mention.Text);
        // "… met on September 30, 2024, in Washington" from "met Monday": blind reviewers called the statement unsupported
        // by its source sentence, which a cloze that asks something else is not.
        if (WeekdayDates.DatesWeekdayOf(trueStatement, sentence.Text, analysis.Article.Published))
        {
            return null;
        }

        var random = context.RandomFor(trueStatement);
        var answer = SentenceStem.WithDateBounds(new AnswerSpec(mention.Text, kind, analysis.Article.Id, trueStatement)
        {
            Entity = mention.Entity, Mention = mention, Context = sentence.Text,
        }, sentence, mention, analysis);
        if (context.Distractors.Pick(answer, random) is not { } distractors)
        {
            return null;
        }

        // "Ms Bauchtman" for "Lydia Buchtmann" is the same person misspelt, not a false statement.
        var swaps = distractors.Where(distractor => !SpeltAlike(distractor, mention.Text)).ToList();
        if (swaps.Count == 0)
        {
            return null;
        }

        var isTrue = random.Next(2) == 0;
        var statement = isTrue ? trueStatement : SentenceStem.Fill(template, swaps[random.Next(swaps.Count)]);
        return GenerationContext.CreateCard(analysis, sentence, new CardDraft(Name, CardType.TrueFalse, statement, isTrue ? Card.True : Card.False, kind) { Distractors = [isTrue ? Card.False : Card.True], IdKey = mention.Text });
    }
}

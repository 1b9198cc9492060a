using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Facts;
using StudyDecks.Core.Generation.Kinds.Roles;

namespace StudyDecks.Core.Generation.Kinds.Quotes;

/// <summary>
/// "Who said, “There is a need for countries to take action to repatriate foreign fighters”?" The people named in the
/// same sentence come first among the distractors: they are the most tempting and, the sentence says, wrong.
/// A quotation whose speaker is named just before it ("Professor Eastman says … “…,” he said.") is asked with the
/// passage from the naming sentence as its source, so the card can still be checked against the text.
/// </summary>
internal sealed class WhoSaidKind : IProposingKind
{
    /// <summary>How far back the speaker may be named: the sentence before, or two back across the speaker's own quotation.</summary>
    private const int MaximumSentencesBack = 2;

    public string Name => "who-said";

    /// <summary>A quotation as written, with its speaker asked: reviewers accepted about one in five, most quotations being
    /// lines any official could have said, so the kind ranks as the riskiest.</summary>
    public double TransformationRisk => 1.0;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context) => Proposal.WriteAll(Proposals(analysis, context));

    public IEnumerable<Proposal> Proposals(ArticleAnalysis analysis, GenerationContext context)
    {
        var facts = context.Facts.Of<QuoteFact>(analysis);
        // Which sentences hold a quotation of whom: a passage reaches back across the speaker's own quotations.
        var quoted = new HashSet<(int Sentence, Entity? Speaker)>();
        foreach (var fact in facts)
        {
            quoted.Add((fact.Sentence.Index, fact.Speaker.Entity));
        }

        foreach (var fact in facts)
        {
            var speaker = fact.Speaker.Entity!;
            // The speaker must be named in the source passage: a card is answerable from its source alone.
            if (!speaker.Name.Contains(' ', StringComparison.Ordinal) || PassageStart(analysis, quoted, fact) is not { } first)
            {
                continue;
            }

            var passage = first == fact.Sentence ? null : analysis.Article.Text[first.Start..fact.Sentence.End];
            yield return new Proposal(fact.Sentence, speaker.Name, AnswerKind.Person, MayHaveOptions: true, () => Write(analysis, context, fact, first)) { Passage = passage };
        }
    }

    private Card Write(ArticleAnalysis analysis, GenerationContext context, QuoteFact fact, Sentence first)
    {
        var speaker = fact.Speaker.Entity!;
        // Reported speech is asked in the article's own words and tense: "Who says manufacturers could …?"
        var question = fact.ReportingVerb is { } verb ? $"Who {verb} {fact.Quote}?" : $"Who said, “{fact.Quote}”?";
        var nearby = new List<string>();
        foreach (var mention in analysis.Mentions[fact.Sentence.Index])
        {
            if (mention.ResolvedKind == MentionKind.Person && mention.Entity is { } person && person != speaker && person.Name.Contains(' ', StringComparison.Ordinal))
            {
                nearby.Add(person.Name);
            }
        }

        var answer = new AnswerSpec(speaker.Name, AnswerKind.Person, analysis.Article.Id, question) { Entity = speaker, Preferred = nearby };
        var distractors = context.Distractors.Pick(answer, context.RandomFor(question));
        var draft = new CardDraft(Name, CardType.MultipleChoice, question, speaker.Name, AnswerKind.Person) { Distractors = distractors, Aliases = WhoHeldRoleKind.Aliases(speaker) };
        return first == fact.Sentence
            ? GenerationContext.CreateCard(analysis, fact.Sentence, draft)
            : GenerationContext.CreatePassageCard(analysis, first, fact.Sentence, draft);
    }

    /// <summary>
    /// The sentence the passage starts at: the quotation's own when it names the speaker; else the sentence before, or
    /// the one before that when the sentence between is the same speaker's quotation ("… he said. “…”").
    /// </summary>
    private static Sentence? PassageStart(ArticleAnalysis analysis, HashSet<(int Sentence, Entity? Speaker)> quoted, QuoteFact fact)
    {
        var index = fact.Sentence.Index;
        var named = fact.Speaker.Start;
        if (named >= fact.Sentence.Start)
        {
            return fact.Sentence;
        }

        for (var back = 1; back <= MaximumSentencesBack && index - back >= 0; back++)
        {
            var sentence = analysis.Sentences[index - back];

            // A passage stays within its paragraph: the deck keeps a source as one line of text, and "“…,” he added" at
            // the start of a paragraph opens a new passage, whoever spoke last in the one before.
            if (analysis.Article.Text.AsSpan(sentence.End, analysis.Sentences[index - back + 1].Start - sentence.End).ContainsAny('\n', '\r'))
            {
                return null;
            }

            if (named >= sentence.Start)
            {
                return sentence;
            }

            if (!quoted.Contains((sentence.Index, fact.Speaker.Entity)))
            {
                return null;
            }
        }

        return null;
    }
}

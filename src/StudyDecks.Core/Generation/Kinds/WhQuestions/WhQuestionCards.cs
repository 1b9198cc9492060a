using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Generation.Kinds.Cloze;
using StudyDecks.Core.Generation.Repairs;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// What the WH question kinds share: every mention of the wanted kinds, turned into a question where that is safe,
/// linted on its stem, with options of the same form as the answer when three good ones exist.
/// </summary>
internal static class WhQuestionCards
{
    /// <summary>Questions about every blankable mention whose answer kind is <paramref name="wanted"/>, with options where three good ones exist.</summary>
    public static IEnumerable<Proposal> Propose(string kindName, ArticleAnalysis analysis, GenerationContext context, Func<AnswerKind, bool> wanted) =>
        Propose(kindName, analysis, context, withOptions: true, (sentence, mention) =>
            ClozeKind.AnswerKindOf(mention) is { } kind && wanted(kind) && ClozeKind.Blankable(sentence, mention, kind) ? (kind, mention.Text) : null);

    /// <summary>
    /// Questions about every mention <paramref name="asked"/> gives an answer for (its kind and the answer as the student
    /// should give it); without options when <paramref name="withOptions"/> is false. Unwritten: the question is written
    /// when the card is.
    /// </summary>
    public static IEnumerable<Proposal> Propose(string kindName, ArticleAnalysis analysis, GenerationContext context, bool withOptions, Func<Sentence, Mention, (AnswerKind Kind, string Answer)?> asked)
    {
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var mention in analysis.Mentions[sentence.Index])
            {
                if (asked(sentence, mention) is var (kind, answerText))
                {
                    yield return new Proposal(sentence, answerText, kind, withOptions, () => Write(kindName, analysis, context, withOptions, sentence, mention, kind, answerText));
                }
            }
        }
    }

    private static Card? Write(string kindName, ArticleAnalysis analysis, GenerationContext context, bool withOptions, Sentence sentence, Mention mention, AnswerKind kind, string answerText)
    {
        var question = WhQuestionWriter.Write(analysis, sentence, mention, kind, context.Lexicon, context.StemTemplates);
        if (question is null)
        {
            return null;
        }

        // Most rejected questions fail on their stem alone: check it before looking for options.
        var draft = new CardDraft(kindName, CardType.MultipleChoice, question, answerText, kind);
        if (!StemRepairs.PassesOnceRepaired(GenerationContext.CreateUnidentified(analysis, sentence, draft), analysis))
        {
            return null;
        }

        var answer = SentenceStem.WithDateBounds(new AnswerSpec(answerText, kind, analysis.Article.Id, question)
        {
            Mention = mention, Context = sentence.Text,
        }, sentence, mention, analysis);
        var distractors = withOptions ? context.Distractors.Pick(answer, context.RandomFor(question)) : null;
        return GenerationContext.CreateCard(analysis, sentence, draft with { Distractors = distractors });
    }
}

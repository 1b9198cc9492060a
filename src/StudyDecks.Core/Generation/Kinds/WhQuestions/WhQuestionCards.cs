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
    public static IEnumerable<Card> Propose(string kindName, ArticleAnalysis analysis, GenerationContext context, Func<AnswerKind, bool> wanted)
    {
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var mention in analysis.Mentions[sentence.Index])
            {
                if (ClozeKind.AnswerKindOf(mention) is not { } kind || !wanted(kind) || !ClozeKind.Blankable(sentence, mention, kind))
                {
                    continue;
                }

                var question = WhQuestionWriter.Write(analysis, sentence, mention, kind, context.Lexicon);
                if (question is null)
                {
                    continue;
                }

                // Most rejected questions fail on their stem alone: check it before looking for options.
                var draft = GenerationContext.CreateUnidentified(analysis, sentence, new CardDraft(kindName, CardType.MultipleChoice, question, mention.Text, kind));
                if (!StemRepairs.PassesOnceRepaired(draft, analysis))
                {
                    continue;
                }

                var answer = new AnswerSpec(mention.Text, kind, analysis.Article.Id, question) { Mention = mention, Context = sentence.Text };
                var distractors = context.Distractors.Pick(answer, context.RandomFor(question));
                yield return GenerationContext.CreateCard(analysis, sentence, new CardDraft(kindName, CardType.MultipleChoice, question, mention.Text, kind) { Distractors = distractors });
            }
        }
    }
}

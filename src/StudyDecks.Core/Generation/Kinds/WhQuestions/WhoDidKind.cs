using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation.Repairs;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// "Who led British colonial forces in 1754?" from a plain statement whose whole subject is a person the article names
/// in full. Asked as a short answer: the only people who could be offered beside the answer are the article's own, and
/// a student rules most of them out from their roles.
/// </summary>
internal sealed class WhoDidKind : IQuestionKind
{
    public string Name => "who-did";

    /// <summary>The subject becomes "Who" and nothing moves: the plainest rewrite after a cloze.</summary>
    public double TransformationRisk => 0.1;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var mention in analysis.Mentions[sentence.Index])
            {
                // The answer is the full name, also where the sentence uses the surname: "Washington led …".
                var name = mention.Canonical;
                if (mention.IsUnusable || mention.ResolvedKind != MentionKind.Person || !name.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                var question = WhQuestionWriter.Write(analysis, sentence, mention, AnswerKind.Person, context.Lexicon);
                if (question is null)
                {
                    continue;
                }

                var draft = GenerationContext.CreateUnidentified(analysis, sentence, new CardDraft(Name, CardType.ShortAnswer, question, name, AnswerKind.Person));
                if (!StemRepairs.PassesOnceRepaired(draft, analysis))
                {
                    continue;
                }

                yield return GenerationContext.CreateCard(analysis, sentence, new CardDraft(Name, CardType.ShortAnswer, question, name, AnswerKind.Person));
            }
        }
    }
}

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Generation.Kinds.Roles;

namespace StudyDecks.Core.Generation.Kinds.Quotes;

/// <summary>
/// "Who said, “There is a need for countries to take action to repatriate foreign fighters”?" The people named in the
/// same sentence come first among the distractors: they are the most tempting and, the sentence says, wrong.
/// </summary>
internal sealed class WhoSaidKind : IQuestionKind
{
    public string Name => "who-said";

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var fact in context.Quotes[analysis])
        {
            var speaker = fact.Speaker.Entity!;
            // The speaker must be named in the sentence itself: a card is answerable from its source sentence alone.
            if (!speaker.Name.Contains(' ', StringComparison.Ordinal) || fact.Speaker.Start < fact.Sentence.Start)
            {
                continue;
            }

            var question = $"Who said, “{fact.Quote}”?";
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
            yield return GenerationContext.CreateCard(analysis, fact.Sentence, Name, CardType.MultipleChoice, question, speaker.Name, distractors, AnswerKind.Person, WhoHeldRoleKind.Aliases(speaker));
        }
    }
}

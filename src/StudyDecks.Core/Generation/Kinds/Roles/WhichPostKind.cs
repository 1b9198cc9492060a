using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Kinds.Roles;

/// <summary>
/// "Which US post did James Baker hold in 1991?" with the other posts of the same government as options ("Secretary of
/// Defense", …): a role asked the other way round, because the deck rarely holds three people who could have held it.
/// </summary>
internal sealed class WhichPostKind : IQuestionKind
{
    public string Name => "which-post";

    /// <summary>A question written from a role phrase; the role may change hands.</summary>
    public double TransformationRisk => 0.2;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var statement in RoleStatement.Of(analysis, context))
        {
            if (PostOptions.For(statement, context) is not { } post)
            {
                continue;
            }

            var question = $"Which {post.Country} post did {statement.Fact.Person.Entity!.Name} hold{statement.YearPhrase}?";
            yield return GenerationContext.CreateCard(analysis, statement.Fact.Sentence, new CardDraft(Name, CardType.MultipleChoice, question, post.Answer, AnswerKind.Role) { Distractors = post.Options });
        }
    }
}

using System.Globalization;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Generation.Kinds.Roles;

/// <summary>
/// "Who was the Iraqi Foreign Minister in 2024?" from a role stated in front of or beside a name. A role changes
/// hands, so the stem carries the article's year; people who hold the same role anywhere in the deck are never
/// offered as distractors.
/// </summary>
internal sealed class WhoHeldRoleKind : IQuestionKind
{
    public string Name => "who-role";

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var fact in context.Roles[analysis])
        {
            // A role changes hands: without the article's year there is no anchor to ask it safely.
            if (!fact.IsPast && analysis.Year is null)
            {
                continue;
            }

            var person = fact.Person.Entity!;
            var role = fact.Role;
            var article = role.Contains('’', StringComparison.Ordinal) || role.Contains('\'', StringComparison.Ordinal) || role.StartsWith("the ", StringComparison.Ordinal) ? "" : "the ";
            var anchor = fact.IsPast || analysis.Year is null ? "" : string.Create(CultureInfo.InvariantCulture, $" in {analysis.Year}");
            var question = $"Who was {article}{role}{anchor}?";
            var holders = context.RoleHolders[TextSimilarity.Normalize(role)];
            var answer = new AnswerSpec(person.Name, AnswerKind.Person, analysis.Article.Id, question) { Entity = person, Excluded = holders };
            var distractors = context.Distractors.Pick(answer, context.RandomFor(question));
            yield return GenerationContext.CreateCard(analysis, fact.Sentence, Name, CardType.MultipleChoice, question, person.Name, distractors, AnswerKind.Person, Aliases(person));
        }
    }

    internal static List<string> Aliases(Entity entity)
    {
        var aliases = new List<string>();
        foreach (var alias in entity.Aliases)
        {
            if (alias != entity.Name)
            {
                aliases.Add(alias);
            }
        }

        return aliases;
    }
}

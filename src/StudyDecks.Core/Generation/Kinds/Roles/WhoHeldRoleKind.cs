using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Facts;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Generation.Kinds.Roles;

/// <summary>
/// "Who was the Iraqi Foreign Minister in 2024?" from a role stated in front of or beside a name. A role changes
/// hands, so the stem carries the article's year; people who hold the same role anywhere in the deck are never
/// offered as distractors.
/// </summary>
internal sealed partial class WhoHeldRoleKind : IQuestionKind
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

            // "Bush and Soviet President": two people's roles run together; neither reads as a role.
            if (RunTogether().IsMatch(fact.Role))
            {
                continue;
            }

            var person = fact.Person.Entity!;
            var role = WithCountry(analysis, fact);
            var article = role.Contains('’', StringComparison.Ordinal) || role.Contains('\'', StringComparison.Ordinal) || role.StartsWith("the ", StringComparison.Ordinal) ? "" : "the ";
            var anchor = fact.IsPast || analysis.Year is null ? "" : string.Create(CultureInfo.InvariantCulture, $" in {analysis.Year}");
            var question = $"Who was {article}{role}{anchor}?";
            var holders = context.RoleHolders[TextSimilarity.Normalize(fact.Role)];
            var answer = new AnswerSpec(person.Name, AnswerKind.Person, analysis.Article.Id, question) { Entity = person, Excluded = holders };
            var distractors = context.Distractors.Pick(answer, context.RandomFor(question));
            yield return GenerationContext.CreateCard(analysis, fact.Sentence, Name, CardType.MultipleChoice, question, person.Name, distractors, AnswerKind.Person, Aliases(person));
        }
    }

    /// <summary>
    /// "Secretary of State" alone does not say whose: the one country the sentence names makes it "US Secretary of
    /// State". Left as written when the sentence names no country or several.
    /// </summary>
    private static string WithCountry(ArticleAnalysis analysis, RoleFact fact)
    {
        if (!NationalOffices.Contains(fact.Role))
        {
            return fact.Role;
        }

        string? country = null;
        foreach (var mention in analysis.Mentions[fact.Sentence.Index])
        {
            if (mention.ResolvedKind == MentionKind.Place && mention.Entity is { PlaceKind: PlaceKind.Country } place)
            {
                if (country is not null && country != mention.Text && !place.IsNamed(country))
                {
                    return fact.Role;
                }

                country ??= mention.Text;
            }
        }

        return country is null ? fact.Role : $"{country} {fact.Role}";
    }

    /// <summary>Offices every country has: the title alone does not say which country's.</summary>
    private static readonly HashSet<string> NationalOffices = new(StringComparer.Ordinal)
    {
        "Secretary of State", "Secretary of Defense", "Secretary of the Treasury", "Defense Secretary", "Foreign Minister", "Foreign Secretary",
        "President", "Prime Minister", "Home Secretary", "Defence Minister", "Interior Minister", "Finance Minister", "Ambassador", "ambassador",
    };

    [GeneratedRegex(@"^\p{Lu}\p{L}+ and \p{Lu}")]
    private static partial Regex RunTogether();

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

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Kinds.Roles;

/// <summary>
/// "Who was the Iraqi Foreign Minister in 2024?" from a role stated in front of or beside a name. A role changes
/// hands, so the stem carries the year its sentence gives. A role whose family of posts is known is asked the other
/// way round instead (<see cref="WhichPostKind"/>): that question has options no student can rule out.
/// </summary>
internal sealed class WhoHeldRoleKind : IQuestionKind
{
    public string Name => "who-role";

    /// <summary>A question written from a role phrase; the role may change hands.</summary>
    public double TransformationRisk => 0.2;

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var statement in RoleStatement.Of(analysis, context))
        {
            if (PostOptions.For(statement, context) is not null)
            {
                continue;
            }

            // "Former U.S. President Jimmy Carter met …" → "Who was the Former U.S. President?": a post over by the time of
            // the sentence, with no year, was held by everyone who ever held it.
            if (statement.Fact.IsPast)
            {
                continue;
            }

            var role = statement.Role;
            if (IsShared(role, context.Lexicon) || AfterItsBody(statement.Fact.Sentence.Text, role, context.Lexicon))
            {
                continue;
            }

            var article = role.Contains('’', StringComparison.Ordinal) || role.Contains('\'', StringComparison.Ordinal) || role.StartsWith("the ", StringComparison.Ordinal) ? "" : "the ";
            var question = $"Who was {article}{role}{statement.YearPhrase}?";
            var person = statement.Fact.Person.Entity!;
            // Never the deck's other people: they rarely could hold the role ("Blinken" for a Kirkuk governor), and blind
            // reviewers rejected every who-role card offered with them. Only real holders of the role the gazetteer knows,
            // of the time and the country; without three of them the card is a short answer.
            var answer = new Distractors.AnswerSpec(person.Name, AnswerKind.Person, analysis.Article.Id, question) { Entity = person, Context = statement.Fact.Sentence.Text, RoleHoldersOnly = true };
            var distractors = context.Distractors.Pick(answer, context.RandomFor(question));
            yield return GenerationContext.CreateCard(analysis, statement.Fact.Sentence, new CardDraft(Name, CardType.MultipleChoice, question, person.Name, AnswerKind.Person) { Distractors = distractors, Aliases = Aliases(person) });
        }
    }

    /// <summary>
    /// Whether many hold the role at once ("United States Federal District Judge"); "Attorney General" and "Secretary
    /// General" put "General" after another post, and name one.
    /// </summary>
    internal static bool IsShared(string role, Lexicon lexicon)
    {
        var words = role.Split(' ');
        var head = words[^1];
        return lexicon.SharedRoleHeads.Contains(head) && !(words.Length >= 2 && head.Equals("general", StringComparison.OrdinalIgnoreCase) && lexicon.IsRoleHead(words[^2]));
    }

    /// <summary>
    /// Whether the sentence writes the role right after the body it is a post of, in letters or in brackets: "Office of
    /// Science and Technology Policy (OSTP) Deputy Director for Industrial Innovation Justina Gallegos". Asked without
    /// it ("Who was the Deputy Director for Industrial Innovation?"), the post is of no body (both blind reviewers of
    /// round 96).
    /// </summary>
    internal static bool AfterItsBody(string sentence, string role, Lexicon lexicon)
    {
        var at = sentence.IndexOf(role, StringComparison.Ordinal);
        if (at < 2 || sentence[at - 1] != ' ')
        {
            return false;
        }

        var before = sentence.AsSpan(0, at - 1);
        if (before[^1] == ')')
        {
            return true;
        }

        var word = before[(before.LastIndexOf(' ') + 1)..];
        // "OSTP Chief Environmental Economist", not "UK Foreign Secretary": a country's letters say whose post it is.
        return word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z') && !lexicon.IsKnownPlace(word);
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

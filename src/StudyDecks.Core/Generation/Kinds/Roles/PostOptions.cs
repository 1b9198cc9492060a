using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;

namespace StudyDecks.Core.Generation.Kinds.Roles;

/// <summary>
/// The other posts of the same government a role could be mistaken for: "Secretary of Defense" beside "Secretary of
/// State", for a US post. The question names the country, so every option is a post of that country's government.
/// </summary>
/// <param name="Country">The country as the role names it: "US", "Israeli".</param>
/// <param name="Answer">The post held, spelled as in the role: "Secretary of State".</param>
/// <param name="Options">Three other posts of the same family, and spares.</param>
internal sealed record PostOptions(string Country, string Answer, PickedOptions Options)
{
    /// <summary>
    /// The options of the role in <paramref name="statement"/>, or <see langword="null"/> when the role is no post of a
    /// known family, names no country, is over ("former"), or fewer than three other posts could be offered.
    /// </summary>
    public static PostOptions? For(RoleStatement statement, GenerationContext context)
    {
        // A post that is over has no year to ask it for, and a person may have held any of its siblings since.
        if (statement.Year is not { } year)
        {
            return null;
        }

        foreach (var family in context.Lexicon.OfficeFamilies)
        {
            if (PostIn(family, statement.Role, context.Lexicon) is not ({ } country, { } post, { } spelling))
            {
                continue;
            }

            var held = PostsHeldBy(statement, family, context);
            // A post created after the question's year is no option ("National Security Adviser" in 1867).
            var others = family.Posts.Where(other => other != post && !held.Contains(other) && family.Existed(other, year) && (!family.NotEverywhere.Contains(other) || NamedFor(country, other, context)))
                .Select(other => other[0]).ToArray();
            context.RandomFor(statement.Role).Shuffle(others);

            // Best-scored first (the same form as the answer), ties in the shuffled order; none below the threshold.
            var scores = context.Distractors.Scores(new AnswerSpec(spelling, AnswerKind.Role, ArticleId: "", Stem: statement.Role), others);
            others = [.. others.Where(scores.ContainsKey).OrderByDescending(other => scores[other])];

            // Options of like length, as every card's (D5): "National Security Adviser" would stand out beside "President";
            // and none inside another (D6): "Vice President" beside "President" reads as a variant of it.
            var offered = new List<string>();
            var (shortest, longest) = (spelling.Length, spelling.Length);
            foreach (var other in others)
            {
                if (offered.Count < DistractorPicker.Count + Card.MaxSpares && Math.Max(longest, other.Length) <= 2 * Math.Min(shortest, other.Length)
                    && !Nested(other, spelling) && !offered.Any(option => Nested(other, option)))
                {
                    offered.Add(other);
                    (shortest, longest) = (Math.Min(shortest, other.Length), Math.Max(longest, other.Length));
                }
            }

            if (offered.Count < DistractorPicker.Count)
            {
                return null;
            }

            var origins = offered.ToDictionary(option => option, _ => OptionOrigin.Gazetteer, StringComparer.Ordinal);
            return new PostOptions(country, spelling, new PickedOptions(offered[..DistractorPicker.Count], offered[DistractorPicker.Count..], origins)
            {
                Scores = offered.ToDictionary(option => option, option => scores[option], StringComparer.Ordinal),
            });
        }

        return null;
    }

    /// <summary>
    /// The country and post of <paramref name="role"/> in <paramref name="family"/>: "US Secretary of State" → ("US",
    /// Secretary of State), when the words before the post are a country the family fits and nothing else ("Italian
    /// Deputy Prime Minister" is no Prime Minister).
    /// </summary>
    private static (string? Country, IReadOnlyList<string>? Post, string? Spelling) PostIn(OfficeFamily family, string role, Lexicon lexicon)
    {
        foreach (var post in family.Posts)
        {
            foreach (var spelling in post)
            {
                if (role.Length <= spelling.Length + 1 || role[^(spelling.Length + 1)] != ' ' || !role.EndsWith(spelling, StringComparison.Ordinal))
                {
                    continue;
                }

                var country = role[..^(spelling.Length + 1)];
                // An adjective ("Israeli", "US") reads as "Which Israeli post …"; a country's name ("Israel") would not.
                var fits = family.AnyCountry ? lexicon.Demonyms.ContainsKey(country) : family.Countries.Contains(country);
                if (fits && !IsSpecificFamilyCountry(lexicon, country, family))
                {
                    return (country, post, spelling);
                }
            }
        }

        return (null, null, null);
    }

    /// <summary>
    /// Whether the deck names <paramref name="post"/> for the country: "Norwegian President" or "President of Norway". A
    /// post not every government has is never guessed as wrong: "President" beside a Norwegian Prime Minister (Norway has
    /// a king) was rejected by both blind reviewers of round 65.
    /// </summary>
    private static bool NamedFor(string country, IReadOnlyList<string> post, GenerationContext context) =>
        post.Any(spelling => context.DeckSays($"{country} {spelling}")
            || (context.Lexicon.Demonyms.TryGetValue(country, out var place) && context.DeckSays($"{spelling} of {place.Name}")));

    private static bool Nested(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    // "US Prime Minister" is no post: a country with a family of its own is never read against the family of any country.
    private static bool IsSpecificFamilyCountry(Lexicon lexicon, string country, OfficeFamily family) =>
        family.AnyCountry && lexicon.OfficeFamilies.Any(other => !other.AnyCountry && other.Countries.Contains(country));

    /// <summary>The family's posts the deck says this person held: never offered as wrong.</summary>
    private static HashSet<IReadOnlyList<string>> PostsHeldBy(RoleStatement statement, OfficeFamily family, GenerationContext context)
    {
        var held = new HashSet<IReadOnlyList<string>>();
        foreach (var (_, fact) in context.RoleFactsOf(statement.Fact.Person.Entity?.Name))
        {
            foreach (var post in family.Posts)
            {
                if (post.Any(spelling => fact.Role.EndsWith(spelling, StringComparison.Ordinal)))
                {
                    held.Add(post);
                }
            }
        }

        return held;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Facts;

namespace StudyDecks.Core.Generation.Kinds.Roles;

/// <summary>
/// A role fact that can be asked: the role says whose office it is ("US Secretary of State", not "Secretary of
/// State") and, unless the role is over, the year it was held.
/// </summary>
/// <param name="Fact">The role as the sentence states it.</param>
/// <param name="Role">The role with its country: "US Secretary of State".</param>
/// <param name="Year">The year the role was held; <see langword="null"/> only for a role that is over ("former").</param>
/// <param name="ArticleDate">The article's own date when it, not the sentence, says when the role was held.</param>
internal sealed partial record RoleStatement(RoleFact Fact, string Role, int? Year, DateOnly? ArticleDate)
{
    /// <summary>The role facts of <paramref name="analysis"/> that can be asked, with their country and year.</summary>
    public static IEnumerable<RoleStatement> Of(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var fact in context.Facts.Of<RoleFact>(analysis))
        {
            // "Canada was represented by the National Security and Intelligence Advisor …, Jody Thomas; the Associate Deputy
            // Minister …, Tricia Geddes; …": who came to a meeting, post by post, is a roster; both blind reviewers of set 22
            // rejected all four posts asked from one.
            if (PeopleNamedIn(analysis, fact.Sentence.Index) >= RosterSize)
            {
                continue;
            }

            // A role changes hands: it is asked for the one year its own sentence gives, else for the article's own date
            // when neither the sentence nor the one before it names another year; with no anchor it is not asked.
            var anchorYear = YearOf(analysis, fact.Sentence, fact.Person, context.Lexicon);
            var sentenceNamesYear = YearsNamedIn(analysis, fact.Sentence.Index, context.Lexicon).Count > 0;

            // "then-U.S. Secretary of State Henry Kissinger": a post held before the time the article reports is dated
            // only by a year its own sentence gives, never by the article's.
            // So is one the sentence places in an administration of its own ("In the Clinton Administration, Barr served as
            // Treasury Secretary Robert E. Rubin's special assistant": both blind reviewers of round 99 rejected "Which US
            // post did Robert E. Rubin hold in April 2022?" as wrong).
            if (!sentenceNamesYear && (ThenRole().IsMatch(fact.Sentence.Text) || InAnAdministration().IsMatch(fact.Sentence.Text)))
            {
                anchorYear = null;
            }

            if (!fact.IsPast && anchorYear is null)
            {
                continue;
            }

            // "Bush and Soviet President": two people's roles run together; neither reads as a role.
            if (RunTogether().IsMatch(fact.Role))
            {
                continue;
            }

            // "Acting US Special Envoy": whoever stood in for a few weeks is trivia (blind reviewers said so); "Future Chief
            // Justice John Jay was appointed Minister": he did not hold the post then.
            if (fact.Role.Split(' ').Any(context.Lexicon.UnaskedRoleWords.Contains))
            {
                continue;
            }

            // "newly appointed U.S. Secretary of State Richard Olney": in the year he took the post he held another, which
            // the options may well offer (both blind reviewers of round 84).
            if (!fact.IsPast && TakenOrLeftThen(fact, context.Lexicon))
            {
                continue;
            }

            if (WithCountry(context, analysis, fact) is not { } role)
            {
                continue; // "Who was the Secretary of State?" does not say of which country
            }

            // "Which Indonesian post did Prabowo Subianto hold in 2024?": he took office in October, and was a minister
            // before; the month of a release dated by the article alone is when the sentence says he held it (both blind
            // reviewers of set 30: "in 2024" misleads).
            var articleDate = analysis.Article.Published is { } published && published.Year == anchorYear && !sentenceNamesYear ? published : (DateOnly?)null;
            yield return fact.IsPast ? new RoleStatement(fact, role, null, null) : new RoleStatement(fact, role, anchorYear, articleDate);
        }
    }

    /// <summary>Whether the word right before the role in its sentence says the post changed hands then: "newly appointed".</summary>
    private static bool TakenOrLeftThen(RoleFact fact, Lexicon lexicon)
    {
        var at = fact.Sentence.Text.IndexOf(fact.Role, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = fact.Sentence.Text.AsSpan(0, at).TrimEnd(' ');
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return lexicon.ChangingRoleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>
    /// People named in one sentence that make it a roster: "Roosevelt, Churchill and Stalin met at Yalta" names three
    /// leaders worth placing; a delegation's list names five or more officials.
    /// </summary>
    private const int RosterSize = 4;

    /// <summary>How many mentions of people the sentence holds.</summary>
    private static int PeopleNamedIn(ArticleAnalysis analysis, int sentence)
    {
        var people = 0;
        foreach (var mention in analysis.Mentions[sentence])
        {
            if (mention.ResolvedKind == MentionKind.Person)
            {
                people++;
            }
        }

        return people;
    }

    /// <summary>" in 2021", " in June 2021" when the article's date gives it, or nothing for a role that is over.</summary>
    public string YearPhrase => ArticleDate is { } date ? string.Create(CultureInfo.InvariantCulture, $" in {date:MMMM yyyy}")
        : Year is { } year ? string.Create(CultureInfo.InvariantCulture, $" in {year}") : "";

    /// <summary>
    /// "Secretary of State" alone does not say whose: the one country the sentence names makes it "US Secretary of
    /// State"; failing that, the country another sentence of the deck gives the same person in the same office, or the
    /// one country that uses the bare title. <see langword="null"/> when nothing says which country.
    /// </summary>
    private static string? WithCountry(GenerationContext context, ArticleAnalysis analysis, RoleFact fact)
    {
        if (!context.Lexicon.NationalOffices.TryGetValue(fact.Role, out var usualCountry))
        {
            // "Mexico’s Secretary of Security and Citizen Protection Rosa Icela Rodriguez": a post the office list does not
            // know keeps the country the sentence gives it; without it, whose post it was is not said (both blind
            // reviewers of set 23).
            // With none, the post must name its body itself: "Department of Homeland Security Secretary", "NASA
            // Administrator"; "the Minister of Telecommunication and Digital Infrastructure" and "the Deputy Principal for
            // Education and Students" are posts of a country and a university the question never names (both blind
            // reviewers of round 122: vague).
            return OwnerBefore(analysis, fact) is { } owner ? $"{owner} {fact.Role}" : NamesItsBody(fact.Role, context.Lexicon) ? fact.Role : null;
        }

        if (CountryNamedIn(analysis, fact.Sentence) is { } named)
        {
            // "Secretary of State William Seward bought Alaska from Russia": a title one country uses is that country's,
            // whatever other country the sentence names.
            return usualCountry.Length == 0 || SameCountry(context.Lexicon, named, usualCountry) ? $"{named} {fact.Role}" : $"{usualCountry} {fact.Role}";
        }

        foreach (var (other, otherFact) in context.RoleFactsOf(fact.Person.Entity?.Name))
        {
            // "Italian Foreign Minister Luigi Di Maio" elsewhere says whose "Foreign Minister Luigi Di Maio" is.
            var role = otherFact.Role;
            if (role.Length > fact.Role.Length && role[^(fact.Role.Length + 1)] == ' ' && role.EndsWith(fact.Role, StringComparison.Ordinal) && char.IsUpper(role[0]))
            {
                return otherFact.Role;
            }

            if (otherFact.Role == fact.Role && CountryNamedIn(other, otherFact.Sentence) is { } country)
            {
                return $"{country} {fact.Role}";
            }
        }

        return usualCountry.Length > 0 ? $"{usualCountry} {fact.Role}" : null;
    }

    /// <summary>
    /// Whether a word of the post names what it is a post of: an acronym ("NASA"), a word that names a body
    /// ("Department", "Agency") or a place or people ("Texas", "British").
    /// </summary>
    private static bool NamesItsBody(string role, Lexicon lexicon)
    {
        foreach (var word in role.Split(' '))
        {
            if (AcronymMatcher.LooksLikeAcronym(word) || lexicon.OrganizationWords.Contains(word) || lexicon.IsKnownPlace(word) || lexicon.Demonyms.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Mexico’s" when the sentence writes "Mexico’s {role} {name}": the country whose post it is, in the possessive.</summary>
    private static string? OwnerBefore(ArticleAnalysis analysis, RoleFact fact)
    {
        var sentence = fact.Sentence;
        var before = sentence.Text.AsSpan(0, Math.Max(0, fact.Person.Start - sentence.Start));
        if (!before.EndsWith(fact.Role + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var owner = before[..^(fact.Role.Length + 1)];
        if (!(owner.EndsWith("’s ", StringComparison.Ordinal) || owner.EndsWith("'s ", StringComparison.Ordinal)))
        {
            return null;
        }

        var end = sentence.Start + owner.Length - 3;
        foreach (var mention in analysis.Mentions[sentence.Index])
        {
            if (mention.End == end && mention.ResolvedKind == MentionKind.Place && mention.Entity is { PlaceKind: PlaceKind.Country })
            {
                return owner[(mention.Start - sentence.Start)..].TrimEnd(' ').ToString();
            }
        }

        return null;
    }

    /// <summary>Whether two names are one country's, through the alias table ("U.S.", "US" and "United States").</summary>
    private static bool SameCountry(Lexicon lexicon, string a, string b) =>
        lexicon.PlaceAliases.GetValueOrDefault(a, a) == lexicon.PlaceAliases.GetValueOrDefault(b, b);

    /// <summary>The one country a sentence names, or <see langword="null"/> when it names none or several.</summary>
    private static string? CountryNamedIn(ArticleAnalysis analysis, Sentence sentence)
    {
        string? country = null;
        foreach (var mention in analysis.Mentions[sentence.Index])
        {
            if (mention.ResolvedKind == MentionKind.Place && mention.Entity is { PlaceKind: PlaceKind.Country } place)
            {
                if (country is not null && country != mention.Text && !place.IsNamed(country))
                {
                    return null;
                }

                country ??= mention.Text;
            }
        }

        return country;
    }

    /// <summary>
    /// The year a role named in <paramref name="sentence"/> was held: the one year the sentence names; failing that the
    /// article's own year, unless the sentence before it in its paragraph names another ("In December 1987, …"); else none.
    /// </summary>
    private static int? YearOf(ArticleAnalysis analysis, Sentence sentence, Mention person, Lexicon lexicon)
    {
        var own = YearsNamedIn(analysis, sentence.Index, lexicon, person);
        if (own.Count > 0)
        {
            return own.Count == 1 ? own.First() : null;
        }

        if (!sentence.OpensParagraph && sentence.Index > 0 && YearsNamedIn(analysis, sentence.Index - 1, lexicon).Any(year => year != analysis.Year))
        {
            return null;
        }

        return analysis.Year;
    }

    private static HashSet<int> YearsNamedIn(ArticleAnalysis analysis, int index, Lexicon lexicon, Mention? person = null)
    {
        var years = new HashSet<int>();
        var mentions = analysis.Mentions[index];
        foreach (var mention in mentions)
        {
            // "the War of 1812": a year inside an event's name names the event, not a time the sentence is set in; so does
            // one after an event's noun and "of" ("the Israeli-Egyptian peace treaty of 1979"), which dates the treaty.
            if (mention.ResolvedKind is MentionKind.Year or MentionKind.Date && YearIn().Match(mention.Text) is { Success: true } year
                && !mentions.Any(other => other.Kind == MentionKind.Event && other.Start <= mention.Start && other.End >= mention.End)
                && !DatesANoun(analysis.Article.Text.AsSpan(Math.Max(0, mention.Start - 30), Math.Min(30, mention.Start)), lexicon)
                && !(person is not null && (InOtherRelativeClause(analysis.Sentences[index], mention, person) || AcrossClauseBreak(analysis.Article.Text, mention, person))))
            {
                years.Add(int.Parse(year.ValueSpan, CultureInfo.InvariantCulture));
            }
        }

        return years;
    }

    /// <summary>
    /// Whether the year is inside a relative clause the person is not in: "Carter and his Secretary of State, Cyrus Vance,
    /// pursued negotiations …, hoping to reconvene the Geneva Conference, which had been established in December 1973":
    /// 1973 dates the conference, and "Which US post did Cyrus Vance hold in 1973?" was wrong (blind reviewer, set 24).
    /// "Cyrus Vance, who was Secretary of State in 1977," keeps its year: the person's own clause.
    /// </summary>
    private static bool InOtherRelativeClause(Sentence sentence, Mention year, Mention person)
    {
        var before = sentence.Text.AsSpan(0, Math.Max(0, year.Start - sentence.Start));
        var opener = Math.Max(before.LastIndexOf(", which ", StringComparison.Ordinal), before.LastIndexOf(", where ", StringComparison.Ordinal));
        if (opener < 0 || before[(opener + 2)..].IndexOfAny(',', ';') >= 0)
        {
            return false;
        }

        // The person named inside the clause, before the year, is the clause's own.
        return !(person.Start - sentence.Start > opener && person.Start < year.Start);
    }

    /// <summary>
    /// Whether a colon or semicolon stands between the year and the person: "Although Secretary of State Robert Lansing
    /// only authorized him to report …, Bullitt’s actual objective was far more ambitious: to … withdraw the troops
    /// dispatched to Russia in 1918." dates the troops, not Lansing's post (both blind reviewers of set 26: wrong).
    /// </summary>
    private static bool AcrossClauseBreak(string text, Mention year, Mention person)
    {
        var (from, to) = person.End <= year.Start ? (person.End, year.Start) : (year.End, person.Start);
        return to > from && text.AsSpan(from, to - from).IndexOfAny(':', ';') >= 0;
    }

    [GeneratedRegex(@"\b(?:1[0-9]|20)[0-9]{2}\b")]
    private static partial Regex YearIn();

    /// <summary>
    /// Whether the text before a year ends with a noun and "of" that the year dates: a name ("the War of ", "the Act of ")
    /// or a lower-case event's noun ("the peace treaty of "); "the summer of " sets a time, and is not one.
    /// </summary>
    private static bool DatesANoun(ReadOnlySpan<char> before, Lexicon lexicon)
    {
        if (NounBeforeYear().Match(before.ToString()) is not { Success: true } match)
        {
            return false;
        }

        var noun = match.Groups["noun"].Value;
        return char.IsUpper(noun[0]) || lexicon.EventWords.Contains(char.ToUpperInvariant(noun[0]) + noun[1..]);
    }

    [GeneratedRegex(@"\b(?<noun>\p{L}\p{Ll}+) of $")]
    private static partial Regex NounBeforeYear();

    [GeneratedRegex(@"\b[Tt]hen[- ](?:\p{Lu}|U\.S\.)")]
    private static partial Regex ThenRole();

    // "In the Clinton Administration,", "during the Obama administration", "under President Clinton".
    [GeneratedRegex(@"\b(?:[Ii]n|[Dd]uring|[Uu]nder) the (?:\p{Lu}[\p{L}-]* )+[Aa]dministration\b|\b[Uu]nder President \p{Lu}")]
    private static partial Regex InAnAdministration();

    [GeneratedRegex(@"^\p{Lu}\p{L}+ and \p{Lu}")]
    private static partial Regex RunTogether();
}

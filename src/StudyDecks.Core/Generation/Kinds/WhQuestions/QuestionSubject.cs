using System.Collections.Frozen;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>A statement's subject as it reads inside a question, after "did" or "was".</summary>
internal static class QuestionSubject
{
    /// <summary>Groups named by a common noun ("Police arrested …"): capitalised only because they open the sentence.</summary>
    private static readonly FrozenSet<string> GenericGroups = FrozenSet.Create(
        StringComparer.Ordinal, "Police", "Troops", "Forces", "Rebels", "Officials", "Authorities", "Militants", "Soldiers", "Protesters", "Researchers",
        "Scientists", "Investigators", "Prosecutors", "Voters", "Residents", "Workers", "Students", "Experts", "Doctors", "Lawmakers", "Gunmen",
        "Firefighters", "Rescuers", "Farmers", "Demonstrators", "Insurgents", "Fighters", "Volunteers", "Engineers", "Astronomers");

    /// <summary>
    /// The subject as it reads after "did" or "was": "the U.S." for "The U.S.", "police" for a generic body; names keep
    /// their capital. A sentence-initial word that may be a name or may be capitalised only for the sentence
    /// ("Obama", "Speculative", "Formal U.S. …") gives <see langword="null"/>: the question is not asked rather than
    /// miswritten.
    /// </summary>
    public static string? Of(string subject, ArticleAnalysis analysis, Sentence sentence, bool openedSentence, Lexicon lexicon)
    {
        var space = subject.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? subject : subject[..space];
        var lowered = char.ToLowerInvariant(subject[0]) + subject[1..];
        if (first is "The" or "A" or "An")
        {
            return lowered;
        }

        // "Fifty-five delegates gathered …": a number opening the sentence is capitalised only for it.
        var number = first.Split('-')[0];
        if (openedSentence && number.Length > 2 && lexicon.NumberWords.ContainsKey(number.ToLowerInvariant()))
        {
            return lowered;
        }

        if (!openedSentence || first.Length < 2 || !char.IsUpper(first[0]) || first.Skip(1).Any(char.IsUpper) || !first.All(char.IsLetter))
        {
            return subject;
        }

        var nextIsLower = space < 0 || char.IsLower(subject[space + 1]);
        if (GenericGroups.Contains(first) && nextIsLower)
        {
            return lowered;
        }

        if (lexicon.Places.ContainsKey(first) || lexicon.Demonyms.ContainsKey(first) || lexicon.FirstNames.Contains(first) || lexicon.LastNames.Contains(first)
            || lexicon.OrganizationWords.Contains(first))
        {
            return subject;
        }

        // Before another capital too ("Formal U.S. consular representation began …", "Grand Duchy of Hesse …"), the
        // word is a name's only when a name the analysis found holds it.
        foreach (var mention in analysis.Mentions[sentence.Index])
        {
            if (mention.ResolvedKind is MentionKind.Person or MentionKind.Place or MentionKind.Organization && mention.Text.Contains(first, StringComparison.Ordinal))
            {
                // "Components of Brigade 2506 landed …": a plural opening the sentence before "of" and a name is a common
                // noun the name took in for its capital; whether it is ("Friends of the Earth") is not certain, so the
                // question is not asked (both blind reviewers of round 86: "When did Components of Brigade 2506 land?").
                return first[^1] == 's' && mention.Text.StartsWith(first, StringComparison.Ordinal)
                    && mention.Text.AsSpan(first.Length).StartsWith(" of ", StringComparison.Ordinal) ? null : subject;
            }
        }

        return null;
    }
}

namespace StudyDecks.Core.Distractors;

/// <summary>
/// Whether a first name is a man's or a woman's, from Bogus's English locale data (its male and female first-name
/// lists, Resources/bogus-male-first-names.txt and bogus-female-first-names.txt; a name on both is neither): "George …, best known for her rendition" is false at a glance. Read on first use.
/// </summary>
internal static class FirstNameGenders
{
    private static readonly Lazy<(HashSet<string> Male, HashSet<string> Female)> Names = new(Load);

    /// <summary>True for a man's first name, false for a woman's, <see langword="null"/> when the lists cannot tell.</summary>
    public static bool? IsMale(string fullName)
    {
        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var first = fullName[..space];
        var (male, female) = Names.Value;
        return male.Contains(first) == female.Contains(first) ? null : male.Contains(first);
    }

    private static (HashSet<string> Male, HashSet<string> Female) Load() =>
        (Analysis.Lexicon.Lines("bogus-male-first-names.txt").ToHashSet(StringComparer.Ordinal), Analysis.Lexicon.Lines("bogus-female-first-names.txt").ToHashSet(StringComparer.Ordinal));
}

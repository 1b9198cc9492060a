namespace StudyDecks.Core.Distractors;

/// <summary>
/// Whether a first name is a man's or a woman's, from Bogus's English locale data (its male and female first-name
/// lists, as the lexicon reads them; a name on both is neither): "George …, best known for her rendition" is false at a glance.
/// </summary>
internal static class FirstNameGenders
{
    /// <summary>True for a man's first name, false for a woman's, <see langword="null"/> when the lists cannot tell.</summary>
    public static bool? IsMale(string fullName)
    {
        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var first = fullName[..space];
        var lexicon = Analysis.Lexicon.Default;
        var (male, female) = (lexicon.MaleFirstNames.Contains(first), lexicon.FemaleFirstNames.Contains(first));
        return male == female ? null : male;
    }
}

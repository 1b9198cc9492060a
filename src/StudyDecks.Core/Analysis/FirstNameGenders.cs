namespace StudyDecks.Core.Analysis;

/// <summary>
/// Whether a first name is a man's or a woman's, from Bogus's English locale data (its male and female first-name
/// lists, as the lexicon reads them): "George …, best known for her rendition" is false at a glance. A name on both
/// lists ("Casey") says nothing, like a name on neither.
/// </summary>
internal static class FirstNameGenders
{
    /// <summary>True for a man's first name, false for a woman's, <see langword="null"/> when the lists cannot tell.</summary>
    public static bool? IsMale(string fullName, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        ArgumentNullException.ThrowIfNull(lexicon);
        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var first = fullName[..space];
        var (male, female) = (lexicon.MaleFirstNames.Contains(first), lexicon.FemaleFirstNames.Contains(first));
        return male == female ? null : male;
    }

    /// <summary>
    /// Whether <paramref name="pronoun"/> may stand for the person: "her" not for a man's first name, "he" or "his" not for
    /// a woman's; any pronoun when the first name does not tell.
    /// </summary>
    public static bool MayStandFor(string fullName, ReadOnlySpan<char> pronoun, Lexicon lexicon)
    {
        var masculine = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("him", StringComparison.OrdinalIgnoreCase)
            || pronoun.Equals("his", StringComparison.OrdinalIgnoreCase);
        var feminine = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) || pronoun.StartsWith("her", StringComparison.OrdinalIgnoreCase);
        return !(masculine || feminine) || IsMale(fullName, lexicon) is not { } male || male == masculine;
    }
}

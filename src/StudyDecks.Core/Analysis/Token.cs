namespace StudyDecks.Core.Analysis;

/// <summary>A word of a sentence, as offsets into the sentence text.</summary>
/// <param name="Start">Offset of its first character in the sentence.</param>
/// <param name="End">Offset just past its last character (a possessive "’s" excluded).</param>
/// <param name="Text">The word.</param>
/// <param name="FollowedBy">The first non-space character after the word, or '\0' at the end.</param>
/// <param name="IsPossessive">Whether "’s" or "'s" followed the word.</param>
internal readonly record struct Token(int Start, int End, string Text, char FollowedBy, bool IsPossessive)
{
    public bool IsCapitalized => Text.Length > 0 && (char.IsUpper(Text[0]) || (Text.StartsWith("al-", StringComparison.Ordinal) && Text.Length > 3 && char.IsUpper(Text[3])));

    public bool IsAcronym => AcronymMatcher.LooksLikeAcronym(Text);

    public bool IsNumeric => Text.Length > 0 && char.IsDigit(Text[0]);
}

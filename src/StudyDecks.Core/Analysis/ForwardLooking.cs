using System.Text.RegularExpressions;

namespace StudyDecks.Core.Analysis;

/// <summary>The words that say a sentence tells of what is still to come, not of what happened.</summary>
internal static partial class ForwardLooking
{
    /// <summary>Whether the sentence looks ahead: "will meet in 2026", "the next summit", "is to be held".</summary>
    public static bool LooksAhead(string sentence) => Future().IsMatch(sentence);

    /// <summary>
    /// Whether the sentence looks ahead or tells of a plan or a target: "is targeting a launch no earlier than 2028", "a
    /// planned mission", "aims to".
    /// </summary>
    public static bool LooksAheadOrPlans(string sentence) => Future().IsMatch(sentence) || Plan().IsMatch(sentence);

    /// <summary>
    /// The part of the sentence between the dashes or semicolons on either side of the span from
    /// <paramref name="start"/> to <paramref name="end"/>: the clause that says whether what it tells is still to come.
    /// </summary>
    public static string ClauseAround(string sentence, int start, int end)
    {
        if (start < 0 || end > sentence.Length || start > end)
        {
            return sentence;
        }

        var from = sentence.AsSpan(0, start).LastIndexOfAny(ClauseBreaks) + 1;
        var after = sentence.AsSpan(end).IndexOfAny(ClauseBreaks);
        return sentence[from..(after < 0 ? sentence.Length : end + after)];
    }

    // Not the en dash: it joins years ("2014–2020") as often as it parts clauses.
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create("—;");

    // "commits to developing informational materials … throughout 2024": a commitment, as a pledge, is of what is to come.
    [GeneratedRegex(@"\b(?:will|shall|next|upcoming|scheduled|is to|are to|plans? to|expected to|to be held|commits to|pledges to)\b")]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:planned|expected|target(?:s|ed|ing)?|no earlier than|aims? to)\b")]
    private static partial Regex Plan();
}

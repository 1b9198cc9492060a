using System.Text.RegularExpressions;

namespace StudyDecks.Core.Analysis;

/// <summary>The names of the days of the week, as a news report dates what it tells ("met Monday in Washington").</summary>
internal static partial class Weekdays
{
    /// <summary>A regular-expression group matching any weekday's name.</summary>
    public const string Pattern = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>Whether the word is a weekday's name.</summary>
    public static bool Is(string word) => word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>Any weekday's name as a word, in any phrase: "Monday", "on Friday night".</summary>
    [GeneratedRegex(@"\b" + Pattern + @"\b")]
    public static partial Regex Named();
}

using System.Collections.Frozen;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>The noun a number counts ("130 <em>people</em>", "10,400 <em>of its citizens</em>"), which "How many" takes along.</summary>
internal static partial class CountedNoun
{
    private static readonly FrozenSet<string> IrregularPlurals = FrozenSet.Create(
        StringComparer.Ordinal, "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "aircraft", "sheep", "feet", "teeth", "crew");

    private static readonly FrozenSet<string> NotCountedNouns = FrozenSet.Create(
        StringComparer.Ordinal, "million", "billion", "trillion", "thousand", "hundred", "dozen", "percent", "times", "more", "fewer", "less", "other", "others",
        "additional", "further", "new", "per", "plus", "points");

    /// <summary>
    /// The words of the noun counted after a number, from <paramref name="from"/>: "people", "Afghan refugees",
    /// "of its citizens"; -1 when they do not end on a plural noun.
    /// </summary>
    public static int Length(List<string> words, int from, Lexicon lexicon)
    {
        var index = from;
        if (index + 2 < words.Count && words[index] == "of")
        {
            if (words[index + 1] is not ("its" or "their" or "the" or "his" or "her" or "our"))
            {
                return -1;
            }

            index += 2;
        }

        var start = index;
        while (index < words.Count && index - from <= 5)
        {
            var word = words[index];
            if (word == "," || WhQuestionWriter.NounStops.Contains(word) || ClauseParser.IsFinite(word, lexicon))
            {
                break;
            }

            if (!NounWord().IsMatch(word))
            {
                return -1;
            }

            index++;
        }

        if (index == start || index - from > 5 || NotCountedNouns.Contains(words[from].ToLowerInvariant()) || !IsPlural(words[index - 1]))
        {
            return -1;
        }

        return index - from;
    }

    private static bool IsPlural(string word)
    {
        var lower = word.ToLowerInvariant();
        return IrregularPlurals.Contains(lower) || (lower.Length > 3 && Lexicon.EndsAsPlural(lower) && char.IsLower(word[^1]) && !NotCountedNouns.Contains(lower));
    }

    [GeneratedRegex(@"^[\p{L}][\p{L}’'-]*$")]
    private static partial Regex NounWord();
}

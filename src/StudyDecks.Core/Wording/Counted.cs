using System.Globalization;

namespace StudyDecks.Core.Wording;

/// <summary>A count with its noun in the number it takes: "1 card", "6 cards", "1 article", "an 8-question quiz".</summary>
public static class Counted
{
    /// <summary>"1 card", "6 cards": the noun gets an s unless the count is one.</summary>
    public static string Of(int count, string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
    }

    /// <summary>"a 4-question quiz", "an 8-question quiz", "an 11-question quiz": the count as an adjective, with its article.</summary>
    public static string AsAdjective(int count, string noun, string thing)
    {
        var phrase = string.Create(CultureInfo.InvariantCulture, $"{count}-{noun} {thing}");

        // The article goes by how the number is said ("an eleven", "a one"); AvsAn reads digits as spoken.
        return AvsAnLib.AvsAn.Query(phrase).Article + " " + phrase;
    }
}

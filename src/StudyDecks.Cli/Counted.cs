using System.Globalization;

namespace StudyDecks.Cli;

/// <summary>A count with its noun in the number it takes: "1 card", "6 cards", "1 article".</summary>
internal static class Counted
{
    public static string Of(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}

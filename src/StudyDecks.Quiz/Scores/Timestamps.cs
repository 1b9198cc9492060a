using System.Globalization;

namespace StudyDecks.Quiz.Scores;

/// <summary>How the score database stores instants: ISO-8601 UTC with milliseconds, which also sorts as text.</summary>
public static class Timestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Write(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

using Microsoft.Data.Sqlite;

namespace StudyDecks.Quiz.Scores;

/// <summary>
/// Text read back from the score database for printing, without control characters: the file may have been edited,
/// and an escape code in a stored question would retitle or clear the terminal of whoever runs <c>scores</c>.
/// </summary>
internal static class PrintableText
{
    public static string Of(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Where(c => !char.IsControl(c))) : text;

    /// <summary>The column's text without control characters.</summary>
    public static string GetPrintableString(this SqliteDataReader reader, int ordinal) => Of(reader.GetString(ordinal));
}

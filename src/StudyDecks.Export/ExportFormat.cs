namespace StudyDecks.Export;

/// <summary>The file formats a deck can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>An Anki package (<c>.apkg</c>): the legacy schema-11 collection plus a media map, with StudyDecks note types.</summary>
    Anki,

    /// <summary>Anki's plain-text import (tab-separated, with <c>#</c> header lines), using the stock Basic note type.</summary>
    AnkiText,

    /// <summary>RFC 4180 CSV of question,answer rows, for Quizlet-style imports.</summary>
    Csv,

    /// <summary>The StudyDecks deck file itself, which loads back with <c>inspect</c>.</summary>
    Json,

    /// <summary>Moodle's GIFT text format (<c>.gift.txt</c>), for a quiz question bank.</summary>
    Gift,

    /// <summary>Moodle XML (<c>.moodle.xml</c>), for a quiz question bank.</summary>
    Moodle,

    /// <summary>Tab-separated term and definition lines (<c>.quizlet.txt</c>), as Quizlet's import reads them.</summary>
    Quizlet,
    /// <summary>A one-file quiz for the browser (<c>.quiz.html</c>): works offline, keeps the student's answers for <c>scores --import</c>.</summary>
    Html,
}

/// <summary>The command-line name, file extension and display name each <see cref="ExportFormat"/> owns.</summary>
public static class ExportFormatExtensions
{
    extension(ExportFormat format)
    {
        /// <summary>The name used on the command line: <c>anki</c>, <c>anki-text</c>, <c>csv</c>, <c>json</c>, <c>gift</c>, <c>moodle</c>, <c>quizlet</c> or <c>html</c>.</summary>
        public string Name => format switch
        {
            ExportFormat.Anki => "anki",
            ExportFormat.AnkiText => "anki-text",
            ExportFormat.Csv => "csv",
            ExportFormat.Json => "json",
            ExportFormat.Gift => "gift",
            ExportFormat.Moodle => "moodle",
            ExportFormat.Quizlet => "quizlet",
            ExportFormat.Html => "html",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

        /// <summary>The file extension, with its leading dot; two-part where a plain one would be ambiguous (<c>.anki.txt</c>).</summary>
        public string FileExtension => format switch
        {
            ExportFormat.Anki => ".apkg",
            ExportFormat.AnkiText => ".anki.txt",
            ExportFormat.Csv => ".csv",
            ExportFormat.Json => ".deck.json",
            ExportFormat.Gift => ".gift.txt",
            ExportFormat.Moodle => ".moodle.xml",
            ExportFormat.Quizlet => ".quizlet.txt",
            ExportFormat.Html => ".quiz.html",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

        /// <summary>A short human description, for messages.</summary>
        public string DisplayName => format switch
        {
            ExportFormat.Anki => "Anki package",
            ExportFormat.AnkiText => "Anki text import",
            ExportFormat.Csv => "CSV (question,answer)",
            ExportFormat.Json => "StudyDecks deck",
            ExportFormat.Gift => "Moodle GIFT",
            ExportFormat.Moodle => "Moodle XML",
            ExportFormat.Quizlet => "Quizlet import",
            ExportFormat.Html => "HTML quiz",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>Every format, in declaration order.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = Enum.GetValues<ExportFormat>();

    /// <summary>Finds the format with command-line <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryParse(string name, out ExportFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }
}

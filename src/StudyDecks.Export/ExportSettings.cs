namespace StudyDecks.Export;

/// <summary>What an export may depend on besides the deck: the one timestamp formats demand, and a scratch folder.</summary>
/// <param name="Timestamp">
/// The creation and modification time written where a format requires one (Anki's ids and <c>mod</c> columns, zip entry times).
/// Fixed by default so the same deck always exports to the same bytes.
/// </param>
/// <param name="WorkFolder">Where a format that needs a scratch file (the .apkg's SQLite collection) creates it; the system temp folder when <see langword="null"/>.</param>
public sealed record ExportSettings(DateTimeOffset Timestamp, string? WorkFolder = null)
{
    /// <summary>
    /// Whether CSV cells that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
    /// a tab or a carriage return) are written with a leading <c>'</c>, as OWASP advises. On unless turned off.
    /// </summary>
    public bool NeutraliseCsvFormulas { get; init; } = true;

    /// <summary>
    /// Whether the CSV starts with a UTF-8 byte order mark: Excel opens a CSV without one in the system's legacy code
    /// page and garbles every accent and curly quote. Off unless asked for, since most importers take plain UTF-8.
    /// </summary>
    public bool CsvByteOrderMark { get; init; }

    /// <summary>The fixed default timestamp, 2026-01-01 00:00 UTC: no clock enters an export unless the caller passes one.</summary>
    public static readonly DateTimeOffset DefaultTimestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Settings with <see cref="DefaultTimestamp"/> and the system temp folder.</summary>
    public static ExportSettings Default { get; } = new(DefaultTimestamp);
}

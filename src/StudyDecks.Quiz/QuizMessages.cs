using System.Globalization;

namespace StudyDecks.Quiz;

/// <summary>Every problem text of the quiz runner and its score database, in one place (as Core's ErrorMessages).</summary>
public static class QuizMessages
{
    /// <summary>The file exists but is not SQLite, or is damaged.</summary>
    public const string NotADatabase = "not a StudyDecks score database (the file is damaged or not SQLite); it was left untouched";

    /// <summary>The file is SQLite but belongs to another program.</summary>
    public const string ForeignDatabase = "a SQLite database of another program, not a StudyDecks score database; it was left untouched";

    /// <summary>No score database at the path.</summary>
    public const string BadValue = "the score database holds a value StudyDecks never writes (was it edited?); it was left untouched";

    public const string FolderAsDatabase = "is a folder, not a score database file";

    public const string NoDatabase = "no score database yet; take a quiz first (studydecks quiz DECK)";

    /// <summary>Another process holds the write lock longer than the busy timeout.</summary>
    public static string Locked(TimeSpan waited) => string.Format(
        CultureInfo.InvariantCulture,
        "the score database is locked by another program (waited {0:0.#} s); try again when it has finished",
        waited.TotalSeconds);

    /// <summary>The database was written by a newer StudyDecks.</summary>
    public static string NewerSchema(int version, int supported) => string.Format(
        CultureInfo.InvariantCulture,
        "the score database has schema version {0}, newer than this StudyDecks reads ({1}); update StudyDecks",
        version,
        supported);

    /// <summary>Any other SQLite failure.</summary>
    public static string DatabaseError(string detail) => "score database error: " + detail;

    /// <summary><c>scores --player</c> names nobody in the database.</summary>
    public static string UnknownPlayer(string player, IReadOnlyList<string> known) => known.Count == 0
        ? $"no player named \"{player}\"; nobody has taken a quiz yet"
        : $"no player named \"{player}\" (players: {string.Join(", ", known)})";

    /// <summary><c>scores --deck</c> names no deck in the database.</summary>
    public static string UnknownDeck(string deck, IReadOnlyList<string> known) => known.Count == 0
        ? $"no deck \"{deck}\" has been quizzed yet"
        : $"no deck \"{deck}\" has been quizzed (decks: {string.Join(", ", known.Select(name => $"\"{name}\""))})";
}

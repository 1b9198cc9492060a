namespace StudyDecks.Export.Anki.Package;

/// <summary>An Anki note type (model) as written to <c>col.models</c>.</summary>
/// <param name="Id">Fixed id: Anki compares an incoming note type with the one of the same id, so it must never change.</param>
/// <param name="Name">Name shown in Anki.</param>
/// <param name="IsCloze">Whether this is a cloze type (<c>type</c> 1), whose cards come from the <c>{{cN::…}}</c> in its fields.</param>
/// <param name="Fields">Field names, in order.</param>
/// <param name="Templates">Card templates, in order.</param>
internal sealed record AnkiNoteType(long Id, string Name, bool IsCloze, IReadOnlyList<string> Fields, IReadOnlyList<AnkiTemplate> Templates)
{
    /// <summary>Index of the field Anki sorts the browser by (<c>sortf</c>): always the first.</summary>
    public const int SortField = 0;
}

namespace StudyDecks.Export.Anki.Package;

/// <summary>One card template of a note type: what the front and the back of its cards show.</summary>
/// <param name="Name">Template name, e.g. "Card 1".</param>
/// <param name="Front">The question format (<c>qfmt</c>).</param>
/// <param name="Back">The answer format (<c>afmt</c>).</param>
internal sealed record AnkiTemplate(string Name, string Front, string Back);

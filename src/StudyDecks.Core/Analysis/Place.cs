namespace StudyDecks.Core.Analysis;

/// <summary>A place from the gazetteer.</summary>
internal sealed record Place(string Name, PlaceKind Kind);

namespace StudyDecks.Core.Analysis;

/// <summary>What sort of place a gazetteer entry is; distractors for a place come from the same kind.</summary>
internal enum PlaceKind
{
    Country,
    City,
    Region,
    Continent,
}

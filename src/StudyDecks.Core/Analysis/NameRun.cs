namespace StudyDecks.Core.Analysis;

/// <summary>A run of capitalised words, as token indices, with what it was classified as.</summary>
internal sealed record NameRun(int Start, int End, MentionKind Kind)
{
    /// <summary>Token index where a role in front of a person starts ("Iraqi Foreign Minister Fuad Hussein"), or -1.</summary>
    public int RolePrefixStart { get; init; } = -1;

    public PlaceKind? PlaceKind { get; init; }

    public bool IsDemonym { get; init; }
}

namespace StudyDecks.Core.Knowledge;

/// <summary>A real person the gazetteer knows: "Abraham Lincoln", a lawyer and President of the United States.</summary>
/// <param name="Name">The full name ("Abraham Lincoln").</param>
/// <param name="OtherNames">Other names WordNet gives ("Lincoln", "President Lincoln").</param>
/// <param name="Categories">What the person is an instance of ("lawyer", "President of the United States"); never empty.</param>
/// <param name="Nationality">The country the person belongs to ("United States"), or <see langword="null"/> when the source does not say.</param>
/// <param name="Born">The year of birth, when known.</param>
/// <param name="Died">The year of death, when known.</param>
internal sealed record KnownPerson(string Name, IReadOnlyList<string> OtherNames, IReadOnlyList<string> Categories, string? Nationality, int? Born, int? Died)
{
    /// <summary>The full name, then the other names.</summary>
    public IEnumerable<string> AllNames() => OtherNames.Prepend(Name);
}

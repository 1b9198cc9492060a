namespace StudyDecks.Core.Knowledge;

/// <summary>A real place the gazetteer knows: Paris, a national capital, part of France.</summary>
/// <param name="Id">The source's identifier (a WordNet synset offset): two places may share a name (Paris, France and Paris, Texas).</param>
/// <param name="Name">The name ("Paris").</param>
/// <param name="OtherNames">Other names ("City of Light").</param>
/// <param name="Kind">The coarse kind options are matched by.</param>
/// <param name="Class">What the place is an instance of ("national capital", "river").</param>
/// <param name="PartOfIds">The <see cref="Id"/>s of the places this one is directly a part of.</param>
/// <param name="Demonyms">Adjectives of the place ("French", "Gallic").</param>
internal sealed record KnownPlace(string Id, string Name, IReadOnlyList<string> OtherNames, KnownPlaceKind Kind, string Class, IReadOnlyList<string> PartOfIds, IReadOnlyList<string> Demonyms)
{
    /// <summary>The name, then the other names.</summary>
    public IEnumerable<string> AllNames() => OtherNames.Prepend(Name);
}

/// <summary>The kinds of place in <c>wordnet-places.tsv</c>.</summary>
internal enum KnownPlaceKind
{
    Continent,
    Country,

    /// <summary>A state or province of a country (Texas, Ontario).</summary>
    State,

    /// <summary>A city, town or capital.</summary>
    City,
    Island,

    /// <summary>A river, sea, lake, ocean, bay or strait.</summary>
    Water,

    /// <summary>A mountain or a range.</summary>
    Mountain,
    Region,
}

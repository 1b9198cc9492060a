namespace StudyDecks.Core.Knowledge;

/// <summary>A real place the gazetteer knows: Paris, a national capital, part of France.</summary>
/// <param name="Id">The source's identifier (a WordNet synset offset): two places may share a name (Paris, France and Paris, Texas).</param>
/// <param name="Name">The name ("Paris").</param>
/// <param name="OtherNames">Other names ("City of Light").</param>
/// <param name="Kind">The coarse kind options are matched by.</param>
/// <param name="Class">What the place is an instance of ("national capital", "river").</param>
/// <param name="PartOfIds">The <see cref="Id"/>s of the places this one is directly a part of.</param>
/// <param name="Demonyms">Adjectives of the place ("French", "Gallic").</param>
/// <param name="State">When the place was a state, as far as the source says (countries and former states only).</param>
internal sealed record KnownPlace(string Id, string Name, IReadOnlyList<string> OtherNames, KnownPlaceKind Kind, string Class, IReadOnlyList<string> PartOfIds, IReadOnlyList<string> Demonyms, StateYears State)
{
    /// <summary>The name, then the other names.</summary>
    public IEnumerable<string> AllNames() => OtherNames.Prepend(Name);
}

/// <summary>
/// The years a place was a state, as the source's gloss says them ("achieved independence from France in 1960",
/// "officially dissolved 31 December 1991", "a former kingdom").
/// </summary>
/// <param name="Since">The year it became a state, when the source says.</param>
/// <param name="Until">The year it ceased to be one, when the source says.</param>
/// <param name="Former">The source calls it a former state without saying when it ceased: gone by the source's own year.</param>
internal sealed record StateYears(int? Since, int? Until, bool Former)
{
    /// <summary>WordNet 3.0's year: a state it calls "former" had ceased by then.</summary>
    public const int SourceYear = 2006;

    /// <summary>Nothing known.</summary>
    public static StateYears Unknown { get; } = new(null, null, Former: false);

    /// <summary>
    /// Whether the place was a state in <paramref name="year"/>: false before it became one or after it ceased (a year
    /// of its beginning or end counts as in), <see langword="null"/> when the source cannot tell.
    /// </summary>
    public bool? ExistedIn(int year)
    {
        if (year < Since || year > Until || (Former && year > SourceYear))
        {
            return false;
        }

        // A start and an end known, or a start known for a state that has not ceased, say it existed.
        return Since is not null && (Until is not null || !Former) ? true : null;
    }
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

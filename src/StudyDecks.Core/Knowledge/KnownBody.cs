namespace StudyDecks.Core.Knowledge;

/// <summary>A real organisation the gazetteer knows: "North Atlantic Treaty Organization", an international body.</summary>
/// <param name="Name">The name.</param>
/// <param name="OtherNames">Other names and acronyms ("NATO").</param>
/// <param name="Kind">The coarse kind options are matched by.</param>
/// <param name="Class">What WordNet says it is ("world organization", "law enforcement agency").</param>
internal sealed record KnownBody(string Name, IReadOnlyList<string> OtherNames, KnownBodyKind Kind, string Class)
{
    /// <summary>The name, then the other names.</summary>
    public IEnumerable<string> AllNames() => OtherNames.Prepend(Name);
}

/// <summary>The kinds of body in <c>wordnet-bodies.tsv</c>.</summary>
internal enum KnownBodyKind
{
    /// <summary>A military unit, armed force or service.</summary>
    ArmedForce,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>An international organisation (United Nations, NATO).</summary>
    International,

    /// <summary>A government or other agency.</summary>
    Agency,

    /// <summary>Any other organisation.</summary>
    Organization,
}

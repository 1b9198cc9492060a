namespace StudyDecks.Core.Analysis;

/// <summary>One person, place or organisation, with every name it goes by in the deck's articles.</summary>
internal sealed class Entity(MentionKind kind, string name)
{
    private readonly List<string> _aliases = [];

    public MentionKind Kind { get; set; } = kind;

    /// <summary>The fullest name: "Antony Blinken", "Syrian Democratic Forces".</summary>
    public string Name { get; set; } = name;

    /// <summary>Other names: "Blinken", "SDF", "Daesh".</summary>
    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>For an acronym's entity, its expansion and the acronym.</summary>
    public string? Acronym { get; set; }

    public PlaceKind? PlaceKind { get; set; }

    public void AddAlias(string alias)
    {
        if (alias != Name && !_aliases.Contains(alias))
        {
            _aliases.Add(alias);
        }
    }

    /// <summary>Whether <paramref name="text"/> is this entity's name or one of its aliases.</summary>
    public bool IsNamed(string text) => text == Name || _aliases.Contains(text);

    public IEnumerable<string> AllNames()
    {
        yield return Name;
        foreach (var alias in _aliases)
        {
            yield return alias;
        }
    }
}

using System.Collections.Frozen;
using System.Globalization;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Knowledge;

/// <summary>
/// Real-world knowledge of people, places and organisations, read once from the embedded WordNet-derived
/// <c>Resources/wordnet-*.tsv</c> files (see Resources/README.md). It answers what a name is, what class it belongs to,
/// and what else belongs to that class nearby: the facts wrong options are chosen and checked by. Loaded on first use.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Instance = new(() => new Gazetteer());

    // Each file is read on the first question that needs it: typing asks only about places, so a generate run
    // usually never reads the people or the bodies.
    private readonly Lazy<PeopleSection> _people = new(() => new PeopleSection(Read("wordnet-people.tsv", 6, ParsePerson)));
    private readonly Lazy<PlaceSection> _places = new(() => new PlaceSection(Read("wordnet-places.tsv", 9, ParsePlace)));
    private readonly Lazy<BodySection> _bodies = new(() => new BodySection(Read("wordnet-bodies.tsv", 4, ParseBody)));

    // Most questions only ask whether a name is known at all: the names of each file (with the places' head words) are
    // read on their own, without building its entries, which wait for the first name that is known.
    private readonly Lazy<FileNames> _personNames = new(() => FileNames.Read("wordnet-people.tsv", nameField: 0, classField: null));
    private readonly Lazy<FileNames> _placeNames = new(() => FileNames.Read("wordnet-places.tsv", nameField: 1, classField: 4));
    private readonly Lazy<FileNames> _bodyNames = new(() => FileNames.Read("wordnet-bodies.tsv", nameField: 0, classField: null));

    /// <summary>A gazetteer of its own that reads nothing until asked; everyone else shares <see cref="Default"/>.</summary>
    internal Gazetteer()
    {
    }

    /// <summary>The gazetteer built from the embedded resources.</summary>
    public static Gazetteer Default => Instance.Value;

    /// <summary>Every person, sorted by name.</summary>
    public IReadOnlyList<KnownPerson> People => _people.Value.All;

    /// <summary>Every place, sorted by name.</summary>
    public IReadOnlyList<KnownPlace> Places => _places.Value.All;

    /// <summary>Every organisation, sorted by name.</summary>
    public IReadOnlyList<KnownBody> Bodies => _bodies.Value.All;

    /// <summary>
    /// Capitalised words that end many place names and say what the place is ("River", "Island", "Sea", "Desert"):
    /// "Merritt Island" is a place even though the gazetteer does not list it.
    /// </summary>
    public FrozenSet<string> PlaceHeadWords => _placeNames.Value.HeadWords;

    /// <summary>Whether any person goes by exactly this name ("Abraham Lincoln", "Lincoln").</summary>
    public bool IsPerson(ReadOnlySpan<char> name) => _personNames.Value.Contains(name);

    /// <summary>Whether any place goes by exactly this name ("Paris", "City of Light").</summary>
    public bool IsPlace(ReadOnlySpan<char> name) => _placeNames.Value.Contains(name);

    /// <summary>Whether any organisation goes by exactly this name ("NATO", "Federal Bureau of Investigation").</summary>
    public bool IsBody(ReadOnlySpan<char> name) => _bodyNames.Value.Contains(name);

    /// <summary>The people going by this name: "George Bush" is two presidents.</summary>
    public IReadOnlyList<KnownPerson> PeopleNamed(string name) => IsPerson(name) ? _people.Value.ByName.GetValueOrDefault(name, []) : [];

    /// <summary>The places going by this name: Paris, France and Paris, Texas.</summary>
    public IReadOnlyList<KnownPlace> PlacesNamed(string name) => IsPlace(name) ? _places.Value.ByName.GetValueOrDefault(name, []) : [];

    /// <summary>
    /// The places going by this name, or, when none does and it has a hyphen or a full stop, by a name spelled with the
    /// same letters in the same case but hyphens, spaces or full stops put differently ("Kwa-Zulu-Natal" for
    /// "KwaZulu-Natal"). Most names asked have neither, and are looked up once, as a span.
    /// </summary>
    public IReadOnlyList<KnownPlace> PlacesSpelledLike(string name) =>
        PlacesNamed(name) is { Count: > 0 } named ? named
        : name.AsSpan().IndexOfAny('-', '.') >= 0 ? _places.Value.ByLetters.GetValueOrDefault(LettersOf(name), [])
        : [];

    /// <summary>The organisations going by this name or acronym.</summary>
    public IReadOnlyList<KnownBody> BodiesNamed(string name) => IsBody(name) ? _bodies.Value.ByName.GetValueOrDefault(name, []) : [];

    /// <summary>Every category a person is of ("President of the United States", "physicist"), sorted ordinally.</summary>
    public IReadOnlyList<string> Categories => _people.Value.Categories;

    /// <summary>Every person of a category ("President of the United States"), sorted by name.</summary>
    public IReadOnlyList<KnownPerson> PeopleInCategory(string category) => _people.Value.ByCategory.GetValueOrDefault(category, []);

    /// <summary>
    /// Other people of any of the person's categories, as candidates for options ("other Presidents of the United
    /// States"); with <paramref name="sameNationality"/>, only those of the person's nationality.
    /// </summary>
    public IEnumerable<KnownPerson> PeersOf(KnownPerson person, bool sameNationality = false) =>
        person.Categories.SelectMany(PeopleInCategory)
            .Where(other => other != person && (!sameNationality || other.Nationality == person.Nationality))
            .Distinct();

    /// <summary>The place with this source identifier.</summary>
    public KnownPlace? PlaceById(string id) => _places.Value.ById.GetValueOrDefault(id);

    /// <summary>Every place this one is a part of, nearest first: Paris → France → Europe.</summary>
    public IReadOnlyList<KnownPlace> WholesOf(KnownPlace place) => _wholes.GetOrAdd(place, FindWholesOf);

    // The wholes of each place asked about, walked once: every option of every place answer asks for them.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<KnownPlace, KnownPlace[]> _wholes = new(ReferenceEqualityComparer.Instance);

    private KnownPlace[] FindWholesOf(KnownPlace place)
    {
        var wholes = new List<KnownPlace>();
        var queue = new Queue<KnownPlace>([place]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var id in next.PartOfIds)
            {
                if (_places.Value.ById.TryGetValue(id, out var whole) && whole != place && !wholes.Contains(whole))
                {
                    wholes.Add(whole);
                    queue.Enqueue(whole);
                }
            }
        }

        return [.. wholes];
    }

    /// <summary>The country a place is or lies in (France for Paris, France itself for France), if the source says.</summary>
    public KnownPlace? CountryOf(KnownPlace place) =>
        place.Kind == KnownPlaceKind.Country ? place : WholesOf(place).FirstOrDefault(whole => whole.Kind == KnownPlaceKind.Country);

    /// <summary>The continent a place is or lies in (Europe for Paris), if the source says.</summary>
    public KnownPlace? ContinentOf(KnownPlace place) =>
        place.Kind == KnownPlaceKind.Continent ? place : WholesOf(place).FirstOrDefault(whole => whole.Kind == KnownPlaceKind.Continent);

    /// <summary>Whether <paramref name="part"/> lies within <paramref name="whole"/>, directly or through other places.</summary>
    public bool IsPartOf(KnownPlace part, KnownPlace whole) => WholesOf(part).Contains(whole);

    /// <summary>
    /// Whether one name is a part or a whole of the other in any of their senses ("Scotland" and "Great Britain",
    /// "Paris" and "Europe"): such a pair can never be an answer and a wrong option.
    /// </summary>
    public bool ArePartAndWhole(string first, string second)
    {
        foreach (var one in PlacesNamed(first))
        {
            foreach (var other in PlacesNamed(second))
            {
                if (IsPartOf(one, other) || IsPartOf(other, one))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Places of the same kind in the same region, sorted by name, as candidates for options: other cities of the
    /// country for a city, other countries of the continent for a country. Never the place itself, nor a part or a
    /// whole of it. Empty when the source places it nowhere.
    /// </summary>
    public IEnumerable<KnownPlace> PlacesLike(KnownPlace place)
    {
        var region = place.Kind is KnownPlaceKind.Country or KnownPlaceKind.Continent ? ContinentOf(place) : CountryOf(place) ?? ContinentOf(place);
        if (region is null || region == place)
        {
            return [];
        }

        var wholes = WholesOf(place);
        return Places.Where(other => other.Kind == place.Kind && other != place && !wholes.Contains(other) && !IsPartOf(other, place) && WholesOf(other).Contains(region));
    }

    /// <summary>The places a demonym is the adjective of: "French" → France.</summary>
    public IReadOnlyList<KnownPlace> PlacesOfDemonym(string demonym) => _places.Value.ByDemonym.GetValueOrDefault(demonym, []);

    /// <summary>The name without the hyphens, spaces and full stops its spellings differ in.</summary>
    private static string LettersOf(string name) => string.Concat(name.Where(character => character is not ('-' or ' ' or '.' or '\u2010' or '\u2011')));

    private static Dictionary<string, T[]> Index<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys)
        where T : class
    {
        var index = new Dictionary<string, T[]>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                // Most keys name one entry: an array grown on the rare second one costs less than a list per key. Items
                // come one at a time, so an item already under this key (a name repeated among its other names) is the
                // last one added: checking only that keeps a category of hundreds linear to build.
                ref var entries = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _);
                if (entries is null)
                {
                    entries = [item];
                }
                else if (!ReferenceEquals(entries[^1], item))
                {
                    entries = [.. entries, item];
                }
            }
        }

        return index;
    }

    private static T[] Read<T>(string resource, int fieldCount, Func<string[], T> parse) =>
        Lexicon.Lines(resource, keepTabs: true).Select(line => parse(Fields(line, fieldCount, resource))).ToArray();

    private static KnownPerson ParsePerson(string[] fields) =>
        new(Required(fields[0]), List(fields[1]), Required(List(fields[2])), fields[3].Length > 0 ? fields[3] : null, Year(fields[4]), Year(fields[5]));

    private static KnownPlace ParsePlace(string[] fields) =>
        new(Required(fields[0]), Required(fields[1]), List(fields[2]), PlaceKind(fields[3]), Required(fields[4]), List(fields[5]), List(fields[6]), State(fields[7], fields[8]));

    // "former" in the until column: the source calls it a former state without a year.
    private static StateYears State(string since, string until) =>
        since.Length == 0 && until.Length == 0 ? StateYears.Unknown
            : new StateYears(Year(since), until == "former" ? null : Year(until), Former: until == "former");

    private static KnownBody ParseBody(string[] fields) =>
        new(Required(fields[0]), List(fields[1]), BodyKind(fields[2]), Required(fields[3]));

    // The kinds as the files spell them; a switch beats a reflective Enum.Parse on every line.
    private static KnownPlaceKind PlaceKind(string kind) => kind switch
    {
        "continent" => KnownPlaceKind.Continent,
        "country" => KnownPlaceKind.Country,
        "state" => KnownPlaceKind.State,
        "city" => KnownPlaceKind.City,
        "island" => KnownPlaceKind.Island,
        "water" => KnownPlaceKind.Water,
        "mountain" => KnownPlaceKind.Mountain,
        "region" => KnownPlaceKind.Region,
        _ => throw new InvalidOperationException($"wordnet-places.tsv: unknown kind '{kind}'."),
    };

    private static KnownBodyKind BodyKind(string kind) => kind switch
    {
        "armed-force" => KnownBodyKind.ArmedForce,
        "party" => KnownBodyKind.Party,
        "international" => KnownBodyKind.International,
        "agency" => KnownBodyKind.Agency,
        "organization" => KnownBodyKind.Organization,
        _ => throw new InvalidOperationException($"wordnet-bodies.tsv: unknown kind '{kind}'."),
    };

    /// <summary>A line's tab-separated fields; a line with another count is a broken resource, not data to skip.</summary>
    private static string[] Fields(string line, int count, string resource)
    {
        var fields = line.Split('\t');
        return fields.Length == count ? fields : throw new InvalidOperationException($"{resource}: expected {count} fields, found {fields.Length}: {line}");
    }

    private static string[] List(string field) => field.Length == 0 ? [] : field.Split('|');

    private static T Required<T>(T value)
        where T : class =>
        value is string { Length: 0 } or Array { Length: 0 } ? throw new InvalidOperationException("A required gazetteer field is empty.") : value;

    private static int? Year(string field) => field.Length == 0 ? null : int.Parse(field, CultureInfo.InvariantCulture);

    // Plain dictionaries, filled once and never changed after: a run looks up a few hundred names, so building the
    // indexes fast matters more than the faster reads a frozen dictionary pays for when it is built.
    /// <summary>Telling a person's name needs only the names; the categories wait for the first question that needs them.</summary>
    private sealed class PeopleSection(KnownPerson[] all)
    {
        private readonly Lazy<Dictionary<string, KnownPerson[]>> _byCategory = new(() => Index(all, person => person.Categories));
        private readonly Lazy<string[]> _categories = new(() => [.. all.SelectMany(person => person.Categories).Distinct().Order(StringComparer.Ordinal)]);

        public KnownPerson[] All { get; } = all;

        public Dictionary<string, KnownPerson[]> ByName { get; } = Index(all, person => person.AllNames());

        public Dictionary<string, KnownPerson[]> ByCategory => _byCategory.Value;

        public string[] Categories => _categories.Value;
    }

    /// <summary>The other indexes wait for the first question that needs them.</summary>
    private sealed class PlaceSection(KnownPlace[] all)
    {
        private readonly Lazy<Dictionary<string, KnownPlace>> _byId = new(() => all.ToDictionary(place => place.Id, StringComparer.Ordinal));
        private readonly Lazy<Dictionary<string, KnownPlace[]>> _byDemonym = new(() => Index(all, place => place.Demonyms));
        private readonly Lazy<Dictionary<string, KnownPlace[]>> _byLetters = new(() => Index(all, place => place.AllNames().Select(LettersOf).Distinct(StringComparer.Ordinal)));

        public KnownPlace[] All { get; } = all;

        public Dictionary<string, KnownPlace[]> ByName { get; } = Index(all, place => place.AllNames());

        public Dictionary<string, KnownPlace> ById => _byId.Value;

        /// <summary>The places by their names with hyphens, spaces and full stops taken out.</summary>
        public Dictionary<string, KnownPlace[]> ByLetters => _byLetters.Value;

        public Dictionary<string, KnownPlace[]> ByDemonym => _byDemonym.Value;
    }

    private sealed class BodySection(KnownBody[] all)
    {
        public KnownBody[] All { get; } = all;

        public Dictionary<string, KnownBody[]> ByName { get; } = Index(all, body => body.AllNames());
    }

    /// <summary>
    /// The names of a gazetteer file, each entry's name and other names as its entries give them (so they are the keys
    /// of the section's <c>ByName</c>), and for places the head words: read without building the entries.
    /// </summary>
    private sealed class FileNames
    {
        private readonly HashSet<string> _names;

        private FileNames(HashSet<string> names, FrozenSet<string> headWords)
        {
            _names = names;
            HeadWords = headWords;
        }

        /// <summary>
        /// The last words of place names that repeat the place's class ("Mississippi River" is a river), capitalised, that
        /// end at least three such names: a word one or two names happen to end with says nothing general.
        /// </summary>
        public FrozenSet<string> HeadWords { get; }

        public bool Contains(ReadOnlySpan<char> name) => _names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

        /// <summary>The names in the file; <paramref name="nameField"/> is followed by the other names (<c>|</c>-separated).</summary>
        public static FileNames Read(string resource, int nameField, int? classField)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var addName = names.GetAlternateLookup<ReadOnlySpan<char>>();
            var headWordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            var countHeadWord = headWordCounts.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<Range> fields = stackalloc Range[8];
            foreach (var line in Lexicon.Lines(resource, keepTabs: true))
            {
                var text = line.AsSpan();
                var count = text.Split(fields, '\t');
                var name = text[fields[nameField]];
                var others = text[fields[nameField + 1]];
                var placeClass = classField is { } field && field < count ? text[fields[field]] : [];
                addName.Add(name);
                if (!placeClass.IsEmpty)
                {
                    CountHeadWord(countHeadWord, name, placeClass);
                }

                if (others.IsEmpty)
                {
                    continue;
                }

                foreach (var other in others.Split('|'))
                {
                    addName.Add(others[other]);
                    if (!placeClass.IsEmpty)
                    {
                        CountHeadWord(countHeadWord, others[other], placeClass);
                    }
                }
            }

            var headWords = headWordCounts.Where(pair => pair.Value >= 3).Select(pair => pair.Key).ToFrozenSet(StringComparer.Ordinal);
            return new FileNames(names, headWords);
        }

        /// <summary>Counts a place name's last word when it is capitalised and repeats the place's class ("Mississippi River" is a river).</summary>
        private static void CountHeadWord(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts, ReadOnlySpan<char> name, ReadOnlySpan<char> placeClass)
        {
            var classWord = placeClass[(placeClass.LastIndexOf(' ') + 1)..];
            var space = name.LastIndexOf(' ');
            var last = name[(space + 1)..];
            if (space > 0 && char.IsUpper(last[0]) && last.Equals(classWord, StringComparison.OrdinalIgnoreCase))
            {
                counts[last] = counts.TryGetValue(last, out var count) ? count + 1 : 1;
            }
        }
    }
}

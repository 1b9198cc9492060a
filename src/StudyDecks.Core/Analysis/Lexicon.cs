using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace StudyDecks.Core.Analysis;

/// <summary>
/// The word lists the analysis relies on, read once from the embedded <c>Resources/*.txt</c> files, among them
/// Bogus's English locale data (first and last names, countries) as <c>tools/bogus-locale/convert.cs</c> writes it.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(Load);

    private readonly Lazy<FrozenSet<string>> _personNouns = new(() => Set("wordnet-person-nouns.txt", StringComparer.Ordinal));

    private readonly Lazy<FrozenSet<string>> _happeningNouns = new(() => Set("wordnet-happening-nouns.txt", StringComparer.Ordinal));

    private readonly Lazy<FrozenDictionary<string, string[]>> _pertainyms = new(() => ListsByKey("wordnet-pertainyms.tsv", StringComparer.OrdinalIgnoreCase));

    private readonly Lazy<FrozenDictionary<string, string[]>> _wordNetAcronyms = new(() => ListsByKey("wordnet-acronyms.tsv", StringComparer.Ordinal));

    private Lexicon()
    {
    }

    /// <summary>The lexicon built from the embedded resources.</summary>
    public static Lexicon Default => Instance.Value;

    public required FrozenSet<string> Abbreviations { get; init; }

    public required FrozenSet<string> SentenceOpeners { get; init; }

    public required FrozenSet<string> FunctionWords { get; init; }

    public required FrozenSet<string> SpeechVerbs { get; init; }

    /// <summary>The words a question adds to the statement it was made from ("when", "did", "year").</summary>
    public required FrozenSet<string> QuestionWords { get; init; }

    public required FrozenSet<string> Pronouns { get; init; }

    public required IReadOnlyList<string> RelativeTime { get; init; }

    /// <summary>
    /// <see cref="RelativeTime"/> as one case-insensitive multi-string search: a single pass tells whether a text can
    /// hold any of the expressions before each is looked for as whole words.
    /// </summary>
    public System.Buffers.SearchValues<string> RelativeTimeSearch =>
        _relativeTimeSearch ??= System.Buffers.SearchValues.Create([.. RelativeTime], StringComparison.OrdinalIgnoreCase);

    private System.Buffers.SearchValues<string>? _relativeTimeSearch;

    public required FrozenDictionary<string, int> NumberWords { get; init; }

    /// <summary>Month names and short forms (without their period) → month number 1–12.</summary>
    public required FrozenDictionary<string, int> Months { get; init; }

    public required IReadOnlyList<string> MonthNames { get; init; }

    public required FrozenSet<string> DurationUnits { get; init; }

    /// <summary>Words that belong to a figure ("million", "percent"), lower case.</summary>
    public required FrozenSet<string> ScaleWords { get; init; }

    /// <summary>Role nouns that can end a role ("Minister"), lower case.</summary>
    public required FrozenSet<string> RoleHeads { get; init; }

    /// <summary>Words that only qualify a role ("Acting", "Deputy"), lower case.</summary>
    public required FrozenSet<string> RoleModifiers { get; init; }

    /// <summary>
    /// Modifiers of a post whose holder is not asked: one held for a short while ("acting", "interim"), which is trivia, or
    /// one held only later ("future"), which the person did not hold when the sentence speaks of them.
    /// </summary>
    public required FrozenSet<string> UnaskedRoleWords { get; init; }

    /// <summary>
    /// Lower-case words right before a post saying its holder took or left it in the sentence's year ("newly appointed",
    /// "outgoing"): that year the holder may have held another post too.
    /// </summary>
    public required FrozenSet<string> ChangingRoleWords { get; init; }

    /// <summary>Titles of monarchs ("King", "Sultan"), after which one name makes a person: "King Hussein".</summary>
    public required FrozenSet<string> MonarchTitles { get; init; }

    /// <summary>
    /// Role heads many hold at once ("judge", "senator", "professor"): "the United States Federal District Judge in 2017"
    /// is one of hundreds, so no one is asked who held it.
    /// </summary>
    public required FrozenSet<string> SharedRoleHeads { get; init; }

    public required FrozenSet<string> OrganizationWords { get; init; }

    /// <summary>Offices every country has ("Foreign Minister") → the country a bare title means, or empty when it could be any.</summary>
    public required FrozenDictionary<string, string> NationalOffices { get; init; }

    /// <summary>Posts of one government that could be mistaken for each other, with the countries each family fits.</summary>
    public required IReadOnlyList<OfficeFamily> OfficeFamilies { get; init; }

    /// <summary>Every first name of Bogus's English lists: general, men's and women's.</summary>
    public required FrozenSet<string> FirstNames { get; init; }

    /// <summary>Men's first names (Bogus's male list); a name on both this and <see cref="FemaleFirstNames"/> is neither.</summary>
    public required FrozenSet<string> MaleFirstNames { get; init; }

    /// <summary>Women's first names (Bogus's female list).</summary>
    public required FrozenSet<string> FemaleFirstNames { get; init; }

    public required FrozenSet<string> LastNames { get; init; }

    /// <summary>Every known place name → its entry.</summary>
    public required FrozenDictionary<string, Place> Places { get; init; }

    /// <summary>Demonyms ("Iraqi") → the place they refer to.</summary>
    public required FrozenDictionary<string, Place> Demonyms { get; init; }

    /// <summary>Other names of places ("U.S." → "United States").</summary>
    public required FrozenDictionary<string, string> PlaceAliases { get; init; }

    /// <summary>Places of each kind, in file order, as a pool of last-resort distractors.</summary>
    public required FrozenDictionary<PlaceKind, IReadOnlyList<string>> PlacesByKind { get; init; }

    /// <summary>Verbs by their past tense ("killed" → kill), for turning a statement into a question.</summary>
    public required FrozenDictionary<string, VerbForms> VerbsByPast { get; init; }

    /// <summary>Verbs by their third person singular ("includes" → include); forms that read as nouns are left out.</summary>
    public required FrozenDictionary<string, VerbForms> VerbsByThirdPerson { get; init; }

    /// <summary>Verbs by their past participle ("taken" → take, "risen" → rise).</summary>
    public required FrozenDictionary<string, VerbForms> VerbsByParticiple { get; init; }

    /// <summary>Titles written before a name ("Professor", "Dr.", "Ms"): what follows is a person's name or surname.</summary>
    public required FrozenSet<string> PersonTitles { get; init; }

    /// <summary>Small words inside a person's name: "de", "von", "bin" (name-particles.txt).</summary>
    public required FrozenSet<string> NameParticles { get; init; }

    /// <summary>Words that open a person's name before a given name: "Abu", "Umm" (name-openers.txt).</summary>
    public required FrozenSet<string> NameOpeners { get; init; }

    /// <summary>Fractions by their text ("a third", "one in four") → their value, in file order.</summary>
    public required IReadOnlyList<KeyValuePair<string, decimal>> Fractions { get; init; }

    /// <summary>Nouns that after "the" point back to an earlier sentence ("the issue", "the plan").</summary>
    public required FrozenSet<string> BackReferenceNouns { get; init; }

    /// <summary>Days named after a weekday ("Super Tuesday", "Good Friday"): events, whose weekday is not a report's.</summary>
    public required FrozenSet<string> NamedDays { get; init; }

    /// <summary>Days whose name says their month ("Thanksgiving" → November), in file order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Holidays { get; init; }

    /// <summary>
    /// Events held at fixed intervals and the years between them ("election" 4, "census" 10): a year beside one gets
    /// options whole intervals apart.
    /// </summary>
    public required IReadOnlyList<(string Words, int Years)> PeriodicEvents { get; init; }

    /// <summary>Capitalised adjectives that make a generic noun a name without saying whose ("the Global Coalition").</summary>
    public required FrozenSet<string> GenericNameModifiers { get; init; }

    /// <summary>Verbs that report a statement with the clause right after them ("says manufacturers could …").</summary>
    public required FrozenSet<string> ReportingVerbs { get; init; }

    /// <summary>Words and phrases that tie a sentence to the one before it ("also", "as a result"), lower case, as listed.</summary>
    public required IReadOnlyList<DiscourseLink> DiscourseLinks { get; init; }

    /// <summary>
    /// <see cref="DiscourseLinks"/> by their first word (any case), each list in file order: a word of a stem is matched
    /// against the links it can start, not against the whole list.
    /// </summary>
    public FrozenDictionary<string, DiscourseLink[]> DiscourseLinksByFirstWord =>
        _discourseLinksByFirstWord ??= DiscourseLinks.GroupBy(link => link.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase);

    private FrozenDictionary<string, DiscourseLink[]>? _discourseLinksByFirstWord;

    /// <summary>Words by which a writer judges rather than reports ("premature", "minimally"), any case.</summary>
    public required FrozenSet<string> EvaluativeWords { get; init; }

    /// <summary>Words by which a writer hedges a statement ("may", "reportedly"), any case.</summary>
    public required FrozenSet<string> HedgeWords { get; init; }

    /// <summary>The hedges by which a writer says they are not sure a statement is so ("probably", "perhaps"), any case.</summary>
    public required FrozenSet<string> DoubtWords { get; init; }

    /// <summary>Words of a match's play-by-play or box score ("flied", "inning", "tackles"), any case.</summary>
    public required FrozenSet<string> PlayByPlayWords { get; init; }

    /// <summary>Prepositions before which a headline may be cut to a topic ("… Costs on Russia"), lower case.</summary>
    public required FrozenSet<string> HeadlinePrepositions { get; init; }

    /// <summary>Labels of a kind of text a headline opens with before a colon ("FACT SHEET", "Readout"), any case.</summary>
    public required FrozenSet<string> HeadlineLabels { get; init; }

    /// <summary>Words of a procedural step whose exact date is a detail ("introduced", "ratified"), any case.</summary>
    public required FrozenSet<string> ProceduralStepWords { get; init; }

    /// <summary>Verbs by which someone holds a view rather than does something ("felt", "believed"), any case.</summary>
    public required FrozenSet<string> OpinionVerbs { get; init; }

    /// <summary>Phrases by which a report says someone gave no answer ("did not respond", "declined to comment").</summary>
    public required IReadOnlyList<string> NonAnswers { get; init; }

    /// <summary>Words of a private step whose year, too, is a detail ("married", "transferred"), any case.</summary>
    public required FrozenSet<string> PrivateStepWords { get; init; }

    /// <summary>
    /// Words of a routine step of an office ("appointed", "credentials") whose exact date is a detail unless a
    /// <see cref="MilestoneWords">milestone word</see> marks it, any case.
    /// </summary>
    public required FrozenSet<string> RoutineStepWords { get; init; }

    /// <summary>
    /// Words of a step in someone's life ("left", "resigned") whose exact date is a detail when the gazetteer knows no one
    /// the sentence names, any case.
    /// </summary>
    public required FrozenSet<string> PersonalStepWords { get; init; }

    /// <summary>
    /// Words of a step that is someone's only when a person does it ("started", "joined": a war starts too), whose exact
    /// date is then a detail as a <see cref="PersonalStepWords">personal step's</see> is, any case.
    /// </summary>
    public required FrozenSet<string> CareerStepWords { get; init; }

    /// <summary>Words that make a routine step a milestone ("first", "established"), any case.</summary>
    public required FrozenSet<string> MilestoneWords { get; init; }

    /// <summary>Words that make a capitalised name a named event, law or document ("Treaty", "War"), as capitalised.</summary>
    public required FrozenSet<string> EventWords { get; init; }

    /// <summary>
    /// The word that makes <paramref name="name"/> a named event, law or document: its last word ("Korean War") or its
    /// first before "of" ("Treaty of Kanagawa"); <see langword="null"/> when it is none.
    /// </summary>
    public string? EventHead(string name)
    {
        var firstSpace = name.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace < 0)
        {
            return null;
        }

        var first = name[..firstSpace];
        if (name.AsSpan(firstSpace).StartsWith(" of ", StringComparison.Ordinal) && EventWords.Contains(first))
        {
            return first;
        }

        var last = name[(name.LastIndexOf(' ') + 1)..];
        return EventWords.Contains(last) ? last : null;
    }

    /// <summary>
    /// The nouns a lower-case adjective is made from, from WordNet ("naval" → navy, "lunar" → moon): a stem that holds one
    /// names an answer of that noun. Read on first use, as <see cref="PersonNouns"/> is.
    /// </summary>
    public FrozenDictionary<string, string[]> Pertainyms => _pertainyms.Value;

    /// <summary>
    /// Common nouns for a kind of person, from WordNet ("guitarist", "skipper"): a name before one is whose. Read on first
    /// use: few sentences ask, and 6,000 words cost a native start-up a few milliseconds.
    /// </summary>
    public FrozenSet<string> PersonNouns => _personNouns.Value;

    /// <summary>
    /// Common nouns for a happening, from WordNet ("outbreak", "journey", "fatality"): after "the", with nothing saying
    /// which, one points back to something told before. Read on first use, as <see cref="PersonNouns"/> is.
    /// </summary>
    public FrozenSet<string> HappeningNouns => _happeningNouns.Value;

    /// <summary>
    /// What WordNet says an acronym stands for ("ICU" → intensive care unit), read on first use: an article's acronym
    /// that WordNet knows as something else has another common meaning a student may rightly give.
    /// </summary>
    public FrozenDictionary<string, string[]> WordNetAcronyms => _wordNetAcronyms.Value;

    /// <summary>Whether the word is a noun for a happening (<see cref="HappeningNouns"/>), singular or plural ("fatalities").</summary>
    public bool IsHappeningNoun(string word) => InNounForms(word, HappeningNouns.Contains);

    /// <summary>Whether the word is a noun for a kind of person (<see cref="PersonNouns"/>), singular or plural ("greats").</summary>
    public bool IsPersonNoun(string word) => InSingularOrPlural(word, PersonNouns.Contains);

    /// <summary>Whether the word names a people (<see cref="Demonyms"/>), singular or plural ("Palestinian", "Palestinians").</summary>
    public bool IsDemonym(string word) => InSingularOrPlural(word, Demonyms.ContainsKey);

    /// <summary>Whether the name is a place of <see cref="Places"/> or one the WordNet gazetteer knows ("Berkeley").</summary>
    public bool IsKnownPlace(ReadOnlySpan<char> name) => Places.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(name) || Knowledge.Gazetteer.Default.IsPlace(name);

    /// <summary>
    /// The kind of place <see cref="Places"/> gives the name, or else that of the place the WordNet gazetteer knows by it
    /// (<see cref="KnownPlaceOf"/>): "Gaza Strip" a region, "West Germany" a country, "Nevada" a state (a region);
    /// otherwise <see langword="null"/>.
    /// </summary>
    public PlaceKind? PlaceKindOf(string name) =>
        Places.TryGetValue(name, out var place) ? place.Kind : KnownPlaceOf(name) is { } known ? KindOf(known) : null;

    /// <summary>
    /// The place the WordNet gazetteer knows by the name, when no person or body goes by it too; of two places of one name,
    /// a country counts before a state, a state before a continent, a continent before a city and a city before the rest
    /// ("Wisconsin" the state, not the river). <see langword="null"/> when it knows none.
    /// </summary>
    /// <remarks>Read from a span: the recogniser asks for every run of capitalised words, and few are places.</remarks>
    public static Knowledge.KnownPlace? KnownPlaceOf(ReadOnlySpan<char> name)
    {
        var gazetteer = Knowledge.Gazetteer.Default;
        return !gazetteer.IsPlace(name) || gazetteer.IsPerson(name) || gazetteer.IsBody(name) ? null : gazetteer.PlacesNamed(name.ToString()).MinBy(Rank);

        static int Rank(Knowledge.KnownPlace known) => known.Kind switch
        {
            Knowledge.KnownPlaceKind.Country => 0,
            Knowledge.KnownPlaceKind.State => 1,
            Knowledge.KnownPlaceKind.Continent => 2,
            Knowledge.KnownPlaceKind.City => 3,
            _ => 4,
        };
    }

    /// <summary>The coarse kind options are matched by: a state, island, river or mountain is a region.</summary>
    public static PlaceKind KindOf(Knowledge.KnownPlace known) => known.Kind switch
    {
        Knowledge.KnownPlaceKind.Country => PlaceKind.Country,
        Knowledge.KnownPlaceKind.Continent => PlaceKind.Continent,
        Knowledge.KnownPlaceKind.City => PlaceKind.City,
        _ => PlaceKind.Region,
    };

    /// <summary>
    /// Whether a list holds the word as written or, for a word of more than three letters ending in "s", without that
    /// "s": the plural of a listed singular ("guitarists", "Palestinians", "Presidents").
    /// </summary>
    public static bool InSingularOrPlural(string word, Func<string, bool> listed) =>
        listed(word) || (word.Length > 3 && word.EndsWith('s') && listed(word[..^1]));

    /// <summary>Whether a word ends as a plural does ("talks", "officials"); "crisis", "address" and "status" do not.</summary>
    public static bool EndsAsPlural(ReadOnlySpan<char> word) =>
        word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    /// <summary>
    /// <see cref="InSingularOrPlural"/> for common nouns, whose plural in "-ies" is of a singular in "-y" ("fatalities",
    /// "authorities").
    /// </summary>
    public static bool InNounForms(string word, Func<string, bool> listed) =>
        InSingularOrPlural(word, listed) || (word.Length > 3 && word.EndsWith("ies", StringComparison.Ordinal) && listed(string.Concat(word.AsSpan(0, word.Length - 3), "y")));

    /// <summary>Words by which a quotation points to something said before it ("their", "there"), any case.</summary>
    public required FrozenSet<string> QuotationReferences { get; init; }

    /// <summary>The word classes of reference-words.txt by class name ("ordinal", "qualifier"…); ordinals match any case.</summary>
    public required FrozenDictionary<string, FrozenSet<string>> ReferenceWords { get; init; }

    /// <summary>How much an answer of each kind is worth asking, 0 to 1, by the deck format's kind name ("date", "person").</summary>
    public required FrozenDictionary<string, double> AnswerWorth { get; init; }

    /// <summary>
    /// How much an answer of a kind is worth asked as the blank of a cloze, where that differs from <see cref="AnswerWorth"/>
    /// (the third column of answer-worth.tsv): a person filled in, not a person a "Who was …" question asks.
    /// </summary>
    public required FrozenDictionary<string, double> BlankAnswerWorth { get; init; }

    public bool IsRoleWord(string word) => RoleHeads.Contains(word) || RoleModifiers.Contains(word);

    /// <summary>Whether a lower-case word is a function word ("or", "the", "of"): the list holds them capitalised.</summary>
    public bool IsLowerFunctionWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && FunctionWords.Contains(string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..]));

    /// <summary>Whether a word written before a name is a post or a title ("President", "Dr."), not the name's first word.</summary>
    public bool IsTitleWord(string word) => IsRoleWord(word) || PersonTitles.Contains(word);

    /// <summary>
    /// Whether the word is a first name: one the lists hold, or first names joined by hyphens ("Jo-Anne", "Jean-Paul"),
    /// which the lists do not spell out.
    /// </summary>
    public bool IsFirstName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (FirstNames.Contains(word))
        {
            return true;
        }

        if (!word.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        var parts = word.Split('-');
        return parts.Length <= 3 && Array.TrueForAll(parts, part => part.Length >= 2 && char.IsUpper(part[0]) && FirstNames.Contains(part));
    }

    /// <summary>
    /// Whether a word is a past form: one in "-ed", a past verb-forms.txt lists, or an irregular past of
    /// reference-words.txt ("told", "met"). Read word by word, so by span, with the lookups made once.
    /// </summary>
    public bool IsPastForm(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            return true;
        }

        var lookups = LazyInitializer.EnsureInitialized(ref _pastLookups, () => new PastLookups(VerbsByPast, ReferenceWords["irregular-past"]));
        return lookups.Pasts.ContainsKey(word) || lookups.Irregular.Contains(word);
    }

    /// <summary>
    /// Whether a word of three letters or more is a past form written in lower case: a verb in running text, not a name
    /// that ends in "-ed" ("United").
    /// </summary>
    public bool IsLowerCasePastForm(ReadOnlySpan<char> word) => word.Length > 2 && char.IsLower(word[0]) && IsPastForm(word);

    private PastLookups? _pastLookups;

    /// <summary>
    /// The base forms of the verbs verb-forms.txt lists ("send", "agree"), and of WordNet's verbs that are no noun too:
    /// "was able send" lacks its "to", "the leaders agree" has a verb, but "the book" has none.
    /// </summary>
    public required FrozenSet<string> BaseVerbs { get; init; }

    private sealed class PastLookups(FrozenDictionary<string, VerbForms> pasts, FrozenSet<string> irregular)
    {
        public FrozenDictionary<string, VerbForms>.AlternateLookup<ReadOnlySpan<char>> Pasts { get; } = pasts.GetAlternateLookup<ReadOnlySpan<char>>();

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Irregular { get; } = irregular.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsRoleHead(string word) => RoleHeads.Contains(word);

    private static Lexicon Load()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var monthNames = new List<string>();
        foreach (var line in Lines("months.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            monthNames.Add(parts[0]);
            foreach (var part in parts)
            {
                months[part] = monthNames.Count;
            }
        }

        var numberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("number-words.txt"))
        {
            var parts = line.Split(' ');
            numberWords[parts[0]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        var heads = new HashSet<string>(StringComparer.Ordinal);
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        var unasked = new HashSet<string>(StringComparer.Ordinal);
        var monarchs = new HashSet<string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var changing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines("role-words.txt"))
        {
            var parts = line.Split(' ');
            if (parts[0] == "shared")
            {
                shared.Add(parts[1]);
                continue;
            }

            if (parts[0] == "changing")
            {
                changing.Add(parts[1]);
                continue;
            }

            (parts[0] is "head" or "monarch" ? heads : modifiers).Add(parts[1]);
            if (parts[0] == "monarch")
            {
                monarchs.Add(parts[1]);
            }

            if (parts[0] is "temporary" or "prospective")
            {
                unasked.Add(parts[1]);
            }
        }

        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, Place>(StringComparer.Ordinal);
        var byKind = new Dictionary<PlaceKind, List<string>>();
        var placeAliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines("places.txt"))
        {
            var parts = line.Split('\t');
            if (parts[0] == "alias")
            {
                for (var i = 2; i < parts.Length; i++)
                {
                    placeAliases[parts[i]] = parts[1];
                }

                continue;
            }

            var kind = Enum.Parse<PlaceKind>(parts[0], ignoreCase: true);
            var place = new Place(parts[1], kind);
            places.TryAdd(parts[1], place);
            if (!byKind.TryGetValue(kind, out var list))
            {
                byKind[kind] = list = [];
            }

            if (!parts[1].Contains('.', StringComparison.Ordinal) && !parts[1].All(char.IsUpper))
            {
                list.Add(parts[1]);
            }

            for (var i = 2; i < parts.Length; i++)
            {
                demonyms.TryAdd(parts[i], place);
            }
        }

        var byPast = new Dictionary<string, VerbForms>(StringComparer.Ordinal);
        var byThirdPerson = new Dictionary<string, VerbForms>(StringComparer.Ordinal);
        var baseVerbs = new HashSet<string>(StringComparer.Ordinal);
        // The hand-made list first, with the irregular verbs and the forms that read as nouns; WordNet's regular verbs
        // after, whose base counts as a verb only when it is no noun ("book", "plan" are read as nouns).
        var verbLines = Lines("verb-forms.txt").Select(line => (line, HandMade: true)).Concat(Lines("wordnet-verbs.tsv").Select(line => (line, HandMade: false)));
        foreach (var (line, handMade) in verbLines)
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var verb = new VerbForms(parts[0], parts[1] == "-" ? null : parts[1], parts[2], parts[3]);
            if (handMade || verb.ThirdPerson is not null)
            {
                baseVerbs.Add(verb.Base);
            }

            byPast.TryAdd(verb.Past, verb);
            if (verb.ThirdPerson is { } third)
            {
                byThirdPerson.TryAdd(third, verb);
            }
        }

        foreach (var country in Lines("bogus-countries.txt"))
        {
            places.TryAdd(country, new Place(country, PlaceKind.Country));
        }

        var steps = Lines("procedural-step-words.tsv").Select(line => line.Split('\t')).ToArray();
        var hedges = Lines("hedge-words.tsv").Select(line => line.Split('\t')).ToArray();
        var worth = Lines("answer-worth.tsv").Select(line => line.Split('\t')).ToArray();
        var male = Set("bogus-male-first-names.txt", StringComparer.Ordinal);
        var female = Set("bogus-female-first-names.txt", StringComparer.Ordinal);
        return new Lexicon
        {
            Abbreviations = Set("abbreviations.txt", StringComparer.Ordinal),
            SentenceOpeners = Set("sentence-openers.txt", StringComparer.Ordinal),
            FunctionWords = Set("function-words.txt", StringComparer.Ordinal),
            SpeechVerbs = Set("speech-verbs.txt", StringComparer.Ordinal),
            QuestionWords = Set("question-words.txt", StringComparer.Ordinal),
            PersonTitles = Set("person-titles.txt", StringComparer.Ordinal),
            NameParticles = Set("name-particles.txt", StringComparer.Ordinal),
            NameOpeners = Set("name-openers.txt", StringComparer.Ordinal),
            ReportingVerbs = Set("reporting-verbs.txt", StringComparer.Ordinal),
            DiscourseLinks = Lines("discourse-links.txt").Select(DiscourseLink.Parse).ToArray(),
            EvaluativeWords = Set("evaluative-words.txt", StringComparer.OrdinalIgnoreCase),
            HedgeWords = hedges.Select(fields => fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            DoubtWords = hedges.Where(fields => fields is [_, "doubt"]).Select(fields => fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            PlayByPlayWords = Set("play-by-play-words.txt", StringComparer.OrdinalIgnoreCase),
            HeadlinePrepositions = Set("headline-prepositions.txt", StringComparer.Ordinal),
            HeadlineLabels = Set("headline-labels.txt", StringComparer.OrdinalIgnoreCase),
            EventWords = Set("event-words.txt", StringComparer.Ordinal),
            OpinionVerbs = Set("opinion-verbs.txt", StringComparer.OrdinalIgnoreCase),
            NonAnswers = Lines("non-answers.txt").ToArray(),
            ProceduralStepWords = StepWords(steps, "date", "any"),
            PrivateStepWords = StepWords(steps, "any"),
            RoutineStepWords = StepWords(steps, "routine"),
            MilestoneWords = StepWords(steps, "milestone"),
            PersonalStepWords = StepWords(steps, "personal"),
            CareerStepWords = StepWords(steps, "career"),
            QuotationReferences = Set("quotation-references.txt", StringComparer.OrdinalIgnoreCase),
            ReferenceWords = Lines("reference-words.txt").Select(line => line.Split('\t')).GroupBy(fields => fields[0], StringComparer.Ordinal)
                .ToFrozenDictionary(group => group.Key, group => group.Select(fields => fields[1]).ToFrozenSet(group.Key.EndsWith("ordinal", StringComparison.Ordinal) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal), StringComparer.Ordinal),
            AnswerWorth = worth.ToFrozenDictionary(fields => fields[0], fields => double.Parse(fields[1], CultureInfo.InvariantCulture), StringComparer.Ordinal),
            BlankAnswerWorth = worth.Where(fields => fields.Length > 2)
                .ToFrozenDictionary(fields => fields[0], fields => double.Parse(fields[2], CultureInfo.InvariantCulture), StringComparer.Ordinal),
            BackReferenceNouns = Set("back-reference-nouns.txt", StringComparer.Ordinal),
            GenericNameModifiers = Set("generic-name-modifiers.txt", StringComparer.Ordinal),
            PeriodicEvents = Lines("periodic-events.tsv").Select(line => line.Split('\t')).Select(fields => (fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
            NamedDays = Set("named-days.txt", StringComparer.Ordinal),
            Holidays = Lines("holidays.tsv").Select(line => line.Split('\t')).Select(fields => KeyValuePair.Create(fields[0], fields[1])).ToArray(),
            Fractions = Lines("fractions.txt").Select(Fraction).ToArray(),
            Pronouns = Set("pronouns.txt", StringComparer.OrdinalIgnoreCase),
            RelativeTime = Lines("relative-time.txt").ToArray(),
            NumberWords = numberWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            Months = months.ToFrozenDictionary(StringComparer.Ordinal),
            MonthNames = monthNames,
            DurationUnits = Set("duration-units.txt", StringComparer.Ordinal),
            ScaleWords = Set("scale-words.txt", StringComparer.OrdinalIgnoreCase),
            RoleHeads = heads.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            RoleModifiers = modifiers.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            UnaskedRoleWords = unasked.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            ChangingRoleWords = changing.ToFrozenSet(StringComparer.Ordinal),
            MonarchTitles = monarchs.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            SharedRoleHeads = shared.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            OrganizationWords = Set("organization-words.txt", StringComparer.Ordinal),
            NationalOffices = Lines("national-offices.txt").Select(line => line.Split('\t')).ToFrozenDictionary(fields => fields[0], fields => fields.Length > 1 ? fields[1] : "", StringComparer.Ordinal),
            OfficeFamilies = Lines("office-families.tsv").Select(OfficeFamily.Parse).ToArray(),
            // Bogus's general list lacks many common names ("James", "Ronald") that only its male and female lists hold.
            FirstNames = Lines("bogus-first-names.txt").Concat(male).Concat(female).ToFrozenSet(StringComparer.Ordinal),
            MaleFirstNames = male,
            FemaleFirstNames = female,
            LastNames = Set("bogus-last-names.txt", StringComparer.Ordinal),
            Places = places.ToFrozenDictionary(StringComparer.Ordinal),
            Demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal),
            PlaceAliases = placeAliases.ToFrozenDictionary(StringComparer.Ordinal),
            VerbsByPast = byPast.ToFrozenDictionary(StringComparer.Ordinal),
            BaseVerbs = baseVerbs.ToFrozenSet(StringComparer.Ordinal),
            VerbsByThirdPerson = byThirdPerson.ToFrozenDictionary(StringComparer.Ordinal),
            VerbsByParticiple = byPast.Values.DistinctBy(verb => verb.Participle).ToFrozenDictionary(verb => verb.Participle, StringComparer.Ordinal),
            PlacesByKind = byKind.ToFrozenDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value),
        };
    }

    /// <summary>"two thirds 2/3" → ("two thirds", 0.666…).</summary>
    private static KeyValuePair<string, decimal> Fraction(string line)
    {
        var space = line.LastIndexOf(' ');
        var slash = line.IndexOf('/', space);
        var numerator = decimal.Parse(line.AsSpan(space + 1, slash - space - 1), CultureInfo.InvariantCulture);
        var denominator = decimal.Parse(line.AsSpan(slash + 1), CultureInfo.InvariantCulture);
        return new(line[..space], numerator / denominator);
    }

    private static FrozenSet<string> Set(string resource, StringComparer comparer) => Lines(resource).ToFrozenSet(comparer);

    /// <summary>A table of a key, a tab and values separated by "|" ("naval" → navy), by its key.</summary>
    private static FrozenDictionary<string, string[]> ListsByKey(string resource, StringComparer comparer) =>
        Lines(resource).Select(line => line.Split('\t')).ToFrozenDictionary(fields => fields[0], fields => fields[1].Split('|'), comparer);

    /// <summary>The words of procedural-step-words.tsv whose scope is one of <paramref name="scopes"/>.</summary>
    private static FrozenSet<string> StepWords(string[][] steps, params string[] scopes) =>
        steps.Where(fields => fields.Length > 1 && scopes.Contains(fields[1])).Select(fields => fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The non-blank, non-comment lines of an embedded resource. <paramref name="keepTabs"/> keeps trailing tabs: a
    /// table's empty last fields are data.
    /// </summary>
    internal static List<string> Lines(string resource, bool keepTabs = false)
    {
        var name = "StudyDecks.Core.Resources." + resource;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = keepTabs ? line.TrimEnd(' ', '\r') : line.TrimEnd();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}

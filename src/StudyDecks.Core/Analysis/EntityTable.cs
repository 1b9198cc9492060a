namespace StudyDecks.Core.Analysis;

/// <summary>
/// Every entity of a deck, found by any of its names. Resolving merges aliases into one entity: an acronym and its
/// expansion, "Daesh/ISIS", a surname and the full name it refers back to, "the Coalition" and "D-ISIS Coalition".
/// </summary>
internal sealed class EntityTable
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Sir" };
    private readonly Dictionary<string, Entity> _byName = new(StringComparer.Ordinal);
    private readonly List<Entity> _entities = [];
    private readonly Lexicon _lexicon;
    private Dictionary<string, Entity?>? _peopleBySurname;
    private readonly Dictionary<string, Entity> _peopleByFirstAndLast = new(StringComparer.Ordinal);

    public EntityTable(Lexicon lexicon, IReadOnlyList<ArticleAnalysis> analyses)
    {
        _lexicon = lexicon;
        foreach (var analysis in analyses)
        {
            foreach (var acronym in analysis.Acronyms)
            {
                var entity = Find(acronym.Acronym) ?? GetOrCreate(acronym.Expansion, MentionKind.Organization);
                entity.Acronym = acronym.Acronym;
                Register(acronym.Acronym, entity);
                Register(acronym.Expansion, entity);
            }

            foreach (var alias in analysis.Aliases)
            {
                var entity = Find(alias.Name) ?? Find(alias.Alias) ?? GetOrCreate(alias.Name, MentionKind.Organization);
                Register(alias.Name, entity);
                Register(alias.Alias, entity);
            }
        }

        foreach (var analysis in analyses)
        {
            var personSurnames = PersonSurnames(analysis);
            foreach (var mention in analysis.AllMentions())
            {
                switch (mention.Kind)
                {
                    // "Mehdi Kazemi" with a first name the lists do not know, where the article also says "Mr Kazemi": the
                    // title makes the surname a person's, and the name ending in it is that person's full name.
                    case MentionKind.Name when personSurnames.Count > 0 && IsFullNameOf(mention.Text, personSurnames):
                    // A lone surname ("Professor Eastman") waits until every full name is known.
                    case MentionKind.Person when mention.Text.Contains(' ', StringComparison.Ordinal):
                        var name = StripHonorific(mention.Text);
                        mention.Entity = Find(mention.Text) ?? WithoutMiddleNames(name) ?? GetOrCreate(name, MentionKind.Person);
                        Register(mention.Text, mention.Entity);
                        _peopleByFirstAndLast.TryAdd(FirstAndLast(name), mention.Entity);
                        break;
                    case MentionKind.Place:
                        var canonical = lexicon.PlaceAliases.GetValueOrDefault(mention.Text, mention.Text);
                        mention.Entity = Find(canonical) ?? GetOrCreate(canonical, MentionKind.Place);
                        mention.Entity.PlaceKind ??= lexicon.PlaceKindOf(canonical);
                        Register(mention.Text, mention.Entity);
                        break;
                    case MentionKind.Organization when mention.Text.Contains(' ', StringComparison.Ordinal) || AcronymMatcher.LooksLikeAcronym(mention.Text):
                        mention.Entity = Find(mention.Text) ?? GetOrCreate(mention.Text, MentionKind.Organization);
                        break;
                    case MentionKind.Event:
                        mention.Entity = Find(mention.Text) ?? GetOrCreate(mention.Text, MentionKind.Event);
                        break;
                }
            }
        }

        foreach (var analysis in analyses)
        {
            var organizations = new OrganizationCounts(analysis);
            var position = -1;
            foreach (var mention in analysis.AllMentions())
            {
                position++;
                // "When news of Washington’s failure reached …" after "Lieutenant Colonel George Washington": a place's
                // name with a possessive, when one person of the deck has it as surname, is that person.
                if (mention.Kind == MentionKind.Place && IsPossessive(analysis.Article.Text, mention) && PersonBySurname(mention.Text) is { } person)
                {
                    mention.Entity = person;
                    continue;
                }

                if (mention.Entity is null && mention.Kind is MentionKind.Name or MentionKind.Organization or MentionKind.Person)
                {
                    mention.Entity = Find(mention.Text) ?? BySurname(mention.Text) ?? ByTitledSurname(mention.Text) ?? ByHeadWord(organizations, mention);
                    organizations.Add(mention.Entity, position);
                    if (mention.Entity is null && mention.Kind == MentionKind.Person)
                    {
                        mention.Entity = ByMisspeltSurname(mention.Text);
                    }

                    if (mention.Entity is null && mention.Kind == MentionKind.Person)
                    {
                        mention.Entity = GetOrCreate(mention.Text, MentionKind.Person);
                        Register(mention.Text, mention.Entity);
                    }
                }
            }
        }
    }

    /// <summary>The one-word names the article gives a person by a title or a first name ("Mr Kazemi"): surnames.</summary>
    private static HashSet<string> PersonSurnames(ArticleAnalysis analysis)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in analysis.AllMentions())
        {
            if (mention.Kind == MentionKind.Person && !mention.Text.Contains(' ', StringComparison.Ordinal))
            {
                surnames.Add(mention.Text);
            }
        }

        return surnames;
    }

    /// <summary>Whether a name of two or three capitalised words ends in one of <paramref name="surnames"/>: "Mehdi Kazemi".</summary>
    private static bool IsFullNameOf(string name, HashSet<string> surnames)
    {
        var words = name.Split(' ');
        return words.Length is 2 or 3 && surnames.Contains(words[^1]) && words.All(word => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower));
    }

    public IReadOnlyList<Entity> Entities => _entities;

    public Entity? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Whether two names are the same entity (or the same text).</summary>
    public bool SameEntity(string first, string second) =>
        string.Equals(first, second, StringComparison.OrdinalIgnoreCase) || (Find(first) is { } entity && entity == Find(second));

    private Entity GetOrCreate(string name, MentionKind kind)
    {
        if (_byName.TryGetValue(name, out var entity))
        {
            return entity;
        }

        entity = new Entity(kind, name);
        _entities.Add(entity);
        _byName[name] = entity;
        return entity;
    }

    private void Register(string name, Entity entity)
    {
        _byName.TryAdd(name, entity);
        entity.AddAlias(name);
    }

    /// <summary>Whether the mention is followed by a possessive "’s" or "'s".</summary>
    private static bool IsPossessive(string text, Mention mention) =>
        text.AsSpan(mention.End).StartsWith("’s ", StringComparison.Ordinal) || text.AsSpan(mention.End).StartsWith("'s ", StringComparison.Ordinal);

    /// <summary>The one person of the deck whose last word of name is the text, if any.</summary>
    private Entity? PersonBySurname(string text)
    {
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        _peopleBySurname ??= PeopleBySurname();
        return _peopleBySurname.GetValueOrDefault(text);
    }

    /// <summary>"Blinken" → "Antony Blinken", when exactly one person of the deck has that surname.</summary>
    private Entity? BySurname(string text)
    {
        if (!char.IsUpper(text[0]) || _lexicon.Places.ContainsKey(text) || PersonBySurname(text) is not { } found)
        {
            return null;
        }

        Register(text, found);
        return found;
    }

    /// <summary>
    /// "President Bush" → "George H.W. Bush": a title and a surname the recogniser read as one name, when exactly one
    /// person of the deck has that surname.
    /// </summary>
    private Entity? ByTitledSurname(string text) =>
        TitledSurname(text, _lexicon) is { } surname && PersonBySurname(surname) is { } found ? found : null;

    /// <summary>The surname of a role word and a surname ("President Bush" → "Bush"), or <see langword="null"/>.</summary>
    internal static string? TitledSurname(string text, Lexicon lexicon)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && text.IndexOf(' ', space + 1) < 0 && lexicon.IsRoleHead(text[..space]) && text.Length > space + 1 && char.IsUpper(text[space + 1])
            ? text[(space + 1)..]
            : null;
    }

    /// <summary>
    /// Every person by the last word of their name, or <see langword="null"/> for a surname two people share. Built
    /// once all entities exist: looking a surname up beats walking every entity of a large deck for each mention.
    /// </summary>
    private Dictionary<string, Entity?> PeopleBySurname()
    {
        var people = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var entity in _entities)
        {
            var space = entity.Name.LastIndexOf(' ');
            if (entity.Kind != MentionKind.Person || space < 0)
            {
                continue;
            }

            var surname = entity.Name[(space + 1)..];
            people[surname] = people.TryGetValue(surname, out var other) && other != entity ? null : entity;
        }

        // "Nouri al-Maliki … Maliki said": a surname joined to its particle by a hyphen is also written without it. The bare
        // form stands for its person unless it is someone's surname as written, or two people share it.
        var byBareSurname = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var (surname, entity) in people)
        {
            if (entity is not null && BareSurname(surname) is { } bare && !people.ContainsKey(bare))
            {
                byBareSurname[bare] = byBareSurname.TryGetValue(bare, out var other) && other != entity ? null : entity;
            }
        }

        foreach (var (bare, entity) in byBareSurname)
        {
            people[bare] = entity;
        }

        // "Wang Bingnan … to meet with Wang": a name written family name first is called by its first word. A first word
        // that is no one's first name, nor a title ("Sultan"), stands for its person, unless it is someone's surname too or two
        // people begin with it.
        var byFirstWord = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var entity in _entities)
        {
            var space = entity.Name.IndexOf(' ', StringComparison.Ordinal);
            if (entity.Kind != MentionKind.Person || space < 0 || entity.Name.IndexOf(' ', space + 1) >= 0)
            {
                continue;
            }

            var first = entity.Name[..space];
            if (first.Length > 1 && !first.Contains('.', StringComparison.Ordinal) && !_lexicon.FirstNames.Contains(first) && !people.ContainsKey(first)
                && !_lexicon.MonarchTitles.Contains(first) && !_lexicon.PersonTitles.Contains(first) && !_lexicon.IsRoleWord(first))
            {
                byFirstWord[first] = byFirstWord.TryGetValue(first, out var other) && other != entity ? null : entity;
            }
        }

        foreach (var (first, entity) in byFirstWord)
        {
            people[first] = entity;
        }

        return people;
    }

    /// <summary>"al-Maliki" → "Maliki": the surname without a lower-case particle joined to it by a hyphen, or <see langword="null"/>.</summary>
    internal static string? BareSurname(string surname, Lexicon lexicon)
    {
        var hyphen = surname.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 2 < surname.Length && char.IsUpper(surname[hyphen + 1])
            && lexicon.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(surname.AsSpan(0, hyphen))
            ? surname[(hyphen + 1)..]
            : null;
    }

    private string? BareSurname(string surname) => BareSurname(surname, _lexicon);

    /// <summary>
    /// "Ms Bauchtman" → "Lydia Buchtmann": a titled surname that no one of the deck has, but one person's surname is
    /// spelt within two letters of (same initial, six letters or more), is that person misspelt, as news copy often has.
    /// </summary>
    private Entity? ByMisspeltSurname(string text)
    {
        if (text.Length < 6 || text.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        Entity? found = null;
        foreach (var entity in _entities)
        {
            var surname = entity.Name[(entity.Name.LastIndexOf(' ') + 1)..];
            if (entity.Kind == MentionKind.Person && entity.Name.Contains(' ', StringComparison.Ordinal) && surname[0] == text[0]
                && Quality.TextSimilarity.Levenshtein(surname, text) <= 2)
            {
                if (found is not null && found != entity)
                {
                    return null;
                }

                found = entity;
            }
        }

        if (found is not null)
        {
            Register(text, found);
        }

        return found;
    }

    /// <summary>"the Coalition" → the article's most frequent organisation whose name ends with "Coalition".</summary>
    private Entity? ByHeadWord(OrganizationCounts organizations, Mention mention)
    {
        if (!_lexicon.OrganizationWords.Contains(mention.Text))
        {
            return null;
        }

        var best = organizations.MostFrequentEndingIn(mention.Text);
        best?.AddAlias(mention.Text);
        return best;
    }

    /// <summary>
    /// "Larry James" after "Larry D. James", or the other way round: a name with middle names or initials and the same
    /// name without them are one person, so the surname alone ("James") is not taken for two. Two names that both have
    /// middle parts ("George H. W. Bush", "George W. Bush") stay apart, as do two the gazetteer knows as different people.
    /// </summary>
    private Entity? WithoutMiddleNames(string name)
    {
        var key = FirstAndLast(name);
        if (!_peopleByFirstAndLast.TryGetValue(key, out var person) || (name != key && person.Name != key))
        {
            return null;
        }

        var gazetteer = Knowledge.Gazetteer.Default;
        return gazetteer.IsPerson(name) && gazetteer.IsPerson(person.Name) ? null : person;
    }

    /// <summary>The first and last words of a name: "Larry D. James" → "Larry James".</summary>
    private static string FirstAndLast(string name)
    {
        var first = name.IndexOf(' ', StringComparison.Ordinal);
        var last = name.LastIndexOf(' ');
        return first == last ? name : string.Concat(name.AsSpan(0, first), name.AsSpan(last));
    }

    /// <summary>Whether <paramref name="name"/> ends with a space and then <paramref name="word"/>.</summary>
    private static bool EndsWithWord(string name, string word) =>
        name.Length > word.Length && name[^(word.Length + 1)] == ' ' && name.EndsWith(word, StringComparison.Ordinal);

    private static string StripHonorific(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Honorifics.Contains(name[..space]) ? name[(space + 1)..] : name;
    }

    /// <summary>
    /// How often each organisation is mentioned in one article, kept up to date as mentions are resolved, so a head
    /// word ("the Coalition") finds its organisation without walking every mention of the article each time.
    /// </summary>
    private sealed class OrganizationCounts
    {
        private readonly Dictionary<Entity, (int Count, int First)> _counts = [];
        private readonly Dictionary<string, List<Entity>> _byLastWord = new(StringComparer.Ordinal);

        public OrganizationCounts(ArticleAnalysis analysis)
        {
            var position = 0;
            foreach (var mention in analysis.AllMentions())
            {
                Add(mention.Entity, position++);
            }
        }

        public void Add(Entity? entity, int position)
        {
            if (entity is not { Kind: MentionKind.Organization })
            {
                return;
            }

            if (_counts.TryGetValue(entity, out var known))
            {
                _counts[entity] = (known.Count + 1, Math.Min(known.First, position));
                return;
            }

            _counts[entity] = (1, position);
            var space = entity.Name.LastIndexOf(' ');
            if (space >= 0)
            {
                var lastWord = entity.Name[(space + 1)..];
                if (!_byLastWord.TryGetValue(lastWord, out var named))
                {
                    _byLastWord[lastWord] = named = [];
                }

                named.Add(entity);
            }
        }

        /// <summary>The most mentioned organisation whose name ends with the word; of equals, the first mentioned.</summary>
        public Entity? MostFrequentEndingIn(string word)
        {
            var candidates = word.Contains(' ', StringComparison.Ordinal)
                ? _counts.Keys.Where(entity => EndsWithWord(entity.Name, word))
                : _byLastWord.GetValueOrDefault(word) ?? [];
            Entity? best = null;
            foreach (var entity in candidates)
            {
                if (best is null || _counts[entity].Count > _counts[best].Count
                    || (_counts[entity].Count == _counts[best].Count && _counts[entity].First < _counts[best].First))
                {
                    best = entity;
                }
            }

            return best;
        }
    }
}

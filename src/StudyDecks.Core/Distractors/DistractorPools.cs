using System.Collections.Concurrent;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// The names and quantities of a deck's articles, by article, in order of first mention: where distractors come from.
/// Read-only once made, apart from what it works out on first use, which it keeps in concurrent stores: the pickers of
/// articles worked on at once share it.
/// </summary>
internal sealed class DistractorPools
{
    private readonly Dictionary<string, List<Entity>> _entitiesByArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Mention>> _quantitiesByArticle = new(StringComparer.Ordinal);

    // The same, as sets: every pick skips the article's own names and quantities when it walks the whole deck's.
    private readonly Dictionary<string, HashSet<Entity>> _entitySetByArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<Mention>> _quantitySetByArticle = new(StringComparer.Ordinal);
    private readonly List<string> _articleOrder = [];

    // Each article's title, by article id: the years it closes with ("Oil Embargo, 1973–1974") bound year options.
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<Entity>> _relatedEntities = new(StringComparer.Ordinal);
    private Dictionary<Entity, List<string>>? _articlesByEntity;

    // The deck's entities and quantities once each, in order of first mention: a large deck repeats most names.
    private readonly List<Entity> _deckEntities = [];

    // The deck's quantities split by kind: a pick only ever walks its own kind's.
    private readonly Dictionary<MentionKind, List<Mention>> _deckQuantitiesByKind = [];

    // Where each entity is named: whether "the" comes before its name, and the words around it (never also right).
    private readonly Dictionary<Entity, List<(string Text, int Start, int End)>> _namings = [];

    // Whether each entity is written with "the", decided once: every place or body option asks it.
    private readonly ConcurrentDictionary<Entity, bool?> _withThe = [];

    // The words around each entity's namings, by how many and on which side (see NamedBetween).
    private readonly ConcurrentDictionary<(Entity Entity, int Count, bool Before), HashSet<string>> _surroundings = [];

    // Keyed by text: a form depends on nothing else, and hashing a whole mention record costs more than parsing reuse saves.
    private readonly ConcurrentDictionary<string, QuantityForm?> _forms = new(StringComparer.Ordinal);

    // The deck's entities that fit each kind of answer, and the gazetteer's bodies that spell each acronym: the same for
    // every answer of the deck.
    private readonly ConcurrentDictionary<(AnswerKind Kind, PlaceKind? PlaceKind, bool Acronyms), List<Entity>> _deckEntitiesThatFit = [];
    private readonly ConcurrentDictionary<string, List<string>> _knownExpansions = new(StringComparer.Ordinal);

    public DistractorPools(IReadOnlyList<ArticleAnalysis> analyses)
    {
        foreach (var analysis in analyses)
        {
            var id = analysis.Article.Id;
            if (_entitiesByArticle.ContainsKey(id))
            {
                continue;
            }

            _articleOrder.Add(id);
            _titles[id] = analysis.Article.Title;

            var entities = new List<Entity>();
            var seen = new HashSet<Entity>();
            var quantities = new List<Mention>();
            var allQuantities = new List<Mention>();
            // A figure repeated in the article is offered once: a long table of figures would otherwise make every
            // pick walk all of its repeats, and an option is chosen by its text alone.
            var quantityTexts = new HashSet<(MentionKind, string)>();
            foreach (var mention in analysis.AllMentions())
            {
                if (mention.Entity is { } entity)
                {
                    if (seen.Add(entity))
                    {
                        entities.Add(entity);
                    }

                    if (!_namings.TryGetValue(entity, out var namings))
                    {
                        _namings[entity] = namings = [];
                    }

                    namings.Add((analysis.Article.Text, mention.Start, mention.End));
                }
                else if (!mention.IsUnusable && mention.Kind is MentionKind.Number or MentionKind.Money or MentionKind.Percent or MentionKind.Year or MentionKind.Date or MentionKind.Duration)
                {
                    allQuantities.Add(mention);
                    if (quantityTexts.Add((mention.Kind, mention.Text)))
                    {
                        quantities.Add(mention);
                    }
                }
            }

            _entitiesByArticle[id] = entities;
            _quantitiesByArticle[id] = quantities;
            _entitySetByArticle[id] = seen;
            _quantitySetByArticle[id] = [.. allQuantities];
        }

        var seenEntities = new HashSet<Entity>();
        var seenQuantities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in _articleOrder)
        {
            foreach (var entity in _entitiesByArticle[id])
            {
                if (seenEntities.Add(entity))
                {
                    _deckEntities.Add(entity);
                }
            }

            foreach (var mention in _quantitiesByArticle[id])
            {
                if (seenQuantities.Add(mention.Text))
                {
                    if (!_deckQuantitiesByKind.TryGetValue(mention.Kind, out var ofKind))
                    {
                        _deckQuantitiesByKind[mention.Kind] = ofKind = [];
                    }

                    ofKind.Add(mention);
                }
            }
        }
    }

    /// <summary>Entities of the article first, then of the rest of the deck in article order.</summary>
    public IEnumerable<(Entity Entity, bool SameArticle)> Entities(string articleId)
    {
        if (_entitiesByArticle.TryGetValue(articleId, out var own))
        {
            foreach (var entity in own)
            {
                yield return (entity, true);
            }
        }

        _entitySetByArticle.TryGetValue(articleId, out var ownSet);
        foreach (var entity in _deckEntities)
        {
            if (ownSet is null || !ownSet.Contains(entity))
            {
                yield return (entity, false);
            }
        }
    }

    /// <summary>
    /// Whether the deck writes the entity's name with "the" before it (true), never with it (false), or both or not at
    /// all (<see langword="null"/>): what a slot after "the" takes.
    /// </summary>
    public bool? WrittenWithThe(Entity entity) => _withThe.GetOrAdd(entity, static (entity, pools) => pools.CountWithThe(entity), this);

    /// <summary>
    /// The deck's entities for answers of one kind (<paramref name="pool"/>) that <paramref name="fits"/> accepts, found
    /// once: <paramref name="fits"/> must be the same for every answer of that kind.
    /// </summary>
    public List<Entity> DeckEntitiesThatFit((AnswerKind Kind, PlaceKind? PlaceKind, bool Acronyms) pool, Func<Entity, bool> fits) =>
        _deckEntitiesThatFit.GetOrAdd(pool, static (_, state) => state.Entities.Where(state.Fits).ToList(), (Entities: _deckEntities, Fits: fits));

    /// <summary>The gazetteer's bodies that spell <paramref name="acronym"/>, or are known by it.</summary>
    public List<string> KnownExpansions(string acronym) => _knownExpansions.GetOrAdd(acronym, static acronym =>
    {
        var known = new List<string>();
        foreach (var body in Knowledge.Gazetteer.Default.Bodies)
        {
            if (body.OtherNames.Contains(acronym, StringComparer.Ordinal) || AcronymMatcher.Matches(acronym, body.Name))
            {
                known.Add(body.Name);
            }
        }

        return known;
    });

    private bool? CountWithThe(Entity entity)
    {
        if (!_namings.TryGetValue(entity, out var namings))
        {
            return null;
        }

        var (with, without) = (0, 0);
        foreach (var (text, start, _) in namings)
        {
            if (OptionContext.WordsBefore(text, start, 1) is [var word] && word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                with++;
            }
            else
            {
                without++;
            }
        }

        return with > 0 == without > 0 ? null : with > 0;
    }

    /// <summary>
    /// Whether the deck names the entity between the same words as the slot (three before it, or three after it): "fight
    /// ISIS in Iraq" makes Iraq also right for "fight ISIS in _____".
    /// </summary>
    public bool NamedBetween(Entity entity, IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        (before.Count > 0 && Surroundings(entity, before.Count, wordsBefore: true).Contains(Key(before)))
        || (after.Count > 0 && Surroundings(entity, after.Count, wordsBefore: false).Contains(Key(after)));

    /// <summary>
    /// The <paramref name="count"/> words before (or after) each naming of the entity in the deck, gathered once: every
    /// option of every card asks, and an entity a long deck names a thousand times would otherwise be walked each time.
    /// </summary>
    private HashSet<string> Surroundings(Entity entity, int count, bool wordsBefore) =>
        _surroundings.GetOrAdd((entity, count, wordsBefore), static (key, namings) =>
        {
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (namings.TryGetValue(key.Entity, out var ofEntity))
            {
                foreach (var (text, start, end) in ofEntity)
                {
                    keys.Add(Key(key.Before ? OptionContext.WordsBefore(text, start, key.Count) : OptionContext.WordsAfter(text, end, key.Count)));
                }
            }

            return keys;
        }, _namings);

    // A separator no word holds: the same words in the same order, and as many, give the same key.
    private static string Key(IReadOnlyList<string> words) => string.Join('\u0001', words);

    /// <summary>The written form of a quantity mention, parsed once.</summary>
    public QuantityForm? FormOf(Mention mention, Lexicon lexicon) => _forms.GetOrAdd(mention.Text, static (text, lexicon) => QuantityForm.Parse(text, lexicon), lexicon);

    /// <summary>The years the article's title closes with ("1754–63" → 1754 to 1763), if any.</summary>
    public (int From, int To)? TitleSpan(string articleId) => Articles.TitleYears.Span(Title(articleId));

    /// <summary>The article's title, from which every card's context line is made; empty for an article not in the pools.</summary>
    public string Title(string articleId) => _titles.GetValueOrDefault(articleId, "");

    /// <summary>Whether the quantity is written in the article itself rather than elsewhere in the deck.</summary>
    public bool IsOwnQuantity(string articleId, Mention mention) =>
        _quantitySetByArticle.TryGetValue(articleId, out var own) && own.Contains(mention);

    /// <summary>The quantities of one kind, each text once: the article's first, then the rest of the deck's, in order of first mention.</summary>
    public IEnumerable<Mention> Quantities(string articleId, MentionKind kind)
    {
        if (_quantitiesByArticle.TryGetValue(articleId, out var ownQuantities))
        {
            foreach (var mention in ownQuantities)
            {
                if (mention.Kind == kind)
                {
                    yield return mention;
                }
            }
        }

        if (!_deckQuantitiesByKind.TryGetValue(kind, out var ofKind))
        {
            yield break;
        }

        _quantitySetByArticle.TryGetValue(articleId, out var ownSet);
        foreach (var mention in ofKind)
        {
            if (ownSet is null || !ownSet.Contains(mention))
            {
                yield return mention;
            }
        }
    }

    /// <summary>The article's own entities, in order of first mention (empty for an article not in the deck).</summary>
    public IReadOnlyList<Entity> OwnEntities(string articleId) => _entitiesByArticle.TryGetValue(articleId, out var own) ? own : [];

    /// <summary>Whether <paramref name="entity"/> is one of the article's own.</summary>
    public bool IsOwnEntity(string articleId, Entity entity) => _entitySetByArticle.TryGetValue(articleId, out var own) && own.Contains(entity);

    /// <summary>
    /// Whether <paramref name="entity"/> is named in an article on a related subject: one that shares a person or an
    /// organisation with <paramref name="articleId"/>'s article. Vladimir Putin is no plausible director of an iodine study.
    /// </summary>
    public bool IsFromRelatedArticle(string articleId, Entity entity)
    {
        // The related articles' entities gathered once per article: a pick asks this for every entity of the deck.
        return _relatedEntities.GetOrAdd(articleId, static (articleId, pools) => pools.RelatedEntities(articleId), this).Contains(entity);
    }

    /// <summary>Every entity of the articles that share a person or an organisation with <paramref name="articleId"/>'s.</summary>
    private HashSet<Entity> RelatedEntities(string articleId)
    {
        var entities = new HashSet<Entity>();
        if (!_entitySetByArticle.TryGetValue(articleId, out var own))
        {
            return entities;
        }

        // Found through the articles naming each shared entity, not by walking every article of the deck.
        var articlesByEntity = LazyInitializer.EnsureInitialized(ref _articlesByEntity, ArticlesByEntity);
        var related = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shared in own)
        {
            if (shared.Kind is not (MentionKind.Person or MentionKind.Organization) || !articlesByEntity.TryGetValue(shared, out var articles))
            {
                continue;
            }

            foreach (var other in articles)
            {
                if (other != articleId && related.Add(other))
                {
                    entities.UnionWith(_entitySetByArticle[other]);
                }
            }
        }

        return entities;
    }

    private Dictionary<Entity, List<string>> ArticlesByEntity()
    {
        var articlesByEntity = new Dictionary<Entity, List<string>>();
        foreach (var id in _articleOrder)
        {
            foreach (var entity in _entitiesByArticle[id])
            {
                if (!articlesByEntity.TryGetValue(entity, out var articles))
                {
                    articlesByEntity[entity] = articles = [];
                }

                articles.Add(id);
            }
        }

        return articlesByEntity;
    }

    /// <summary>The deck's entities once each, in order of first mention.</summary>
    public IReadOnlyList<Entity> DeckEntities => _deckEntities;
}

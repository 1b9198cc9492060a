using System.Globalization;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// Chooses three wrong options of the key's kind. Candidates are collected from the same article, the rest of the
/// deck, the gazetteer and values computed near the key, each list in a seeded shuffle; every candidate is scored by
/// <see cref="OptionScorer"/> (class, region, era, frame, form) and the best are taken, ties in the order collected, so
/// the same seed gives the same options. A candidate scoring below <see cref="OptionWeights.Threshold"/> is never offered.
/// People and expansions are never made up: a student rules out an invented name at a glance. Every option is checked
/// against the key, its aliases, the stem and the other options (<see cref="OptionRules"/>) and must not be also right;
/// when three good ones cannot be found the answer gets none, and the card becomes a short-answer or fill-in card instead.
/// </summary>
internal sealed partial class DistractorPicker(Lexicon lexicon, EntityTable entities, DistractorPools pools)
{
    public const int Count = 3;

    // At most two options from the text: one computed value keeps the set from being all "real" figures a student saw.
    private const int MaxFromText = 2;

    // A long list (the gazetteer's countries) is weighed only as far as this many candidates past its neighbours: in a
    // seeded shuffle the rest tie with them, and scoring all of them for every card would cost more than it changes.
    private const int LongListReach = 24;

    // Of the deck's entities that fit an answer's kind (DistractorPools.DeckEntitiesThatFit), the ones from other
    // articles (related ones for people and places) for the article under way.
    private readonly Dictionary<(AnswerKind Kind, PlaceKind? PlaceKind, bool Acronyms), List<Entity>> _othersThatFit = [];
    private string? _othersArticle;

    // The options and spares so far, for the rules to compare a spare with.
    private readonly List<string> _optionsAndSpares = [];

    // No options chosen: the rules' question whether a candidate could stand beside the answer alone.
    private static readonly List<string> NoneChosen = [];

    // The candidates of the pick under way, in the order collected (the tie-break), each text once.
    private readonly List<OptionCandidate> _candidates = [];
    // A figure of the text and the same value computed are kept apart: the computed one may be offered when the text's
    // two are already taken.
    private readonly HashSet<(string Text, bool FromText)> _candidateTexts = [];

    // The spares of the pick under way.
    private readonly List<string> _spares = [];

    // Where each option and spare of the pick under way was found, and its score.
    private readonly Dictionary<string, OptionOrigin> _origins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _scores = new(StringComparer.Ordinal);

    // The scorer of the pick under way, made on first use: the gazetteer's people and the choice share it.
    private OptionScorer? _scorer;

    /// <summary>The weights the options are scored by.</summary>
    public OptionWeights Weights { get; init; } = OptionWeights.Default;

    /// <summary>
    /// Three wrong options for <paramref name="answer"/>, or <see langword="null"/> when three good ones cannot be found;
    /// with them, as <see cref="PickedOptions.Spares"/>, up to three more, the next best that the same rules accept.
    /// </summary>
    public IReadOnlyList<string>? Pick(AnswerSpec answer, Random random)
    {
        var chosen = new List<string>(Count);
        var rules = new OptionRules(answer, entities);
        _candidates.Clear();
        _candidateTexts.Clear();
        _spares.Clear();
        _origins.Clear();
        _scores.Clear();
        _scorer = null;
        foreach (var preferred in answer.Preferred)
        {
            Offer(preferred, OptionOrigin.Article);
        }

        switch (answer.Kind)
        {
            case AnswerKind.Person:
                if (!answer.RoleHoldersOnly)
                {
                    FromEntities(answer, rules, random, entity => entity.Kind == MentionKind.Person && entity.Name.Contains(' ', StringComparison.Ordinal));
                }

                FromGazetteerPeople(answer, random);
                break;
            case AnswerKind.Place:
                var placeKind = answer.Entity?.PlaceKind;
                FromEntities(answer, rules, random, entity => entity.Kind == MentionKind.Place && entity.PlaceKind == placeKind && !IsAcronymLike(entity.Name));
                if (placeKind is { } kind && lexicon.PlacesByKind.TryGetValue(kind, out var gazetteer))
                {
                    // Same region first: "Baghdad" gets "Damascus" before the rest of the world's cities.
                    FromList([.. PlaceRegions.Neighbours(answer.Entity!.Name).Where(gazetteer.Contains)], OptionOrigin.Gazetteer, random);
                    FromList(gazetteer, OptionOrigin.Gazetteer, random, rules, LongListReach);
                }

                break;
            case AnswerKind.Organization:
                if (IsAcronymLike(answer.Text))
                {
                    FromEntities(answer, rules, random, entity => entity.Kind == MentionKind.Organization && entity.Acronym is not null, entity => entity.Acronym!);
                }
                else
                {
                    FromEntities(answer, rules, random, entity => entity.Kind == MentionKind.Organization && entity.Name.Contains(' ', StringComparison.Ordinal) && !IsAcronymLike(entity.Name));
                }

                break;
            case AnswerKind.Term:
                // Only real expansions of the same letters; never made-up ones ("Kurdistan Republic Guard"): a student
                // rules them out, and they teach nonsense.
                if (answer.Acronym is { } acronym)
                {
                    Expansions(answer, acronym, random);
                }
                else if (lexicon.EventHead(answer.Text) is not null)
                {
                    // Other named events and documents of the deck; the scorer keeps those of the same kind only (a
                    // treaty for a treaty, a war for a war).
                    FromEntities(answer, rules, random, entity => entity.Kind == MentionKind.Event);
                }

                break;
            default:
                QuantityDistractors(answer, rules, random);
                break;
        }

        Choose(answer, rules, chosen);
        if (chosen.Count < Count)
        {
            // An estimated bound is a preference: options past it beat a year asked with none. So is a named event's span.
            return answer.EstimatedLatest is not null ? Pick(answer with { EstimatedLatest = null }, random)
                : answer.WithinNamedEvent && answer.Kind == AnswerKind.Year && int.TryParse(answer.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    && Knowledge.EventSpans.Default.Around(answer.Stem, year) is not null ? Pick(answer with { WithinNamedEvent = false }, random)
                : null;
        }

        SortByValue(answer.Kind, chosen);
        return new PickedOptions(chosen, [.. _spares], new Dictionary<string, OptionOrigin>(_origins, StringComparer.Ordinal))
        {
            Scores = new Dictionary<string, double>(_scores, StringComparer.Ordinal),
        };
    }

    /// <summary>The scores of options a question kind found by itself (a post's siblings), those at or above the threshold only.</summary>
    public Dictionary<string, double> Scores(AnswerSpec answer, IEnumerable<string> options)
    {
        var scorer = new OptionScorer(answer, lexicon, pools, entities, Weights);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var score = scorer.Total(option);
            if (score >= Weights.Threshold)
            {
                scores[option] = score;
            }
        }

        return scores;
    }

    private OptionScorer ScorerFor(AnswerSpec answer) => _scorer ??= new OptionScorer(answer, lexicon, pools, entities, Weights);

    /// <summary>Collects a candidate (the first time its text comes up from the text, or from elsewhere).</summary>
    private void Offer(string text, OptionOrigin origin, bool fromText = false)
    {
        if (_candidateTexts.Add((text, fromText)))
        {
            _candidates.Add(new OptionCandidate(text, origin, fromText, _candidates.Count));
        }
    }

    /// <summary>
    /// Scores the candidates and takes the best that the rules accept and that are not also right: three options, then
    /// the spares. Equal scores keep the order collected: the source's tier, then its seeded shuffle.
    /// </summary>
    private void Choose(AnswerSpec answer, OptionRules rules, List<string> chosen)
    {
        if (_candidates.Count == 0)
        {
            return;
        }

        var scorer = ScorerFor(answer);
        var ranked = new List<(OptionCandidate Candidate, double Score)>(_candidates.Count);
        foreach (var candidate in _candidates)
        {
            var score = scorer.Total(candidate.Text);
            if (score >= Weights.Threshold)
            {
                ranked.Add((candidate, score));
            }
        }

        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Candidate.Order.CompareTo(b.Candidate.Order));
        SlotWords? slot = null;
        var fromText = 0;
        foreach (var (candidate, score) in ranked)
        {
            if (chosen.Count >= Count && _spares.Count >= Decks.Card.MaxSpares)
            {
                return;
            }

            // Figures of the text are options only, never spares, and two at most.
            if (candidate.FromText && (fromText >= MaxFromText || chosen.Count >= Count))
            {
                continue;
            }

            if (AlsoRight(answer, candidate.Text, ref slot) || !TryAdd(candidate.Text, candidate.Origin, rules, chosen, score))
            {
                continue;
            }

            fromText += candidate.FromText ? 1 : 0;
        }
    }

    /// <summary>
    /// Whether the candidate would be right too: the gazetteer's other name of the answer, a part or a whole of it
    /// ("Scotland" beside "Great Britain"), or named by the deck between the same words as the slot.
    /// </summary>
    private bool AlsoRight(AnswerSpec answer, string candidate, ref SlotWords? slot)
    {
        var gazetteer = Knowledge.Gazetteer.Default;
        switch (answer.Kind)
        {
            case AnswerKind.Person:
                if (gazetteer.PeopleNamed(candidate).Intersect(gazetteer.PeopleNamed(answer.Text)).Any())
                {
                    return true;
                }

                break;
            case AnswerKind.Place:
                if (gazetteer.PlacesNamed(candidate).Intersect(gazetteer.PlacesNamed(answer.Text)).Any() || gazetteer.ArePartAndWhole(candidate, answer.Text))
                {
                    return true;
                }

                break;
            case AnswerKind.Organization:
                if (gazetteer.BodiesNamed(candidate).Intersect(gazetteer.BodiesNamed(answer.Text)).Any())
                {
                    return true;
                }

                break;
            default:
                return false;
        }

        // The slot's words are read only when a candidate is one of the deck's names.
        return entities.Find(candidate) is { } entity && pools.NamedBetween(entity, (slot ??= new SlotWords(answer)).Before, slot.After);
    }

    /// <summary>Adds <paramref name="candidate"/> as an option, or once three are chosen as a spare; false when the rules refuse it or nothing is wanted.</summary>
    private bool TryAdd(string candidate, OptionOrigin origin, OptionRules rules, List<string> chosen, double score)
    {
        if (chosen.Count < Count)
        {
            if (!rules.Accepts(candidate, chosen))
            {
                return false;
            }

            chosen.Add(candidate);
        }
        else if (_spares.Count >= Decks.Card.MaxSpares || !rules.Accepts(candidate, OptionsAndSpares(chosen)))
        {
            return false;
        }
        else
        {
            _spares.Add(candidate);
        }

        _origins[candidate] = origin;
        _scores[candidate] = score;
        return true;
    }

    private List<string> OptionsAndSpares(List<string> chosen)
    {
        _optionsAndSpares.Clear();
        _optionsAndSpares.AddRange(chosen);
        _optionsAndSpares.AddRange(_spares);
        return _optionsAndSpares;
    }

    /// <summary>
    /// Real expansions of the acronym's letters: other names of the deck and bodies of the gazetteer that spell it
    /// ("Self-Defense Forces" for SDF). The scorer refuses any other.
    /// </summary>
    private void Expansions(AnswerSpec answer, string acronym, Random random)
    {
        var own = new List<string>();
        var deck = new List<string>();
        foreach (var entity in pools.DeckEntities)
        {
            if (entity != answer.Entity && entity.Kind == MentionKind.Organization && AcronymMatcher.Matches(acronym, entity.Name))
            {
                (pools.IsOwnEntity(answer.ArticleId, entity) ? own : deck).Add(entity.Name);
            }
        }

        FromList(own, OptionOrigin.Article, random);
        FromList(deck, OptionOrigin.Deck, random);
        FromList(pools.KnownExpansions(acronym), OptionOrigin.Gazetteer, random);
    }

    private void FromEntities(AnswerSpec answer, OptionRules rules, Random random, Func<Entity, bool> fits, Func<Entity, string>? shown = null)
    {
        var own = pools.OwnEntities(answer.ArticleId);
        var same = new List<string>(own.Count);
        foreach (var entity in own)
        {
            if (entity != answer.Entity && fits(entity))
            {
                same.Add(shown is null ? entity.Name : shown(entity));
            }
        }

        FromList(same, OptionOrigin.Article, random);

        // The deck's entities that fit are the same for every answer of this kind: filtered once per kind.
        var pool = (answer.Kind, answer.Kind == AnswerKind.Place ? answer.Entity?.PlaceKind : null, shown is not null);
        var fitting = pools.DeckEntitiesThatFit(pool, fits);

        // Of those, the ones of other articles (of related ones for people and places) are the same for every answer of
        // the article: found once per article and kind.
        if (!string.Equals(_othersArticle, answer.ArticleId, StringComparison.Ordinal))
        {
            _othersArticle = answer.ArticleId;
            _othersThatFit.Clear();
        }

        if (!_othersThatFit.TryGetValue(pool, out var others))
        {
            others = [];
            foreach (var entity in fitting)
            {
                if (!pools.IsOwnEntity(answer.ArticleId, entity) && (answer.Kind is not (AnswerKind.Person or AnswerKind.Place) || pools.IsFromRelatedArticle(answer.ArticleId, entity)))
                {
                    others.Add(entity);
                }
            }

            _othersThatFit[pool] = others;
        }

        var other = new List<string>(others.Count);
        foreach (var entity in others)
        {
            // Another article's body is plausible only as the same kind of body: "Iraqi Security Forces" for
            // "Syrian Democratic Forces", never "BBC News" for "Group G".
            if (entity != answer.Entity && (answer.Kind != AnswerKind.Organization || shown is not null || SameHeadWord(entity.Name, answer.Text)))
            {
                other.Add(shown is null ? entity.Name : shown(entity));
            }
        }

        // A deck of many articles has hundreds of entities that fit: weighed only as far as the long lists are, or every
        // card would score every one of them and the cost would grow with the square of the deck.
        FromList(other, OptionOrigin.Deck, random, rules, LongListReach);
    }

    /// <summary>
    /// Real people of the gazetteer who could hold the answer's place: of a category the answer has (both Presidents of
    /// the United States, both physicists; for a role question, the office the stem names), or, for an answer the
    /// gazetteer does not know, of an office the stem names in full; and only those the scorer finds certainly of the
    /// stem's nationality and alive in the card's year (or the answer's contemporaries). A person whose dates or
    /// nationality the source does not give is not offered: a doubt is a card without options, not a weak option.
    /// </summary>
    private void FromGazetteerPeople(AnswerSpec answer, Random random)
    {
        var gazetteer = Knowledge.Gazetteer.Default;
        var known = gazetteer.PeopleNamed(answer.Text);
        var peers = known.Count == 0 ? StemCategories(answer.Stem).SelectMany(gazetteer.PeopleInCategory)
            : answer.RoleHoldersOnly ? known.SelectMany(person => person.Categories).Where(category => NamesRole(answer.Stem, category)).SelectMany(gazetteer.PeopleInCategory)
            : known.SelectMany(person => gazetteer.PeersOf(person));
        var scorer = ScorerFor(answer);
        var fitting = new List<string>();
        // Each name weighed once: a category's people may share a name, and a peer may come through several categories.
        var weighed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in peers)
        {
            if (person.Born is not null && weighed.Add(person.Name) && scorer.Value(OptionFeature.SameEra, person.Name) == 1
                && scorer.Value(OptionFeature.SameRegion, person.Name) == 1 && (known.Count == 0 || scorer.Value(OptionFeature.SameClass, person.Name) == 1))
            {
                fitting.Add(person.Name);
            }
        }

        FromList(fitting, OptionOrigin.Gazetteer, random, reach: LongListReach);
    }

    /// <summary>
    /// Whether the category is an office of a named country ("President of the United States", "King of England") whose
    /// head the stem names ("the U.S. President"): one holder at a time, so a peer alive in the card's year was not
    /// also right. "General" or "senator" have many holders at once and are never read as the role asked.
    /// </summary>
    private static bool NamesRole(string stem, string category)
    {
        var of = category.IndexOf(" of ", StringComparison.Ordinal);
        return of > 0 && Quality.TextSimilarity.WholeWordIndex(stem, category[..of]) >= 0;
    }

    /// <summary>The gazetteer's offices of a country (<see cref="NamesRole"/>) that a stem names in full ("Vice President of the United States").</summary>
    /// <remarks>A stem without "of" names none, and is answered without reading the people's file.</remarks>
    private static IEnumerable<string> StemCategories(string stem) =>
        !stem.Contains(" of ", StringComparison.OrdinalIgnoreCase) ? []
            : Knowledge.Gazetteer.Default.Categories.Where(category => category.Contains(" of ", StringComparison.Ordinal) && Quality.TextSimilarity.WholeWordIndex(stem, category) >= 0);

    internal static bool SameHeadWord(string name, string other) =>
        name.AsSpan(name.LastIndexOf(' ') + 1).Equals(other.AsSpan(other.LastIndexOf(' ') + 1), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Collects the list's candidates in a seeded shuffle; with <paramref name="reach"/>, only that many that
    /// <paramref name="rules"/> could accept beside the answer alone.
    /// </summary>
    private void FromList(IReadOnlyList<string> candidates, OptionOrigin origin, Random random, OptionRules? rules = null, int reach = int.MaxValue)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        var taken = 0;
        foreach (var index in order)
        {
            if (taken >= reach)
            {
                return;
            }

            if (rules is null || rules.Accepts(candidates[index], NoneChosen))
            {
                Offer(candidates[index], origin);
                taken++;
            }
        }
    }

    // A whole name in capitals ("KRG"), not a multi-word name that merely starts with capitals.
    private static bool IsAcronymLike(string name) => !name.Contains(' ', StringComparison.Ordinal) && AcronymMatcher.LooksLikeAcronym(name);
}

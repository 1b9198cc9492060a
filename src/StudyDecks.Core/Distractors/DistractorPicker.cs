using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// Chooses three wrong options of the key's kind: from the same article first, then the rest of the deck, then the
/// gazetteer, then values computed near the key. People and expansions are never made up: a student rules out an
/// invented name at a glance. Every option is checked against
/// the key, its aliases, the stem and the other options (<see cref="OptionRules"/>); when three good ones cannot be
/// found the answer gets none, and the card becomes a short-answer or fill-in card instead.
/// </summary>
internal sealed partial class DistractorPicker(Lexicon lexicon, EntityTable entities, DistractorPools pools)
{
    public const int Count = 3;

    private readonly Dictionary<(AnswerKind Kind, PlaceKind? PlaceKind, bool Acronyms), List<Entity>> _deckEntitiesThatFit = [];

    // The spares of the pick under way: the walk goes on past the third option only within a list it already shuffled.
    private readonly List<string> _spares = [];

    // Where each option and spare of the pick under way was found.
    private readonly Dictionary<string, OptionOrigin> _origins = new(StringComparer.Ordinal);

    /// <summary>
    /// Three wrong options for <paramref name="answer"/>, or <see langword="null"/> when three good ones cannot be found;
    /// with them, as <see cref="PickedOptions.Spares"/>, up to three more that the same walk met next and the same rules
    /// accept. Looking for spares never draws on <paramref name="random"/> once three are chosen, so the chosen options
    /// are the same with or without them.
    /// </summary>
    public IReadOnlyList<string>? Pick(AnswerSpec answer, Random random)
    {
        var chosen = new List<string>(Count);
        var rules = new OptionRules(answer, entities);
        _spares.Clear();
        _origins.Clear();
        foreach (var preferred in answer.Preferred)
        {
            TryAdd(preferred, OptionOrigin.Article, rules, chosen);
        }

        switch (answer.Kind)
        {
            case AnswerKind.Person:
                FromEntities(answer, rules, chosen, random, entity => entity.Kind == MentionKind.Person && entity.Name.Contains(' ', StringComparison.Ordinal));
                break;
            case AnswerKind.Place:
                var placeKind = answer.Entity?.PlaceKind;
                FromEntities(answer, rules, chosen, random, entity => entity.Kind == MentionKind.Place && entity.PlaceKind == placeKind && !IsAcronymLike(entity.Name));
                if (placeKind is { } kind && lexicon.PlacesByKind.TryGetValue(kind, out var gazetteer))
                {
                    // Same region first: "Baghdad" gets "Damascus" before the rest of the world's cities.
                    FromList([.. PlaceRegions.Neighbours(answer.Entity!.Name).Where(gazetteer.Contains)], OptionOrigin.Gazetteer, rules, chosen, random);
                    FromList(gazetteer, OptionOrigin.Gazetteer, rules, chosen, random);
                }

                break;
            case AnswerKind.Organization:
                var acronym = IsAcronymLike(answer.Text);
                if (acronym)
                {
                    FromEntities(answer, rules, chosen, random, entity => entity.Kind == MentionKind.Organization && entity.Acronym is not null, entity => entity.Acronym!);
                }
                else
                {
                    FromEntities(answer, rules, chosen, random, entity => entity.Kind == MentionKind.Organization && entity.Name.Contains(' ', StringComparison.Ordinal) && !IsAcronymLike(entity.Name));
                }

                break;
            case AnswerKind.Term:
                // No made-up expansions ("Kurdistan Republic Guard"): a student rules them out, and they teach nonsense.
                break;
            default:
                QuantityDistractors(answer, rules, chosen, random);
                break;
        }

        return chosen.Count == Count ? new PickedOptions(chosen, [.. _spares], new Dictionary<string, OptionOrigin>(_origins, StringComparer.Ordinal)) : null;
    }

    /// <summary>Whether the walk has the three options and every spare it keeps.</summary>
    private bool Full(List<string> chosen) => chosen.Count >= Count && _spares.Count >= Decks.Card.MaxSpares;

    /// <summary>Adds <paramref name="candidate"/> as an option, or once three are chosen as a spare; false when the rules refuse it or nothing is wanted.</summary>
    private bool TryAdd(string candidate, OptionOrigin origin, OptionRules rules, List<string> chosen)
    {
        if (chosen.Count < Count)
        {
            if (!rules.Accepts(candidate, chosen))
            {
                return false;
            }

            chosen.Add(candidate);
            _origins[candidate] = origin;
            return true;
        }

        if (_spares.Count >= Decks.Card.MaxSpares || !rules.Accepts(candidate, [.. chosen, .. _spares]))
        {
            return false;
        }

        _spares.Add(candidate);
        _origins[candidate] = origin;
        return false;
    }

    private void FromEntities(AnswerSpec answer, OptionRules rules, List<string> chosen, Random random, Func<Entity, bool> fits, Func<Entity, string>? shown = null)
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

        FromList(same, OptionOrigin.Article, rules, chosen, random);
        if (chosen.Count >= Count)
        {
            return; // the rest of the deck would not be looked at (nor shuffled): no need to gather it
        }

        // The deck's entities that fit are the same for every answer of this kind: filtered once per kind.
        var pool = (answer.Kind, answer.Kind == AnswerKind.Place ? answer.Entity?.PlaceKind : null, shown is not null);
        if (!_deckEntitiesThatFit.TryGetValue(pool, out var fitting))
        {
            _deckEntitiesThatFit[pool] = fitting = pools.DeckEntities.Where(fits).ToList();
        }

        var other = new List<string>(fitting.Count);
        foreach (var entity in fitting)
        {
            // Another article's body is plausible only as the same kind of body: "Iraqi Security Forces" for
            // "Syrian Democratic Forces", never "BBC News" for "Group G".
            if (entity != answer.Entity && !pools.IsOwnEntity(answer.ArticleId, entity) && (answer.Kind != AnswerKind.Organization || shown is not null || SameHeadWord(entity.Name, answer.Text))
                && (answer.Kind is not (AnswerKind.Person or AnswerKind.Place) || pools.IsFromRelatedArticle(answer.ArticleId, entity)))
            {
                other.Add(shown is null ? entity.Name : shown(entity));
            }
        }

        FromList(other, OptionOrigin.Deck, rules, chosen, random);
    }

    private static bool SameHeadWord(string name, string other) =>
        name.AsSpan(name.LastIndexOf(' ') + 1).Equals(other.AsSpan(other.LastIndexOf(' ') + 1), StringComparison.OrdinalIgnoreCase);

    private void FromList(IReadOnlyList<string> candidates, OptionOrigin origin, OptionRules rules, List<string> chosen, Random random)
    {
        if (chosen.Count >= Count || candidates.Count == 0)
        {
            return;
        }

        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        foreach (var index in order)
        {
            if (Full(chosen))
            {
                return;
            }

            TryAdd(candidates[index], origin, rules, chosen);
        }
    }

    // A whole name in capitals ("KRG"), not a multi-word name that merely starts with capitals.
    private static bool IsAcronymLike(string name) => !name.Contains(' ', StringComparison.Ordinal) && AcronymMatcher.LooksLikeAcronym(name);
}

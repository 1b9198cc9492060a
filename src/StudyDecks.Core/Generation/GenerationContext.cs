using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Facts;

namespace StudyDecks.Core.Generation;

/// <summary>
/// What every question kind may use while generating one deck: the deck's entities, facts, distractor picker and seed.
/// The deck's parts are shared and read-only once made; the distractor picker, the stem templates and the mention counts
/// keep what one article's candidates share, so each article worked on at once has its own (<see cref="ForArticle"/>).
/// </summary>
internal sealed class GenerationContext
{
    public GenerationContext(Lexicon lexicon, IReadOnlyList<ArticleAnalysis> analyses, int seed, IReadOnlyList<IFactFinder> finders)
    {
        Lexicon = lexicon;
        Seed = seed;
        _analyses = analyses;
        Entities = new EntityTable(lexicon, analyses);
        _pools = new DistractorPools(analyses);
        Distractors = new DistractorPicker(lexicon, Entities, _pools);
        // After the entity table: it resolves the surnames and aliases the finders read facts about.
        Facts = FactBook.Find(analyses, finders);
        _roleFacts = new(IndexRoleFacts);
    }

    private GenerationContext(GenerationContext deck)
    {
        Lexicon = deck.Lexicon;
        Seed = deck.Seed;
        _analyses = deck._analyses;
        Entities = deck.Entities;
        _pools = deck._pools;
        Distractors = new DistractorPicker(Lexicon, Entities, _pools);
        Facts = deck.Facts;
        _roleFacts = deck._roleFacts;
        _said = deck._said;
    }

    private readonly IReadOnlyList<ArticleAnalysis> _analyses;

    // The deck's, shared by every article's context: each phrase is looked for in the deck's text once.
    private readonly ConcurrentDictionary<string, bool> _said = new(StringComparer.Ordinal);

    private readonly DistractorPools _pools;

    public Lexicon Lexicon { get; }

    public int Seed { get; }

    public EntityTable Entities { get; }

    public DistractorPicker Distractors { get; }

    /// <summary>The stem templates of the article under way, shared by the kinds that ask about a mention in its sentence.</summary>
    public Kinds.Cloze.StemTemplates StemTemplates { get; } = new();

    /// <summary>What the registered fact finders found in each article.</summary>
    public FactBook Facts { get; }

    /// <summary>
    /// A context for one article's candidates, worked on beside other articles': the deck's parts shared, the picker and
    /// the caches of the article under way its own.
    /// </summary>
    public GenerationContext ForArticle() => new(this);

    /// <summary>Whether an article of the deck says <paramref name="phrase"/> as whole words ("Norwegian President").</summary>
    public bool DeckSays(string phrase) =>
        _said.GetOrAdd(phrase, static (phrase, analyses) => analyses.Any(analysis => WordSpans.HoldsPhrase(analysis.Article.Text, phrase, StringComparison.Ordinal)), _analyses);

    /// <summary>The deck's role facts about the person of that name, in article order.</summary>
    public IReadOnlyList<(ArticleAnalysis Analysis, RoleFact Fact)> RoleFactsOf(string? personName) =>
        _roleFacts.Value.TryGetValue(PersonKey(personName), out var found) ? found : [];

    // Indexed once per deck: asking every fact of a large deck for each role would take time growing with its square.
    private readonly Lazy<Dictionary<string, List<(ArticleAnalysis, RoleFact)>>> _roleFacts;

    private Dictionary<string, List<(ArticleAnalysis, RoleFact)>> IndexRoleFacts()
    {
        var byPerson = new Dictionary<string, List<(ArticleAnalysis, RoleFact)>>(StringComparer.Ordinal);
        foreach (var analysis in _analyses)
        {
            foreach (var fact in Facts.Of<RoleFact>(analysis))
            {
                var key = PersonKey(fact.Person.Entity?.Name);
                if (!byPerson.TryGetValue(key, out var ofPerson))
                {
                    byPerson[key] = ofPerson = [];
                }

                ofPerson.Add((analysis, fact));
            }
        }

        return byPerson;
    }

    // A fact whose person has no entity is filed under a key no name can be.
    private static string PersonKey(string? name) => name ?? "\0";

    /// <summary>How many mentions of <paramref name="analysis"/> refer to <paramref name="entity"/>.</summary>
    public int MentionsOf(ArticleAnalysis analysis, Entity? entity)
    {
        if (entity is null)
        {
            return analysis.AllMentions().Count(mention => mention.Entity is null);
        }

        // Counted once per article: every candidate of a sentence asks about its entity.
        if (!_mentionCounts.TryGetValue(analysis, out var counts))
        {
            _mentionCounts[analysis] = counts = [];
            foreach (var mention in analysis.AllMentions())
            {
                if (mention.Entity is { } named)
                {
                    counts[named] = counts.GetValueOrDefault(named) + 1;
                }
            }
        }

        return counts.GetValueOrDefault(entity);
    }

    private readonly Dictionary<ArticleAnalysis, Dictionary<Entity, int>> _mentionCounts = [];

    /// <summary>
    /// A random source for one card, seeded from the run's seed and the card's own text: a card's options do not change
    /// when another card is added or removed.
    /// </summary>
    public Random RandomFor(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        HashUtf8(hash, key);
        return new Random(BitConverter.ToInt32(hash) ^ Seed);
    }

    /// <summary>The draft as a card of <paramref name="sentence"/>, with its stable id, tags and context line.</summary>
    public static Card CreateCard(ArticleAnalysis analysis, Sentence sentence, CardDraft draft) =>
        Build(CardId(analysis.Article.Id, sentence.Text, draft.IdKey ?? draft.Answer, draft.Kind), analysis, sentence, draft);

    /// <summary>
    /// A card whose source is a passage: from <paramref name="first"/> to <paramref name="sentence"/>, the sentence the
    /// card asks about (a quotation whose speaker is named just before it). Its id is that of the last sentence.
    /// </summary>
    public static Card CreatePassageCard(ArticleAnalysis analysis, Sentence first, Sentence sentence, CardDraft draft)
    {
        var card = CreateCard(analysis, sentence, draft);
        return card with
        {
            Explanation = analysis.Article.Text[first.Start..sentence.End],
            Source = new CardSource(analysis.Article.Id, sentence.Index, first.Start, sentence.End),
        };
    }

    /// <summary>
    /// A candidate built only to be linted and thrown away: everything but its id, whose hash is the costliest part of a
    /// card and which the linter does not read.
    /// </summary>
    public static Card CreateUnidentified(ArticleAnalysis analysis, Sentence sentence, CardDraft draft) => Build("", analysis, sentence, draft);

    private static Card Build(string id, ArticleAnalysis analysis, Sentence sentence, CardDraft draft) =>
        new(
            id,
            draft.Type == CardType.MultipleChoice && draft.Distractors is null ? CardType.ShortAnswer : draft.Type,
            draft.Question,
            draft.Answer,
            draft.Distractors ?? [],
            draft.AnswerKind,
            sentence.Text,
            new CardSource(analysis.Article.Id, sentence.Index, sentence.Start, sentence.End),
            [draft.Kind, DeckNames.ToName(draft.AnswerKind), analysis.Article.Id])
        {
            Aliases = draft.Aliases,
            Context = ContextLine.For(analysis.Article),
            Spares = draft.Distractors is Distractors.PickedOptions picked ? picked.Spares : [],
            OptionOrigins = draft.Distractors is Distractors.PickedOptions withOrigins ? withOrigins.Origins : Card.NoOrigins,
            OptionScores = draft.Distractors is Distractors.PickedOptions withScores ? withScores.Scores : Card.NoScores,
        };

    /// <summary>Stable id: the same article, sentence, answer and question kind give the same id on every run.</summary>
    public static string CardId(string articleId, string sentence, string answer, string kind)
    {
        // The UTF-8 of "{articleId}\n{sentence}\n{answer}\n{kind}", encoded part by part: no joined string to throw away.
        const int StackLimit = 1024;
        var length = Encoding.UTF8.GetMaxByteCount(articleId.Length + sentence.Length + answer.Length + kind.Length + 3);
        var rented = length > StackLimit ? System.Buffers.ArrayPool<byte>.Shared.Rent(length) : null;
        var bytes = rented is null ? stackalloc byte[StackLimit] : rented;
        var written = 0;
        foreach (var part in (ReadOnlySpan<string>)[articleId, sentence, answer, kind])
        {
            if (written > 0)
            {
                bytes[written++] = (byte)'\n';
            }

            written += Encoding.UTF8.GetBytes(part, bytes[written..]);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], hash);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        Span<char> id = stackalloc char[13];
        id[0] = 'c';
        Convert.TryToHexStringLower(hash[..6], id[1..], out _);
        return new string(id);
    }

    /// <summary>SHA-256 of the text's UTF-8 bytes, encoded on the stack when short (every stem and card key is).</summary>
    private static void HashUtf8(Span<byte> hash, string text)
    {
        const int StackLimit = 1024;
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = length > StackLimit ? System.Buffers.ArrayPool<byte>.Shared.Rent(length) : null;
        var bytes = rented is null ? stackalloc byte[StackLimit] : rented;
        var written = Encoding.UTF8.GetBytes(text, bytes);
        SHA256.HashData(bytes[..written], hash);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

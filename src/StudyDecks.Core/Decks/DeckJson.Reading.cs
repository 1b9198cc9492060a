using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StudyDecks.Core.Errors;

namespace StudyDecks.Core.Decks;

public static partial class DeckJson
{
    /// <summary>
    /// The largest deck file read, in bytes (32 MB): about 50,000 cards, far above what articles within their size limit
    /// give, and small enough that an endless stream given as a deck stops at once.
    /// </summary>
    public const long MaxBytes = 32 * 1024 * 1024;

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Ignore,
    };

    /// <summary>Reads and validates a deck from <paramref name="stream"/>.</summary>
    /// <param name="stream">The deck file's bytes (UTF-8, with or without BOM).</param>
    /// <param name="sourceName">How to name the input in error messages, usually its path.</param>
    /// <exception cref="StudyDecksException">The input is not valid JSON, not a deck, a newer version, or breaks a rule of the format.</exception>
    public static Deck Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = BoundedInput.ReadAll(stream, MaxBytes) ?? throw StudyDecksException.InSource(sourceName, ErrorMessages.DeckTooLarge(MaxBytes));
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException exception)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MalformedDeckJson + " (it is not UTF-8 text)", exception);
        }

        return string.IsNullOrWhiteSpace(text) ? throw StudyDecksException.InSource(sourceName, ErrorMessages.EmptyDeck) : Parse(text, sourceName);
    }

    /// <summary>Parses and validates deck file text.</summary>
    /// <exception cref="StudyDecksException">See <see cref="Read"/>.</exception>
    public static Deck Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            root = JToken.ReadFrom(reader, LoadSettings);
            if (reader.Read())
            {
                throw new JsonReaderException($"unexpected content after the deck at line {reader.LineNumber.ToString(CultureInfo.InvariantCulture)}");
            }
        }
        catch (JsonReaderException exception)
        {
            throw StudyDecksException.InSource(sourceName, $"{ErrorMessages.MalformedDeckJson}: {FirstLine(exception.Message)}", exception);
        }

        if (root is not JObject deck || deck.Value<string>("format") is not { } format || format != Deck.FormatName)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.NotADeck);
        }

        var version = RequireInt(deck, "version", sourceName);
        if (version > Deck.CurrentVersion)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.NewerDeckVersion(version, Deck.CurrentVersion));
        }

        if (version < 1)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue("version", version.ToString(CultureInfo.InvariantCulture)));
        }

        var generatorObject = RequireObject(deck, "generator", sourceName);
        var generator = new GeneratorInfo(
            RequireString(generatorObject, "name", sourceName),
            RequireString(generatorObject, "version", sourceName),
            RequireInt(generatorObject, "seed", sourceName));

        var sources = new List<DeckSource>();
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sourceObject in RequireObjects(deck, "sources", sourceName))
        {
            var sourcePath = string.Create(CultureInfo.InvariantCulture, $"sources[{sources.Count}]");
            var id = RequireString(sourceObject, "id", sourceName);
            if (id.Length == 0 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidSourceId(sourcePath + ".id", id));
            }

            if (!sourceIds.Add(id))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.DuplicateSourceId(sourcePath, id));
            }

            RequireOneLine(RequireString(sourceObject, "title", sourceName), sourcePath + ".title", sourceName);
            sources.Add(new DeckSource(
                RequireString(sourceObject, "id", sourceName),
                RequireString(sourceObject, "title", sourceName),
                OptionalString(sourceObject, "origin", sourceName),
                RequireString(sourceObject, "sha256", sourceName),
                RequireInt(sourceObject, "words", sourceName)));
        }

        var cards = new List<Card>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var cardObject in RequireObjects(deck, "cards", sourceName))
        {
            // JToken.Path searches the parent array for the token: built here from the index to stay linear.
            var path = string.Create(CultureInfo.InvariantCulture, $"cards[{index++}]");
            var card = ReadCard(cardObject, path, sourceName);
            if (!ids.Add(card.Id))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.DuplicateCardId(path, card.Id));
            }

            if (!sourceIds.Contains(card.Source.Article))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.UnknownCardSource(path, card.Source.Article));
            }

            CheckCardRules(card, path, sourceName);
            cards.Add(card);
        }

        var title = RequireString(deck, "title", sourceName);
        RequireOneLine(title, "title", sourceName);
        return new Deck(title, generator, sources, cards);
    }

    private static Card ReadCard(JObject card, string path, string sourceName)
    {
        var typeName = RequireString(card, "type", sourceName);
        if (!DeckNames.TryParseCardType(typeName, out var type))
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue(path + ".type", typeName));
        }

        var kindName = RequireString(card, "answerKind", sourceName);
        if (!DeckNames.TryParseAnswerKind(kindName, out var kind))
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue(path + ".answerKind", kindName));
        }

        var source = RequireObject(card, "source", sourceName);
        return new Card(
            RequireString(card, "id", sourceName),
            type,
            RequireString(card, "question", sourceName),
            RequireString(card, "answer", sourceName),
            RequireStrings(card, "distractors", sourceName),
            kind,
            RequireString(card, "explanation", sourceName),
            new CardSource(
                RequireString(source, "article", sourceName),
                RequireInt(source, "sentence", sourceName),
                RequireInt(source, "start", sourceName),
                RequireInt(source, "end", sourceName)),
            RequireStrings(card, "tags", sourceName))
        {
            Aliases = card.ContainsKey("aliases") ? RequireStrings(card, "aliases", sourceName) : [],
            Context = card.ContainsKey("context") ? RequireContext(card, path, sourceName) : null,
            Score = card.TryGetValue("score", StringComparison.Ordinal, out var score) ? ReadScore(score, path + ".score", sourceName) : null,
            Spares = card.ContainsKey("spares") ? RequireStrings(card, "spares", sourceName) : [],
            OptionOrigins = card.TryGetValue("optionOrigins", StringComparison.Ordinal, out var origins) ? ReadOptionOrigins(origins, path + ".optionOrigins", sourceName) : Card.NoOrigins,
            OptionScores = card.TryGetValue("optionScores", StringComparison.Ordinal, out var scores) ? ReadOptionScores(scores, path + ".optionScores", sourceName) : Card.NoScores,
            Review = card.TryGetValue("review", StringComparison.Ordinal, out var review) ? ReadReview(review, path + ".review", sourceName) : null,
        };
    }

    /// <summary>An object of option text → score from 0 to 1; anything else is an error, an option the card lacks is let be.</summary>
    private static Dictionary<string, double> ReadOptionScores(JToken token, string path, string sourceName)
    {
        if (token is not JObject scores)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path));
        }

        var read = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in scores.Properties())
        {
            var score = property.Value.Type is JTokenType.Float or JTokenType.Integer ? (double)property.Value : double.NaN;
            if (score is not (>= 0 and <= 1))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue($"{path}.{property.Name}", property.Value.ToString(Formatting.None)));
            }

            read[property.Name] = score;
        }

        return read;
    }

    /// <summary>An object of option text → origin name; an origin it does not know is an error, an option the card lacks is let be.</summary>
    private static Dictionary<string, OptionOrigin> ReadOptionOrigins(JToken token, string path, string sourceName)
    {
        if (token is not JObject origins)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path));
        }

        var read = new Dictionary<string, OptionOrigin>(StringComparer.Ordinal);
        foreach (var property in origins.Properties())
        {
            if (property.Value.Type != JTokenType.String || !DeckNames.TryParseOptionOrigin((string)property.Value!, out var origin))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue($"{path}.{property.Name}", property.Value.ToString(Formatting.None)));
            }

            read[property.Name] = origin;
        }

        return read;
    }

    private static CardReview ReadReview(JToken token, string path, string sourceName)
    {
        if (token is not JObject review)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path));
        }

        var statusName = RequireString(review, "status", sourceName);
        if (!DeckNames.TryParseReviewStatus(statusName, out var status))
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue(path + ".status", statusName));
        }

        CardOriginal? original = null;
        if (review.TryGetValue("original", StringComparison.Ordinal, out var originalToken) && originalToken.Type != JTokenType.Null)
        {
            if (originalToken is not JObject fields)
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path + ".original"));
            }

            original = new CardOriginal(RequireString(fields, "question", sourceName), RequireString(fields, "answer", sourceName), RequireStrings(fields, "distractors", sourceName))
            {
                Aliases = fields.ContainsKey("aliases") ? RequireStrings(fields, "aliases", sourceName) : [],
            };
            var texts = new[] { ("question", original.Question), ("answer", original.Answer) }
                .Concat(original.Distractors.Select((text, i) => (string.Create(CultureInfo.InvariantCulture, $"distractors[{i}]"), text)))
                .Concat(original.Aliases.Select((text, i) => (string.Create(CultureInfo.InvariantCulture, $"aliases[{i}]"), text)));
            foreach (var (name, text) in texts)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField($"{path}.original.{name}"));
                }

                RequireOneLine(text, $"{path}.original.{name}", sourceName);
            }
        }

        return (status, original) switch
        {
            (ReviewStatus.Edited, null) => throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path + ".original")),
            (ReviewStatus.Kept, not null) => throw StudyDecksException.InSource(sourceName, ErrorMessages.ReviewOriginalOnKeptCard(path + ".original")),
            _ => new CardReview(status, original),
        };
    }

    private static string RequireContext(JObject card, string path, string sourceName)
    {
        if (!card.TryGetValue("context", StringComparison.Ordinal, out var token) || token.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)token))
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path + ".context"));
        }

        var context = (string)token!;
        return context.Any(char.IsControl)
            ? throw StudyDecksException.InSource(sourceName, ErrorMessages.ControlCharacterInField(path + ".context"))
            : context;
    }

    private static CardScore ReadScore(JToken token, string path, string sourceName)
    {
        if (token is not JObject score)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path));
        }

        var total = RequireNumber(score, "total", path + ".total", sourceName);
        if (!score.TryGetValue("features", StringComparison.Ordinal, out var featuresToken) || featuresToken is not JObject features)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path + ".features"));
        }

        var contributions = new List<ScoreContribution>(features.Count);
        foreach (var feature in features.Properties())
        {
            var featurePath = $"{path}.features.{feature.Name}";
            if (feature.Name.Length == 0 || feature.Name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidFeatureName(path + ".features"));
            }

            contributions.Add(new ScoreContribution(feature.Name, RequireNumber(features, feature.Name, featurePath, sourceName)));
        }

        return new CardScore(total, contributions);
    }

    private static double RequireNumber(JObject parent, string name, string path, string sourceName)
    {
        if (!parent.TryGetValue(name, StringComparison.Ordinal, out var token) || token.Type is not (JTokenType.Float or JTokenType.Integer))
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path));
        }

        var value = (double)token;
        return double.IsFinite(value)
            ? value
            : throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue(path, value.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Checks <paramref name="card"/> against the rules every card of a deck file keeps (one blank in a cloze, three
    /// distinct wrong options on a multiple-choice card, the answer not among them, one-line text…): what a reviewed
    /// edit must keep too.
    /// </summary>
    /// <param name="card">The card to check.</param>
    /// <param name="path">How to name the card in the message, e.g. <c>cards[3]</c>.</param>
    /// <param name="sourceName">How to name the deck in the message.</param>
    /// <exception cref="StudyDecksException">The card breaks a rule; the message says which, in one line.</exception>
    public static void CheckCard(Card card, string path, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(card);
        CheckCardRules(card, path, sourceName);
    }

    private static void CheckCardRules(Card card, string path, string sourceName)
    {
        if (string.IsNullOrWhiteSpace(card.Id) || string.IsNullOrWhiteSpace(card.Question) || string.IsNullOrWhiteSpace(card.Answer))
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(path + (string.IsNullOrWhiteSpace(card.Id) ? ".id" : string.IsNullOrWhiteSpace(card.Question) ? ".question" : ".answer")));
        }

        if (card.Source.Start < 0 || card.Source.End < card.Source.Start || card.Source.Sentence < 0)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue(path + ".source", $"{card.Source.Start}..{card.Source.End}"));
        }

        if (card.Type == CardType.MultipleChoice && card.Distractors.Count != 3)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.WrongDistractorCount(path, card.Distractors.Count));
        }

        if (card.Type == CardType.Cloze && CountBlanks(card.Question) != 1)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.ClozeWithoutBlank(path));
        }

        if (card.Type == CardType.TrueFalse && card.Answer is not (Card.True or Card.False))
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue(path + ".answer", card.Answer));
        }

        RequireOneLine(card.Id, path + ".id", sourceName);
        RequireOneLine(card.Question, path + ".question", sourceName);
        RequireOneLine(card.Answer, path + ".answer", sourceName);
        RequireOneLine(card.Explanation, path + ".explanation", sourceName);
        for (var i = 0; i < card.Distractors.Count; i++)
        {
            var distractorPath = string.Create(CultureInfo.InvariantCulture, $"{path}.distractors[{i}]");
            if (string.IsNullOrWhiteSpace(card.Distractors[i]))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.BlankOption(distractorPath));
            }

            RequireOneLine(card.Distractors[i], distractorPath, sourceName);
        }

        for (var i = 0; i < card.Aliases.Count; i++)
        {
            var aliasPath = string.Create(CultureInfo.InvariantCulture, $"{path}.aliases[{i}]");
            if (string.IsNullOrWhiteSpace(card.Aliases[i]))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.BlankOption(aliasPath));
            }

            RequireOneLine(card.Aliases[i], aliasPath, sourceName);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var distractor in card.Distractors)
        {
            if (string.Equals(distractor.Trim(), card.Answer.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.AnswerAmongDistractors(path));
            }

            if (!seen.Add(distractor.Trim()))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.DuplicateDistractors(path));
            }
        }

        CheckSpares(card, path, sourceName, seen);
    }

    private static void CheckSpares(Card card, string path, string sourceName, HashSet<string> options)
    {
        if (card.Spares.Count > Card.MaxSpares)
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.TooManySpares(path + ".spares", card.Spares.Count, Card.MaxSpares));
        }

        options.Add(card.Answer.Trim());
        for (var i = 0; i < card.Spares.Count; i++)
        {
            var sparePath = string.Create(CultureInfo.InvariantCulture, $"{path}.spares[{i}]");
            if (string.IsNullOrWhiteSpace(card.Spares[i]))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.BlankOption(sparePath));
            }

            RequireOneLine(card.Spares[i], sparePath, sourceName);
            if (!options.Add(card.Spares[i].Trim()))
            {
                throw StudyDecksException.InSource(sourceName, ErrorMessages.SpareAmongOptions(sparePath));
            }
        }
    }

    /// <summary>Refuses text with a control character: a line break breaks the layouts, an escape code drives the terminal.</summary>
    private static void RequireOneLine(string text, string path, string sourceName)
    {
        if (text.Any(char.IsControl))
        {
            throw StudyDecksException.InSource(sourceName, ErrorMessages.ControlCharacterInField(path));
        }
    }

    private static int CountBlanks(string question)
    {
        var count = 0;
        for (var index = question.IndexOf(Card.Blank, StringComparison.Ordinal); index >= 0; index = question.IndexOf(Card.Blank, index + Card.Blank.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static JToken Require(JObject parent, string name, JTokenType type, string sourceName)
    {
        if (parent.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type == type)
        {
            return token;
        }

        throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(Join(parent.Path, name)));
    }

    private static string RequireString(JObject parent, string name, string sourceName) =>
        (string)Require(parent, name, JTokenType.String, sourceName)!;

    private static string? OptionalString(JObject parent, string name, string sourceName)
    {
        if (!parent.TryGetValue(name, StringComparison.Ordinal, out var token) || token.Type == JTokenType.Null)
        {
            return null;
        }

        return token.Type == JTokenType.String
            ? (string?)token
            : throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(Join(parent.Path, name)));
    }

    private static int RequireInt(JObject parent, string name, string sourceName)
    {
        var token = Require(parent, name, JTokenType.Integer, sourceName);
        var value = ((JValue)token).Value;
        return value is long number && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw StudyDecksException.InSource(sourceName, ErrorMessages.InvalidDeckValue(token.Path, token.ToString()));
    }

    private static JObject RequireObject(JObject parent, string name, string sourceName) =>
        (JObject)Require(parent, name, JTokenType.Object, sourceName);

    private static IEnumerable<JObject> RequireObjects(JObject parent, string name, string sourceName)
    {
        var array = (JArray)Require(parent, name, JTokenType.Array, sourceName);
        foreach (var item in array)
        {
            yield return item as JObject ?? throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(item.Path));
        }
    }

    private static string[] RequireStrings(JObject parent, string name, string sourceName)
    {
        var array = (JArray)Require(parent, name, JTokenType.Array, sourceName);
        var values = new string[array.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = array[i].Type == JTokenType.String
                ? (string)array[i]!
                : throw StudyDecksException.InSource(sourceName, ErrorMessages.MissingDeckField(array[i].Path));
        }

        return values;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}

using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;

namespace StudyDecks.Quiz.Results;

/// <summary>Reads and checks a results file (<see cref="BrowserResults"/>); anything else is a one-line error naming the file.</summary>
public static class ResultsFile
{
    /// <summary>The largest results file read (8 MB): tens of thousands of answers, far more than one student gives.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Ignore,
    };

    /// <summary>Reads the bytes of a results file.</summary>
    /// <exception cref="StudyDecksException">Too large, not UTF-8, not JSON, not results, a newer version, or a broken rule.</exception>
    public static BrowserResults Parse(byte[] bytes, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > MaxBytes)
        {
            throw StudyDecksException.InSource(sourceName, string.Create(CultureInfo.InvariantCulture, $"is larger than {MaxBytes / (1024 * 1024)} MB; a results file is far smaller"));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException exception)
        {
            throw StudyDecksException.InSource(sourceName, "is not a results file (it is not UTF-8 text)", exception);
        }

        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            root = JToken.ReadFrom(reader, LoadSettings);
            if (reader.Read())
            {
                throw new JsonReaderException("unexpected content after the results");
            }
        }
        catch (JsonReaderException exception)
        {
            throw StudyDecksException.InSource(sourceName, "is not a results file (malformed JSON: " + exception.Message.TrimEnd('.') + ")", exception);
        }

        try
        {
            return Read(root);
        }
        catch (FormatException exception)
        {
            throw StudyDecksException.InSource(sourceName, exception.Message, exception);
        }
    }

    private static BrowserResults Read(JToken root)
    {
        if (root is not JObject file || file["format"] is not JValue { Type: JTokenType.String } format || (string)format! != BrowserResults.FormatName)
        {
            throw new FormatException($"is not a results file (no \"format\": \"{BrowserResults.FormatName}\")");
        }

        var version = Integer(file, "version", "version");
        if (version > BrowserResults.CurrentVersion)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"is results version {version}; this StudyDecks reads up to version {BrowserResults.CurrentVersion}: update StudyDecks"));
        }

        if (version < 1)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"has an invalid version {version}"));
        }

        var deck = Object(file, "deck", "deck");
        var title = Text(deck, "title", "deck.title");
        var seed = Integer(deck, "seed", "deck.seed");
        var cards = new Dictionary<string, ResultCard>(StringComparer.Ordinal);
        foreach (var (card, i) in Array(file, "cards", "cards").Select((card, i) => (card, i)))
        {
            var read = ReadCard(card, $"cards[{i}]");
            if (!cards.TryAdd(read.Id, read))
            {
                throw new FormatException($"card \"{read.Id}\" is listed twice");
            }
        }

        var attempts = Array(file, "attempts", "attempts")
            .Select((attempt, i) => ReadAttempt(attempt, $"attempts[{i}]", cards))
            .ToArray();
        if (attempts.Sum(attempt => attempt.Answers.Count) == 0)
        {
            throw new FormatException("holds no answers");
        }

        return new BrowserResults(title, seed, attempts, cards);
    }

    private static ResultCard ReadCard(JToken token, string path)
    {
        var card = token as JObject ?? throw Missing(path);
        var type = Text(card, "type", path + ".type");
        var kind = Text(card, "kind", path + ".kind");
        if (!DeckNames.TryParseCardType(type, out _) || !DeckNames.TryParseAnswerKind(kind, out _))
        {
            throw new FormatException($"unknown card type or answer kind at \"{path}\"");
        }

        return new ResultCard(
            Text(card, "id", path + ".id"),
            type,
            kind,
            Text(card, "question", path + ".question"),
            Text(card, "answer", path + ".answer"),
            Strings(card, "distractors", path + ".distractors"));
    }

    private static BrowserAttempt ReadAttempt(JToken token, string path, Dictionary<string, ResultCard> cards)
    {
        var attempt = token as JObject ?? throw Missing(path);
        var answers = Array(attempt, "answers", path + ".answers").Select((answer, i) => ReadAnswer(answer, $"{path}.answers[{i}]", cards)).ToArray();
        return new BrowserAttempt(Instant(attempt, "startedAt", path + ".startedAt"), answers);
    }

    private static BrowserAnswer ReadAnswer(JToken token, string path, Dictionary<string, ResultCard> cards)
    {
        var answer = token as JObject ?? throw Missing(path);
        var cardId = Text(answer, "cardId", path + ".cardId");
        if (!cards.TryGetValue(cardId, out var card))
        {
            throw new FormatException($"answers card \"{cardId}\", which the file's \"cards\" do not list");
        }

        var choice = Text(answer, "choice", path + ".choice", allowEmpty: true);
        var correct = answer["correct"] is JValue { Type: JTokenType.Boolean } flag ? (bool)flag! : throw Missing(path + ".correct");
        var options = Strings(answer, "options", path + ".options");
        var milliseconds = Whole(answer, "milliseconds", path + ".milliseconds");
        if (milliseconds < 0)
        {
            throw new FormatException($"invalid value at \"{path}.milliseconds\"");
        }

        // The page says right only for the card's answer; a file edited to say otherwise is refused.
        if (options.Count > 0 && (!options.Contains(choice) || correct != (choice == card.Answer)))
        {
            throw new FormatException($"\"{path}\" does not agree with card \"{cardId}\": the choice is not one of its options or is judged wrongly");
        }

        return new BrowserAnswer(cardId, choice, correct, Instant(answer, "answeredAt", path + ".answeredAt"), TimeSpan.FromMilliseconds(milliseconds), options);
    }

    private static JObject Object(JObject parent, string name, string path) => parent[name] as JObject ?? throw Missing(path);

    private static JArray Array(JObject parent, string name, string path) => parent[name] as JArray ?? throw Missing(path);

    private static string Text(JObject parent, string name, string path, bool allowEmpty = false)
    {
        var text = parent[name] is JValue { Type: JTokenType.String } value ? (string)value! : throw Missing(path);
        return !allowEmpty && string.IsNullOrWhiteSpace(text) ? throw Missing(path) : text;
    }

    private static IReadOnlyList<string> Strings(JObject parent, string name, string path)
    {
        var values = Array(parent, name, path);
        return [.. values.Select((value, i) => value is JValue { Type: JTokenType.String } text ? (string)text! : throw Missing($"{path}[{i}]"))];
    }

    private static int Integer(JObject parent, string name, string path) =>
        Whole(parent, name, path) is >= int.MinValue and <= int.MaxValue and var value ? (int)value : throw Missing(path);

    private static long Whole(JObject parent, string name, string path) =>
        parent[name] is JValue { Type: JTokenType.Integer, Value: long value } ? value : throw Missing(path);

    private static DateTimeOffset Instant(JObject parent, string name, string path)
    {
        var text = Text(parent, name, path);
        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw new FormatException($"invalid time \"{text}\" at \"{path}\" (ISO 8601 expected)");
    }

    private static FormatException Missing(string path) => new($"missing or invalid field \"{path}\"");
}

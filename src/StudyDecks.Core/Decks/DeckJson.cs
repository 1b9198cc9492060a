using System.Text;
using Newtonsoft.Json;

namespace StudyDecks.Core.Decks;

/// <summary>
/// Reads and writes the deck file format (<c>*.deck.json</c>): camelCase JSON, UTF-8 without BOM, LF line ends,
/// fields in a fixed order so the same deck always gives the same bytes.
/// </summary>
/// <remarks>The JSON Schema of the format is <c>decks/deck.schema.json</c>; <see cref="Read"/> enforces the same rules.</remarks>
public static partial class DeckJson
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="deck"/> to <paramref name="stream"/> (left open).</summary>
    public static void Write(Deck deck, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        WriteTo(deck, text);
        text.Write('\n');
    }

    /// <summary>Returns the deck file text of <paramref name="deck"/>.</summary>
    public static string Serialize(Deck deck)
    {
        ArgumentNullException.ThrowIfNull(deck);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteTo(deck, text);
        text.Write('\n');
        return text.ToString();
    }

    private static void WriteTo(Deck deck, TextWriter text)
    {
        using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("format");
        json.WriteValue(Deck.FormatName);
        json.WritePropertyName("version");
        json.WriteValue(Deck.CurrentVersion);
        json.WritePropertyName("title");
        json.WriteValue(deck.Title);

        json.WritePropertyName("generator");
        json.WriteStartObject();
        json.WritePropertyName("name");
        json.WriteValue(deck.Generator.Name);
        json.WritePropertyName("version");
        json.WriteValue(deck.Generator.Version);
        json.WritePropertyName("seed");
        json.WriteValue(deck.Generator.Seed);
        json.WriteEndObject();

        json.WritePropertyName("sources");
        json.WriteStartArray();
        foreach (var source in deck.Sources)
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            json.WriteValue(source.Id);
            json.WritePropertyName("title");
            json.WriteValue(source.Title);
            json.WritePropertyName("origin");
            json.WriteValue(source.Origin);
            json.WritePropertyName("sha256");
            json.WriteValue(source.Sha256);
            json.WritePropertyName("words");
            json.WriteValue(source.Words);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WritePropertyName("cards");
        json.WriteStartArray();
        foreach (var card in deck.Cards)
        {
            WriteCard(json, card);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCard(JsonTextWriter json, Card card)
    {
        json.WriteStartObject();
        json.WritePropertyName("id");
        json.WriteValue(card.Id);
        json.WritePropertyName("type");
        json.WriteValue(DeckNames.ToName(card.Type));
        if (card.Context is not null)
        {
            json.WritePropertyName("context");
            json.WriteValue(card.Context);
        }

        json.WritePropertyName("question");
        json.WriteValue(card.Question);
        json.WritePropertyName("answer");
        json.WriteValue(card.Answer);
        json.WritePropertyName("distractors");
        WriteStrings(json, card.Distractors);
        if (card.Spares.Count > 0)
        {
            json.WritePropertyName("spares");
            WriteStrings(json, card.Spares);
        }

        WriteOptionMap(json, card, "optionOrigins", card.OptionOrigins, origin => json.WriteValue(DeckNames.ToName(origin)));
        WriteOptionMap(json, card, "optionScores", card.OptionScores, score => WriteNumber(json, score));

        if (card.Aliases.Count > 0)
        {
            json.WritePropertyName("aliases");
            WriteStrings(json, card.Aliases);
        }

        json.WritePropertyName("answerKind");
        json.WriteValue(DeckNames.ToName(card.AnswerKind));
        json.WritePropertyName("explanation");
        json.WriteValue(card.Explanation);
        json.WritePropertyName("source");
        json.WriteStartObject();
        json.WritePropertyName("article");
        json.WriteValue(card.Source.Article);
        json.WritePropertyName("sentence");
        json.WriteValue(card.Source.Sentence);
        json.WritePropertyName("start");
        json.WriteValue(card.Source.Start);
        json.WritePropertyName("end");
        json.WriteValue(card.Source.End);
        json.WriteEndObject();
        json.WritePropertyName("tags");
        WriteStrings(json, card.Tags);
        if (card.Score is { } score)
        {
            WriteScore(json, score);
        }

        if (card.Review is { } review)
        {
            WriteReview(json, review);
        }

        json.WriteEndObject();
    }

    private static void WriteReview(JsonTextWriter json, CardReview review)
    {
        json.WritePropertyName("review");
        json.WriteStartObject();
        json.WritePropertyName("status");
        json.WriteValue(DeckNames.ToName(review.Status));
        if (review.Original is { } original)
        {
            json.WritePropertyName("original");
            json.WriteStartObject();
            json.WritePropertyName("question");
            json.WriteValue(original.Question);
            json.WritePropertyName("answer");
            json.WriteValue(original.Answer);
            json.WritePropertyName("distractors");
            WriteStrings(json, original.Distractors);
            if (original.Aliases.Count > 0)
            {
                json.WritePropertyName("aliases");
                WriteStrings(json, original.Aliases);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteScore(JsonTextWriter json, CardScore score)
    {
        json.WritePropertyName("score");
        json.WriteStartObject();
        json.WritePropertyName("total");
        WriteNumber(json, score.Total);
        json.WritePropertyName("features");
        json.WriteStartObject();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in score.Features)
        {
            if (!names.Add(feature.Feature))
            {
                throw new ArgumentException($"The score names feature \"{feature.Feature}\" twice; a deck file can hold it once.", nameof(score));
            }

            json.WritePropertyName(feature.Feature);
            WriteNumber(json, feature.Contribution);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes a score number as the shortest text that reads back as the same double ("0.1", "-0.2", "1.0", "1E-05"),
    /// in the invariant culture; negative zero is written as 0.0 so equal scores give equal bytes.
    /// </summary>
    private static void WriteNumber(JsonTextWriter json, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A card score must be a finite number.");
        }

        json.WriteValue(value == 0 ? 0d : value);
    }

    /// <summary>
    /// An object of option text → value for every wrong option and spare that has one, in the card's order: where each
    /// came from, or its score. Options a teacher typed have neither; no object is written when none has one.
    /// </summary>
    private static void WriteOptionMap<T>(JsonTextWriter json, Card card, string name, IReadOnlyDictionary<string, T> values, Action<T> write)
    {
        if (values.Count == 0)
        {
            return;
        }

        var written = false;
        foreach (var option in card.Distractors.Concat(card.Spares))
        {
            if (!values.TryGetValue(option, out var value))
            {
                continue;
            }

            if (!written)
            {
                json.WritePropertyName(name);
                json.WriteStartObject();
                written = true;
            }

            json.WritePropertyName(option);
            write(value);
        }

        if (written)
        {
            json.WriteEndObject();
        }
    }

    private static void WriteStrings(JsonTextWriter json, IReadOnlyList<string> values)
    {
        // Short string lists stay on one line; they read better and diff better.
        json.WriteStartArray();
        var formatting = json.Formatting;
        json.Formatting = Formatting.None;
        foreach (var value in values)
        {
            json.WriteValue(value);
        }

        json.WriteEndArray();
        json.Formatting = formatting;
    }
}

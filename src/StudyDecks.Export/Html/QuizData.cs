using System.Globalization;
using Newtonsoft.Json;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Choices;

namespace StudyDecks.Export.Html;

/// <summary>
/// The cards as the page's script reads them: one JSON object, written so that it can sit inside an HTML
/// <c>&lt;script&gt;</c> element whatever the deck says (no <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes, U+2028 or
/// U+2029 appear unescaped).
/// </summary>
public static class QuizData
{
    /// <summary>The asking style the page uses for <paramref name="card"/>: <c>choice</c>, <c>true-false</c> or <c>typed</c>, as the console quiz asks it.</summary>
    public static string StyleOf(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Type switch
        {
            CardType.TrueFalse => "true-false",
            CardType.MultipleChoice => "choice",
            CardType.Cloze when card.Distractors.Count >= 3 => "choice",
            _ => "typed",
        };
    }

    /// <summary>The JSON the page embeds for <paramref name="deck"/>: title, seed and every card.</summary>
    public static string ToJson(Deck deck)
    {
        ArgumentNullException.ThrowIfNull(deck);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.None, StringEscapeHandling = StringEscapeHandling.EscapeHtml })
        {
            json.WriteStartObject();
            json.WritePropertyName("title");
            json.WriteValue(deck.Title);
            json.WritePropertyName("seed");
            json.WriteValue(deck.Generator.Seed);
            json.WritePropertyName("cards");
            json.WriteStartArray();
            foreach (var card in deck.Cards)
            {
                WriteCard(json, card);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return text.ToString();
    }

    private static void WriteCard(JsonTextWriter json, Card card)
    {
        var style = StyleOf(card);
        json.WriteStartObject();
        Property(json, "id", card.Id);
        Property(json, "type", DeckNames.ToName(card.Type));
        Property(json, "kind", DeckNames.ToName(card.AnswerKind));
        Property(json, "style", style);
        Property(json, "context", string.IsNullOrWhiteSpace(card.Context) ? null : card.Context);
        Property(json, "question", card.Question);
        Property(json, "answer", card.Answer);
        Strings(json, "aliases", card.Aliases);
        Strings(json, "distractors", card.Distractors);

        // Numbers and dates keep their ascending order (card-quality D11); the page shuffles every other choice.
        var ordered = style == "choice" && OptionValue.SortAscending(card.Options, card.AnswerKind) is not null;
        IReadOnlyList<string> options = style switch
        {
            "choice" => ChoiceOrder.Arrange(card).Options,
            "true-false" => [Card.True, Card.False],
            _ => [],
        };
        Strings(json, "options", options);
        json.WritePropertyName("ordered");
        json.WriteValue(ordered || style == "true-false");
        Property(json, "explanation", card.Explanation);
        json.WriteEndObject();
    }

    private static void Property(JsonTextWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Strings(JsonTextWriter json, string name, IReadOnlyList<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteValue(value);
        }

        json.WriteEndArray();
    }
}

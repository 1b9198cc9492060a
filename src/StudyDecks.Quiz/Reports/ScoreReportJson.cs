using System.Text;
using Newtonsoft.Json;
using StudyDecks.Core.Json;
using StudyDecks.Quiz.Scores;

namespace StudyDecks.Quiz.Reports;

/// <summary>
/// <c>scores --json</c>: an object with <c>sessions</c> (player, deck, startedAt, answered, correct, in time order),
/// <c>cards</c> (per card answered/correct, weakest first) and, with <c>--items</c>, <c>items</c> (item analysis).
/// </summary>
public static class ScoreReportJson
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Stream stream, ScoreReport report, IReadOnlyList<ItemStats>? items)
    {
        using var text = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        json.WriteStartArray("sessions");
        foreach (var session in report.Sessions)
        {
            json.WriteStartObject();
            json.WriteString("player", session.Player);
            json.WriteString("deck", session.Deck);
            json.WriteString("startedAt", Timestamps.Write(session.StartedAt));
            json.WriteNumber("answered", session.Answered);
            json.WriteNumber("correct", session.Correct);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("cards");
        foreach (var card in report.Cards)
        {
            json.WriteStartObject();
            json.WriteString("deck", card.Deck);
            json.WriteString("cardId", card.CardId);
            json.WriteString("question", card.Question);
            json.WriteString("answer", card.Answer);
            json.WriteNumber("answered", card.Answered);
            json.WriteNumber("correct", card.Correct);
            json.WriteString("lastAnsweredAt", Timestamps.Write(card.LastAnsweredAt));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (items is not null)
        {
            WriteItems(json, items);
        }

        json.WriteEndObject();
    }

    private static void WriteItems(JsonWriter json, IReadOnlyList<ItemStats> items)
    {
        json.WriteStartArray("items");
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("deck", item.Deck);
            json.WriteString("cardId", item.CardId);
            json.WriteString("question", item.Question);
            json.WriteString("type", item.CardType);
            json.WriteNumber("answered", item.Answered);
            json.WriteNumber("correct", item.Correct);
            json.WriteNumber("shareCorrect", Math.Round(item.ShareCorrect, 4));
            if (item.Discrimination is { } discrimination)
            {
                json.WriteNumber("discrimination", Math.Round(discrimination, 4));
            }
            else
            {
                json.WriteNull("discrimination");
            }

            json.WriteStartArray("options");
            foreach (var option in item.Options)
            {
                json.WriteStartObject();
                json.WriteString("text", option.Text);
                json.WriteBoolean("isAnswer", option.IsKey);
                json.WriteNumber("picks", option.Picks);
                json.WriteNumber("share", Math.Round(option.Share, 4));
                if (option.Status is { } status)
                {
                    json.WriteString("status", StatusName(status));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("wrongReplies");
            foreach (var reply in item.WrongReplies)
            {
                json.WriteStartObject();
                json.WriteString("reply", reply.Reply);
                json.WriteNumber("count", reply.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string StatusName(DistractorStatus status) => status switch
    {
        DistractorStatus.TooFewAnswers => "too-few-answers",
        DistractorStatus.Working => "working",
        DistractorStatus.NeverChosen => "never-chosen",
        DistractorStatus.RarelyChosen => "rarely-chosen",
        DistractorStatus.AttractsStrongPlayers => "attracts-strong-players",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown distractor status."),
    };
}

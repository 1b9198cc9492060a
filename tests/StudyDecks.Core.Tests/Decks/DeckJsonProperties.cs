using System.Text;
using CsCheck;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Decks;

/// <summary>
/// Fuzzing the deck loader with CsCheck: a truncated, mutated or random deck file loads or is refused with one line
/// naming the file; a deck that loads holds no control character and no blank option (what crashed inspect and the PDF).
/// </summary>
public sealed class DeckJsonProperties
{
    private static readonly byte[] Sample = Encoding.UTF8.GetBytes(DeckJson.Serialize(SampleDecks.Coalition()));

    private static void LoadsSafelyOrRefuses(byte[] bytes)
    {
        Deck deck;
        try
        {
            deck = DeckJson.Read(new MemoryStream(bytes), "fuzz.deck.json");
        }
        catch (StudyDecksException error)
        {
            Assert.That(error.Message, Does.StartWith("fuzz.deck.json: "));
            return;
        }

        foreach (var card in deck.Cards)
        {
            var texts = new[] { card.Id, card.Question, card.Answer, card.Explanation }.Concat(card.Distractors).Concat(card.Aliases);
            Assert.That(texts, Has.None.Matches<string>(text => text!.Any(char.IsControl)));
            Assert.That(card.Distractors.Concat(card.Aliases), Has.None.Matches<string>(string.IsNullOrWhiteSpace));
        }
    }

    [Test]
    public void A_deck_cut_anywhere_loads_or_is_refused_naming_the_file()
    {
        Gen.Int[0, Sample.Length].Sample(length => LoadsSafelyOrRefuses(Sample[..length]), iter: 300, threads: 1);
    }

    [Test]
    public void A_deck_with_bytes_changed_loads_safely_or_is_refused_naming_the_file()
    {
        Gen.Select(Gen.Int[0, Sample.Length - 1], Gen.Byte, Gen.Int[1, 4]).Sample(
            (at, value, count) =>
            {
                var mutated = (byte[])Sample.Clone();
                for (var i = 0; i < count && at + i < mutated.Length; i++)
                {
                    mutated[at + i] = value;
                }

                LoadsSafelyOrRefuses(mutated);
            },
            iter: 600,
            threads: 1);
    }

    [Test]
    public void Any_unicode_in_a_card_field_loads_safely_or_is_refused()
    {
        var field = Gen.OneOf(Gen.Const("question"), Gen.Const("answer"), Gen.Const("explanation"), Gen.Const("id"), Gen.Const("context"));
        Gen.Select(field, Gen.String[Gen.Char, 0, 200], Gen.Int[0, 2]).Sample(
            (name, value, option) =>
            {
                var json = Newtonsoft.Json.Linq.JObject.Parse(Encoding.UTF8.GetString(Sample));
                json["cards"]![0]![name] = value;
                json["cards"]![0]!["distractors"]![option] = value;
                LoadsSafelyOrRefuses(Encoding.UTF8.GetBytes(json.ToString()));
            },
            iter: 300,
            threads: 1);
    }

    [Test]
    public void Huge_fields_and_deep_json_load_or_are_refused_naming_the_file()
    {
        Gen.Select(Gen.Int[1, 2_000_000], Gen.Int[1, 100_000]).Sample(
            (length, depth) =>
            {
                var json = Newtonsoft.Json.Linq.JObject.Parse(Encoding.UTF8.GetString(Sample));
                json["cards"]![0]!["question"] = new string('x', length);
                LoadsSafelyOrRefuses(Encoding.UTF8.GetBytes(json.ToString()));
                LoadsSafelyOrRefuses(Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)));
            },
            iter: 12,
            threads: 1);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Html;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Html;

public sealed partial class HtmlQuizExporterTests
{
    [Test]
    public void The_same_deck_always_gives_the_same_bytes()
    {
        var first = Exporting.ToBytes(ExportFormat.Html, SampleDecks.Coalition());
        var second = Exporting.ToBytes(ExportFormat.Html, SampleDecks.Coalition());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void The_policy_allows_exactly_the_inline_style_and_script_and_no_connection()
    {
        var page = Page(SampleDecks.Coalition());

        var policy = PolicyPattern().Match(page).Groups[1].Value;
        var style = StylePattern().Match(page).Groups[1].Value;
        var script = ScriptPattern().Match(page).Groups[1].Value;

        Assert.That(policy, Does.StartWith("default-src 'none'; "));
        Assert.That(policy, Does.Contain($"style-src '{Hash(style)}'"));
        Assert.That(policy, Does.Contain($"script-src '{Hash(script)}'"));
        Assert.That(policy, Does.Not.Contain("unsafe").And.Not.Contain("connect-src").And.Not.Contain("http"));
        Assert.That(page, Does.Not.Contain("http://").And.Not.Contain("https://"), "nothing on the page points outside it");
    }

    [Test]
    public void Deck_text_that_looks_like_markup_or_breaks_a_script_is_escaped_and_reads_back_unchanged()
    {
        var deck = SampleDecks.Coalition();
        const string Hostile = "</script><script>alert(1)</script><!-- & \u2028 \u2029 {{script}} \"'";
        var cards = deck.Cards.ToArray();
        cards[3] = cards[3] with { Question = Hostile, Explanation = Hostile };
        deck = deck with { Title = Hostile, Cards = cards };

        var page = Page(deck);
        var json = DataPattern().Match(page).Groups[1].Value;
        var data = JObject.Parse(json);

        Assert.That(page, Does.Not.Contain("alert(1)</script>").And.Not.Contain("<!-- &"));
        Assert.That(json, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&").And.Not.Contain("\u2028").And.Not.Contain("\u2029"));
        Assert.That(Regex.Count(page, "<script"), Is.EqualTo(2));
        Assert.That(page, Does.Contain("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- &amp; \u2028 \u2029 {{script}} &quot;&#39;</title>"));
        Assert.That((string?)data["title"], Is.EqualTo(Hostile));
        Assert.That((string?)data["cards"]![3]!["question"], Is.EqualTo(Hostile));
        Assert.That((string?)data["cards"]![3]!["explanation"], Is.EqualTo(Hostile));
    }

    [Test]
    public void Each_card_is_asked_as_the_console_quiz_asks_it_with_numbers_in_ascending_order()
    {
        var cards = Cards(SampleDecks.Coalition());

        Assert.That(cards.Select(card => (string?)card["style"]), Is.EqualTo(new[] { "choice", "choice", "choice", "typed", "true-false", "choice", "choice", "typed" }));
        Assert.That(cards[1]["options"]!.Values<string>(), Is.EqualTo(new[] { "$120 million", "$148 million", "$168 million", "$210 million" }));
        Assert.That(cards.Select(card => (bool)card["ordered"]!), Is.EqualTo(new[] { false, true, true, false, true, true, false, false }));
        Assert.That(cards[3]["aliases"]!.Values<string>(), Is.EqualTo(new[] { "SDF" }));
        Assert.That(cards[3]["options"]!.Values<string>(), Is.Empty);
        Assert.That((string?)cards[0]["context"], Is.EqualTo(SampleDecks.RomeContext));
        Assert.That(cards[3]["context"]!.Type, Is.EqualTo(JTokenType.Null));
    }

    [Test]
    public void A_cloze_card_without_three_distractors_is_typed()
    {
        var deck = SampleDecks.Coalition();
        var cloze = deck.Cards[2] with { Distractors = [] };

        Assert.That(QuizData.StyleOf(cloze), Is.EqualTo("typed"));
        Assert.That(QuizData.StyleOf(deck.Cards[2]), Is.EqualTo("choice"));
    }

    private static string Page(Deck deck) => Encoding.UTF8.GetString(Exporting.ToBytes(ExportFormat.Html, deck));

    private static JToken[] Cards(Deck deck) => [.. ((JArray)JObject.Parse(DataPattern().Match(Page(deck)).Groups[1].Value)["cards"]!)];

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")]
    private static partial Regex PolicyPattern();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StylePattern();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("<script type=\"application/json\" id=\"deck-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataPattern();
}

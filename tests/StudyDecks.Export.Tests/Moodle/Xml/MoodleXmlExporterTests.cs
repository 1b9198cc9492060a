using System.Net;
using System.Text;
using System.Xml.Linq;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Choices;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Moodle.Xml;

public sealed class MoodleXmlExporterTests
{
    [Test]
    public void The_sample_deck_exports_as_the_reviewed_golden_file()
    {
        Golden.AssertMatches(Exporting.ToBytes(ExportFormat.Moodle, SampleDecks.Coalition()), "Moodle/Coalition.moodle.xml");
        Golden.AssertMatches(Exporting.ToBytes(ExportFormat.Moodle, SpecialDecks.WithSpecials()), "Moodle/Specials.moodle.xml");
    }

    [Test]
    public void The_file_parses_with_one_question_per_card_and_one_category_per_article()
    {
        var deck = SampleDecks.Coalition();

        var quiz = Parse(deck);

        Assert.That(quiz.Name.LocalName, Is.EqualTo("quiz"));
        Assert.That(Questions(quiz).Select(Name), Is.EquivalentTo(deck.Cards.Select(card => card.Id)));
        Assert.That(Categories(quiz), Is.EqualTo(new[]
        {
            "$course$/top/Global Coalition to Defeat ISIS/Defeat ISIS Coalition confirms commitment to continued fight",
            "$course$/top/Global Coalition to Defeat ISIS/Defeat-ISIS Ministers Confirm Transition to Bilateral Security Ties",
        }));
        var afterSecondCategory = quiz.Elements("question").SkipWhile(question => question.Attribute("type")!.Value != "category").Skip(1).SkipWhile(question => question.Attribute("type")!.Value != "category").Skip(1);
        Assert.That(afterSecondCategory.Select(Name), Is.EqualTo(new[] { "c0000000000a5", "c0000000000a6", "c0000000000a8" }), "each card under its article's category");
    }

    [Test]
    public void Each_card_type_becomes_its_moodle_question_type_with_its_answers_and_the_source_sentence_as_general_feedback()
    {
        var deck = SampleDecks.Coalition();

        var questions = Questions(Parse(deck)).ToDictionary(Name);

        foreach (var card in deck.Cards)
        {
            AssertHolds(questions[card.Id], card);
        }

        Assert.That(questions.Values.Select(question => question.Attribute("type")!.Value), Is.EquivalentTo(new[] { "multichoice", "multichoice", "shortanswer", "shortanswer", "truefalse", "multichoice", "multichoice", "shortanswer" }));
    }

    [Test]
    public void Multiple_choice_has_one_right_answer_shuffled_by_moodle()
    {
        var question = Questions(Parse(SampleDecks.Coalition())).First(question => Name(question) == "c0000000000a2");

        Assert.That(question.Element("single")!.Value, Is.EqualTo("true"));
        Assert.That(question.Element("shuffleanswers")!.Value, Is.EqualTo("1"));
        Assert.That(question.Elements("answer").Select(answer => (Text(answer), answer.Attribute("fraction")!.Value)), Is.EqualTo(new[]
        {
            ("$120 million", "0"), ("$148 million", "0"), ("$168 million", "100"), ("$210 million", "0"),
        }));
    }

    [Test]
    public void A_cloze_card_is_a_short_answer_question_whose_text_keeps_its_blank()
    {
        var question = Questions(Parse(SampleDecks.Coalition())).First(question => Name(question) == "c0000000000a3");

        Assert.That(question.Attribute("type")!.Value, Is.EqualTo("shortanswer"));
        Assert.That(Text(question.Element("questiontext")!), Does.Contain("Paris killed _____ people"));
        Assert.That(question.Elements("answer").Select(Text), Is.EqualTo(new[] { "130" }));
    }

    [Test]
    public void Markup_in_a_card_is_html_escaped_inside_cdata()
    {
        var bytes = Exporting.ToBytes(ExportFormat.Moodle, SampleDecks.Coalition());
        var question = Questions(Parse(bytes)).First(question => Name(question) == "c0000000000a8");

        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("<text><![CDATA[<p><em>Tricky &lt;i&gt;context&lt;/i&gt; &amp; &quot;quotes&quot;</em></p><p>Which &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; group"));
        Assert.That(Text(question.Element("questiontext")!), Does.Not.Contain("<script").And.Not.Contain("<i>"));
        Assert.That(Text(question.Element("generalfeedback")!), Is.EqualTo("<p>Tricky &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot; stay text, not HTML.</p>"));
    }

    [Test]
    public void Every_special_character_and_a_cdata_end_in_the_text_survive_parsing()
    {
        var deck = SpecialDecks.WithSpecials();

        var quiz = Parse(deck);

        Assert.That(Questions(quiz).Select(Name), Is.EqualTo(deck.Cards.Select(card => card.Id)));
        foreach (var (question, card) in Questions(quiz).Zip(deck.Cards))
        {
            AssertHolds(question, card);
        }

        Assert.That(Categories(quiz)[0], Is.EqualTo("$course$/top/Deck // with {specials}/Defeat ISIS Coalition confirms commitment to continued fight"), "a slash in a name doubled");
    }

    [Test]
    public void Characters_xml_cannot_hold_are_left_out_instead_of_failing_the_export()
    {
        var card = SampleDecks.Coalition().Cards[3] with { Question = "What does \uFFFE SDF \uD800 stand for? 😀", Answer = "Syrian\u0001 Democratic Forces" };

        var question = Questions(Parse(SampleDecks.Coalition() with { Cards = [card] })).Single();

        Assert.That(WebUtility.HtmlDecode(Text(question.Element("questiontext")!)), Is.EqualTo("<p>What does  SDF \uFFFD stand for? 😀</p>"), "HTML encoding turns a lone surrogate into U+FFFD");
        Assert.That(question.Elements("answer").Select(Text).First(), Is.EqualTo("Syrian Democratic Forces"));
    }

    [Test]
    public void The_file_is_utf8_without_bom_and_the_same_bytes_every_time()
    {
        var bytes = Exporting.ToBytes(ExportFormat.Moodle, SampleDecks.Coalition());

        Assert.That(Encoding.UTF8.GetString(bytes), Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<quiz>\n").And.EndWith("</quiz>\n"));
        Assert.That(Exporting.ToBytes(ExportFormat.Moodle, SampleDecks.Coalition()), Is.EqualTo(bytes));
    }

    /// <summary>The question holds <paramref name="card"/>: its id, its escaped text, its answers and its sentence.</summary>
    private static void AssertHolds(XElement question, Card card)
    {
        Assert.That(Name(question), Is.EqualTo(card.Id));
        Assert.That(question.Element("questiontext")!.Attribute("format")!.Value, Is.EqualTo("html"));
        Assert.That(WebUtility.HtmlDecode(Text(question.Element("questiontext")!)), Is.EqualTo((card.Context is null ? string.Empty : $"<p><em>{card.Context}</em></p>") + $"<p>{card.Question}</p>"));
        Assert.That(WebUtility.HtmlDecode(Text(question.Element("generalfeedback")!)), Is.EqualTo($"<p>{card.Explanation}</p>"));
        var answers = question.Elements("answer").Select(answer => (Text(answer), answer.Attribute("fraction")!.Value)).ToArray();
        switch (card.Type)
        {
            case CardType.MultipleChoice:
                var choices = ChoiceOrder.Arrange(card);
                Assert.That(question.Attribute("type")!.Value, Is.EqualTo("multichoice"));
                Assert.That(answers.Select(answer => (WebUtility.HtmlDecode(answer.Item1), answer.Item2)), Is.EqualTo(choices.Options.Select((option, i) => (option, i == choices.AnswerIndex ? "100" : "0"))));
                break;
            case CardType.TrueFalse:
                Assert.That(question.Attribute("type")!.Value, Is.EqualTo("truefalse"));
                Assert.That(answers, Is.EqualTo(card.Answer == Card.True ? new[] { ("true", "100"), ("false", "0") } : [("true", "0"), ("false", "100")]));
                break;
            default:
                Assert.That(question.Attribute("type")!.Value, Is.EqualTo("shortanswer"));
                Assert.That(question.Element("usecase")!.Value, Is.EqualTo("0"));
                Assert.That(answers, Is.EqualTo(new[] { card.Answer }.Concat(card.Aliases).Select(answer => (answer.Replace("*", "\\*", StringComparison.Ordinal), "100"))), "plain text, \\* a star for Moodle's grading");
                break;
        }
    }

    private static XElement Parse(Deck deck) => Parse(Exporting.ToBytes(ExportFormat.Moodle, deck));

    private static XElement Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream).Root!;
    }

    private static IEnumerable<XElement> Questions(XElement quiz) => quiz.Elements("question").Where(question => question.Attribute("type")!.Value != "category");

    private static string[] Categories(XElement quiz) =>
        [.. quiz.Elements("question").Where(question => question.Attribute("type")!.Value == "category").Select(question => Text(question.Element("category")!))];

    private static string Name(XElement question) => Text(question.Element("name")!);

    private static string Text(XElement element) => element.Element("text")!.Value;
}

using System.Text;
using StudyDecks.Core.Decks;
using StudyDecks.Export.Choices;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Moodle.Gift;

public sealed class GiftExporterTests
{
    [Test]
    public void The_sample_deck_exports_as_the_reviewed_golden_file()
    {
        Golden.AssertMatches(Exporting.ToBytes(ExportFormat.Gift, SampleDecks.Coalition()), "Moodle/Coalition.gift.txt");
        Golden.AssertMatches(Exporting.ToBytes(ExportFormat.Gift, SpecialDecks.WithSpecials()), "Moodle/Specials.gift.txt");
    }

    [Test]
    public void Each_card_type_reads_back_in_moodle_as_its_question_type_with_its_text_answers_and_source_sentence()
    {
        var deck = SampleDecks.Coalition();

        var questions = Read(deck).ToDictionary(question => question.Name);

        Assert.That(questions.Keys, Is.EquivalentTo(deck.Cards.Select(card => card.Id)));
        foreach (var card in deck.Cards)
        {
            AssertReadsBackAs(questions[card.Id], card);
        }

        Assert.That(questions.Values.Select(question => question.Type), Is.EquivalentTo(new[] { "multichoice", "multichoice", "shortanswer", "shortanswer", "truefalse", "multichoice", "multichoice", "shortanswer" }));
    }

    [Test]
    public void Multiple_choice_lists_the_right_option_with_equals_and_the_wrong_ones_with_tildes_in_display_order()
    {
        var gift = Text(SampleDecks.Coalition());

        Assert.That(gift, Does.Contain("::c0000000000a2::[plain]The D-ISIS Coalition meeting in Rome, 2021\\nHow much is the U.S. contributing to the Coalition’s annual Stabilization Pledge Drive for Iraq and Syria?{\n\t~$120 million\n\t~$148 million\n\t=$168 million\n\t~$210 million\n\t####Blinken announced"));
    }

    [Test]
    public void True_false_is_t_or_f_short_answer_lists_the_answer_and_aliases_and_cloze_keeps_its_blank()
    {
        var gift = Text(SampleDecks.Coalition());

        Assert.That(gift, Does.Contain("with the U.S.{T\n\t####Saudi Arabia"));
        Assert.That(gift, Does.Contain("::c0000000000a4::[plain]What does SDF stand for?{\n\t=Syrian Democratic Forces\n\t=SDF\n\t####On the eve"));
        Assert.That(gift, Does.Contain("Paris killed _____ people and wounded another 400.{\n\t=130\n\t####Notably"));
        var falseCard = SampleDecks.Coalition().Cards[4] with { Answer = Card.False, Distractors = [Card.True] };
        Assert.That(Text(SampleDecks.Coalition() with { Cards = [falseCard] }), Does.Contain("with the U.S.{F\n"));
    }

    [Test]
    public void There_is_one_category_per_article_holding_that_articles_cards_in_deck_order()
    {
        var deck = SampleDecks.Coalition();

        var questions = Read(deck);
        var gift = Text(deck);

        Assert.That(gift.Split('\n').Where(line => line.StartsWith("$CATEGORY:", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "$CATEGORY: $course$/top/Global Coalition to Defeat ISIS/Defeat ISIS Coalition confirms commitment to continued fight",
            "$CATEGORY: $course$/top/Global Coalition to Defeat ISIS/Defeat-ISIS Ministers Confirm Transition to Bilateral Security Ties",
        }));
        Assert.That(questions.Select(question => question.Name), Is.EqualTo(new[] { "c0000000000a1", "c0000000000a2", "c0000000000a3", "c0000000000a4", "c0000000000a7", "c0000000000a5", "c0000000000a6", "c0000000000a8" }));
        Assert.That(questions.Where(question => question.Category.EndsWith("/Defeat-ISIS Ministers Confirm Transition to Bilateral Security Ties", StringComparison.Ordinal)).Select(question => question.Name), Is.EqualTo(new[] { "c0000000000a5", "c0000000000a6", "c0000000000a8" }));
    }

    [Test]
    public void Every_special_character_in_titles_text_answers_and_feedback_survives_a_moodle_import()
    {
        var deck = SpecialDecks.WithSpecials();

        var questions = Read(deck);

        Assert.That(questions, Has.Count.EqualTo(deck.Cards.Count));
        for (var i = 0; i < deck.Cards.Count; i++)
        {
            AssertReadsBackAs(questions[i], deck.Cards[i]);
        }

        Assert.That(questions[0].Category, Is.EqualTo("$course$/top/Deck // with {specials}/Defeat ISIS Coalition confirms commitment to continued fight"), "a slash in a name doubled");
    }

    [Test]
    public void Markup_in_a_card_is_plain_text_in_moodle()
    {
        var questions = Read(SampleDecks.Coalition());

        Assert.That(questions, Has.All.Property(nameof(GiftQuestion.TextFormat)).EqualTo("plain"));
        Assert.That(questions[^1].Text, Does.EndWith("Which <script>alert('x')</script> group & its \"allies\" held 43,000 people?"));
    }

    [Test]
    public void The_file_is_utf8_without_bom_with_lf_lines_and_the_same_bytes_every_time()
    {
        var bytes = Exporting.ToBytes(ExportFormat.Gift, SampleDecks.Coalition());

        Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(bytes, Does.Not.Contain((byte)'\r'));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("Coalition’s"));
        Assert.That(Exporting.ToBytes(ExportFormat.Gift, SampleDecks.Coalition()), Is.EqualTo(bytes));
    }

    /// <summary>What Moodle stores for <paramref name="card"/>: its id as name, context and question as plain text, its answers, its sentence as general feedback.</summary>
    internal static void AssertReadsBackAs(GiftQuestion question, Card card)
    {
        Assert.That(question.Name, Is.EqualTo(card.Id));
        Assert.That(question.TextFormat, Is.EqualTo("plain"));
        Assert.That(question.Text, Is.EqualTo(card.Context is null ? card.Question : card.Context + "\n" + card.Question));
        Assert.That(question.GeneralFeedback, Is.EqualTo(card.Explanation));
        switch (card.Type)
        {
            case CardType.MultipleChoice:
                var choices = ChoiceOrder.Arrange(card);
                Assert.That(question.Type, Is.EqualTo("multichoice"));
                Assert.That(question.Answers, Is.EqualTo(choices.Options.Select((option, i) => (option, i == choices.AnswerIndex ? 1.0 : 0.0))));
                break;
            case CardType.TrueFalse:
                Assert.That(question.Type, Is.EqualTo("truefalse"));
                Assert.That(question.Answers, Is.EqualTo(new[] { (card.Answer[..1], 1.0) }));
                break;
            default:
                Assert.That(question.Type, Is.EqualTo("shortanswer"));
                Assert.That(question.Answers, Is.EqualTo(new[] { card.Answer }.Concat(card.Aliases).Select(answer => (answer.Replace("*", "\\*", StringComparison.Ordinal).Replace("->", "-*>", StringComparison.Ordinal), 1.0))), "Moodle grades \\* as a star, -*> accepts ->");
                break;
        }
    }

    private static string Text(Deck deck) => Encoding.UTF8.GetString(Exporting.ToBytes(ExportFormat.Gift, deck));

    private static IReadOnlyList<GiftQuestion> Read(Deck deck) => MoodleGiftReader.Read(Text(deck));
}

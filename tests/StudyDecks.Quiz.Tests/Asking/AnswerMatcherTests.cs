using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Asking;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Asking;

public sealed class AnswerMatcherTests
{
    private static readonly Card Sdf = SampleDecks.Coalition().Cards.Single(card => card.Id == "c0000000000a4");

    [TestCase("Syrian Democratic Forces")]
    [TestCase("syrian democratic forces")]
    [TestCase("  The Syrian Democratic Forces. ")]
    [TestCase("Syrian-Democratic Forces!")]
    [TestCase("SDF")]
    [TestCase("s.d.f.")]
    public void Typed_answers_match_forgivingly_on_case_punctuation_articles_and_aliases(string reply) =>
        Assert.That(AnswerMatcher.Matches(Sdf, reply), Is.True);

    [TestCase("Syrian Democratic Force")]
    [TestCase("Syrain Democratic Forces")]
    public void One_slipped_letter_in_a_long_answer_is_forgiven(string reply) =>
        Assert.That(AnswerMatcher.Matches(Sdf, reply), Is.True);

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Syrian Forces")]
    [TestCase("SDG")]
    [TestCase("Kurdistan Democratic Party")]
    public void Other_replies_do_not_match(string reply) =>
        Assert.That(AnswerMatcher.Matches(Sdf, reply), Is.False);

    [Test]
    public void Numbers_must_match_exactly_even_though_one_digit_is_a_single_slip()
    {
        var card = Sdf with { Answer = "130 people", Aliases = [] };

        Assert.That(AnswerMatcher.Matches(card, "130 people"), Is.True);
        Assert.That(AnswerMatcher.Matches(card, "131 people"), Is.False);
    }

    [Test]
    public void Accents_and_thousands_separators_are_ignored()
    {
        var card = Sdf with { Answer = "Côte d’Ivoire", Aliases = ["43,000"] };

        Assert.That(AnswerMatcher.Matches(card, "cote divoire"), Is.True);
        Assert.That(AnswerMatcher.Matches(card, "43000"), Is.True);
    }

    [TestCase("T", true)]
    [TestCase("true", true)]
    [TestCase(" True. ", true)]
    [TestCase("f", false)]
    [TestCase("FALSE", false)]
    public void True_false_replies_accept_letters_and_words(string reply, bool expected) =>
        Assert.That(AnswerMatcher.ReadTrueFalse(reply), Is.EqualTo(expected));

    [Test]
    public void A_reply_that_is_neither_true_nor_false_is_not_read_as_either() =>
        Assert.That(AnswerMatcher.ReadTrueFalse("maybe"), Is.Null);
}

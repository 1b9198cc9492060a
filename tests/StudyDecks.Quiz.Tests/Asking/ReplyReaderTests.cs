using StudyDecks.Quiz.Asking;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Asking;

public sealed class ReplyReaderTests
{
    private static readonly Question Money = new QuestionFactory(new Random(1)).Create(SampleDecks.Coalition().Cards[1], 1, 1);
    private static readonly Question TrueFalse = new QuestionFactory(new Random(1)).Create(SampleDecks.Coalition().Cards[4], 1, 1);

    [TestCase("a", 0)]
    [TestCase("B", 1)]
    [TestCase(" c) ", 2)]
    [TestCase("d.", 3)]
    [TestCase("$210 million", 3)]
    [TestCase("168 million", 2)]
    public void A_letter_or_the_option_text_names_an_option(string reply, int expected) =>
        Assert.That(ReplyReader.ReadOption(Money, reply), Is.EqualTo(expected));

    [TestCase("e")]
    [TestCase("")]
    [TestCase("ab")]
    [TestCase("$999 million")]
    public void Anything_else_names_no_option(string reply) =>
        Assert.That(ReplyReader.ReadOption(Money, reply), Is.Null);

    [TestCase("T", 0)]
    [TestCase("false", 1)]
    [TestCase("A", 0)]
    [TestCase("b", 1)]
    public void True_false_questions_take_T_F_words_or_letters(string reply, int expected) =>
        Assert.That(ReplyReader.ReadOption(TrueFalse, reply), Is.EqualTo(expected));
}

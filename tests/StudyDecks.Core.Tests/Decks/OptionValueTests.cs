using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Tests.Decks;

public sealed class OptionValueTests
{
    [TestCase(new[] { "$210 million", "$1.2 billion", "$168 million", "$120 million" }, AnswerKind.Money, new[] { "$120 million", "$168 million", "$210 million", "$1.2 billion" })]
    [TestCase(new[] { "2019", "2014", "2017", "2015" }, AnswerKind.Year, new[] { "2014", "2015", "2017", "2019" })]
    [TestCase(new[] { "March 2021", "November 2015", "July 2024", "1 January 2021" }, AnswerKind.Date, new[] { "November 2015", "1 January 2021", "March 2021", "July 2024" })]
    [TestCase(new[] { "two years", "six months", "a decade", "18 months" }, AnswerKind.Duration, new[] { "six months", "18 months", "two years", "a decade" })]
    [TestCase(new[] { "Almost two thirds", "Almost half", "Almost a quarter", "Almost a third" }, AnswerKind.Percent, new[] { "Almost a quarter", "Almost a third", "Almost half", "Almost two thirds" })]
    [TestCase(new[] { "3:52 a.m. EST", "12:46 a.m. EST", "1:33 a.m. EST", "12:20 a.m. EST" }, AnswerKind.Time, new[] { "12:20 a.m. EST", "12:46 a.m. EST", "1:33 a.m. EST", "3:52 a.m. EST" })]
    [TestCase(new[] { "43,000", "9,000", "130", "some 31,000" }, AnswerKind.Number, new[] { "130", "9,000", "some 31,000", "43,000" })]
    [TestCase(new[] { "12%", "9.5%", "40 percent", "3 per cent" }, AnswerKind.Percent, new[] { "3 per cent", "9.5%", "12%", "40 percent" })]
    public void Quantities_are_put_in_ascending_order(string[] options, AnswerKind kind, string[] expected)
    {
        Assert.That(OptionValue.SortAscending(options, kind), Is.EqualTo(expected));
    }

    [TestCase("$168 million", 168e6)]
    [TestCase("€1.5 billion", 1.5e9)]
    [TestCase("43,000", 43000)]
    [TestCase("12 %", 12)]
    [TestCase("two years", 730.5)]
    [TestCase("18 months", 547.92)]
    public void Reads_the_magnitude_of_an_option(string text, double expected)
    {
        Assert.That(OptionValue.TryRead(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected).Within(0.01));
    }

    [Test]
    public void Options_that_are_not_all_quantities_have_no_fixed_order()
    {
        Assert.That(OptionValue.SortAscending(["12", "many", "40", "7"], AnswerKind.Number), Is.Null);
    }

    [Test]
    public void Kinds_without_a_natural_order_are_never_sorted()
    {
        Assert.That(OptionValue.SortAscending(["3", "1", "2", "4"], AnswerKind.Term), Is.Null);
        Assert.That(OptionValue.IsOrdered(AnswerKind.Person), Is.False);
    }
}

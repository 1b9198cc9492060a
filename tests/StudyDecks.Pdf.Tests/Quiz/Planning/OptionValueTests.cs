using StudyDecks.Pdf.Quiz.Planning;

namespace StudyDecks.Pdf.Tests.Quiz.Planning;

public sealed class OptionValueTests
{
    [TestCase(new[] { "$210 million", "$1.2 billion", "$168 million", "$120 million" }, new[] { "$120 million", "$168 million", "$210 million", "$1.2 billion" })]
    [TestCase(new[] { "2019", "2014", "2017", "2015" }, new[] { "2014", "2015", "2017", "2019" })]
    [TestCase(new[] { "March 2021", "November 2015", "July 2024", "January 2021" }, new[] { "November 2015", "January 2021", "March 2021", "July 2024" })]
    [TestCase(new[] { "two years", "six months", "a decade", "18 months" }, new[] { "six months", "18 months", "two years", "a decade" })]
    [TestCase(new[] { "43,000", "9,000", "130", "12.5%" }, new[] { "12.5%", "130", "9,000", "43,000" })]
    public void Quantities_are_put_in_ascending_order(string[] options, string[] expected)
    {
        Assert.That(OptionValue.SortAscending(options), Is.EqualTo(expected));
    }

    [Test]
    public void Options_that_are_not_all_quantities_keep_no_fixed_order()
    {
        Assert.That(OptionValue.SortAscending(["John Godfrey", "2017", "Antony Blinken", "Rome"]), Is.Null);
    }
}

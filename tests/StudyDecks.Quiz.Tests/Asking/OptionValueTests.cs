using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Asking;

namespace StudyDecks.Quiz.Tests.Asking;

public sealed class OptionValueTests
{
    [TestCase("$168 million", AnswerKind.Money, 168e6)]
    [TestCase("€1.5 billion", AnswerKind.Money, 1.5e9)]
    [TestCase("43,000", AnswerKind.Number, 43000)]
    [TestCase("12 %", AnswerKind.Percent, 12)]
    [TestCase("two years", AnswerKind.Duration, 730.5)]
    [TestCase("18 months", AnswerKind.Duration, 547.92)]
    [TestCase("2017", AnswerKind.Year, 2017)]
    public void Reads_the_magnitude_of_an_option(string text, AnswerKind kind, double expected)
    {
        Assert.That(OptionValue.TryRead(text, kind, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected).Within(0.01));
    }

    [Test]
    public void Dates_sort_by_calendar_not_by_text()
    {
        string[] options = ["March 2021", "November 2015", "1 January 2021", "July 2019"];

        Assert.That(OptionValue.TrySort(options, AnswerKind.Date, out var sorted), Is.True);
        Assert.That(sorted, Is.EqualTo(new[] { "November 2015", "July 2019", "1 January 2021", "March 2021" }));
    }

    [Test]
    public void An_option_without_a_readable_value_leaves_the_options_unsorted()
    {
        Assert.That(OptionValue.TrySort(["12", "many", "40"], AnswerKind.Number, out _), Is.False);
    }
}

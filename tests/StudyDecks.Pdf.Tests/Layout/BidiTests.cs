using StudyDecks.Pdf.Layout.Text;

namespace StudyDecks.Pdf.Tests.Layout;

public sealed class BidiTests
{
    [TestCase("Rome in 2021", false)]
    [TestCase("שלום world", true)]
    [TestCase("2021: ما هي", true)]
    [TestCase("«Jerusalem» ירושלים", false)]
    [TestCase("12 34", false)]
    public void The_first_strong_letter_sets_the_paragraph_direction(string text, bool rightToLeft) =>
        Assert.That(Bidi.StartsRightToLeft(text), Is.EqualTo(rightToLeft));

    [Test]
    public void Hebrew_in_an_english_sentence_is_raised_to_level_one_with_the_space_between_its_words()
    {
        var levels = Bidi.ResolveLevels("in שלום עולם now", 0);

        Assert.That(Levels(levels), Is.EqualTo("0001111111110000"));
    }

    [Test]
    public void European_digits_in_a_right_to_left_paragraph_sit_at_level_two()
    {
        // "the year 1980?" in Hebrew: the digits read left to right inside the right-to-left line, the mark stays at its end.
        var levels = Bidi.ResolveLevels("שנת 1980?", 1);

        Assert.That(Levels(levels), Is.EqualTo("111122221"));
    }

    [Test]
    public void Digits_after_arabic_letters_become_arabic_numbers_and_a_separator_between_them_joins_them()
    {
        var levels = Bidi.ResolveLevels("عام 1,921", 1);

        Assert.That(Levels(levels), Is.EqualTo("111122222"));
    }

    [Test]
    public void Marks_take_the_level_of_their_letter()
    {
        // Alef with fatha (a non-spacing mark) in an English sentence.
        var levels = Bidi.ResolveLevels("a \u0623\u064E b", 0);

        Assert.That(Levels(levels), Is.EqualTo("001100"));
    }

    [Test]
    public void Trailing_white_space_goes_back_to_the_paragraph_level()
    {
        var line = "abc אבג ";
        var levels = Bidi.ResolveLevels(line, 1);

        Bidi.ResetWhitespace(line, levels, 1);

        Assert.That(Levels(levels), Is.EqualTo("22211111"));
    }

    [Test]
    public void Runs_are_reversed_from_the_highest_level_down_to_the_lowest_odd_level()
    {
        // Runs: left-to-right text, then a right-to-left stretch holding a number.
        Assert.That(Bidi.VisualOrder([0, 1, 2, 1, 0]), Is.EqualTo(new[] { 0, 3, 2, 1, 4 }));
        Assert.That(Bidi.VisualOrder([1, 2, 1]), Is.EqualTo(new[] { 2, 1, 0 }));
        Assert.That(Bidi.VisualOrder([0, 0]), Is.EqualTo(new[] { 0, 1 }));
    }

    private static string Levels(byte[] levels) => string.Concat(levels.Select(level => (char)('0' + level)));
}

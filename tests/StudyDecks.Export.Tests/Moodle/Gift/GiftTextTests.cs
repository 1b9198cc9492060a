using CsCheck;
using StudyDecks.Export.Moodle.Gift;

namespace StudyDecks.Export.Tests.Moodle.Gift;

public sealed class GiftTextTests
{
    [TestCase("~", "\\~")]
    [TestCase("=", "\\=")]
    [TestCase("#", "\\#")]
    [TestCase("{", "\\{")]
    [TestCase("}", "\\}")]
    [TestCase(":", "\\:")]
    [TestCase("\\", "\\\\")]
    [TestCase("a\nb", "a\\nb")]
    [TestCase("a\r\nb", "a\\nb")]
    [TestCase("a\rb", "a\\nb")]
    [TestCase("\\n", "\\\\n")]
    [TestCase("Rome, 2021 – “quotes” é", "Rome, 2021 – “quotes” é")]
    public void Each_special_character_gets_a_backslash_and_a_line_break_becomes_backslash_n(string text, string escaped)
    {
        Assert.That(GiftText.Escape(text), Is.EqualTo(escaped));
        Assert.That(GiftText.Unescape(escaped), Is.EqualTo(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')));
    }

    [Test]
    public void Any_text_round_trips_through_escape_and_unescape_with_line_breaks_as_lf()
    {
        Gen.String[Gen.OneOf(Gen.Char, Gen.Char["~=#{}:\\\r\nn%[]-> "]), 0, 80].Sample(
            text => GiftText.Unescape(GiftText.Escape(text)) == text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'),
            iter: 2000,
            threads: 1);
    }

    [Test]
    public void Escaped_text_has_no_unescaped_special_character_and_no_line_break()
    {
        Gen.String[Gen.OneOf(Gen.Char, Gen.Char["~=#{}:\\\r\nn"]), 0, 80].Sample(text => IsFullyEscaped(GiftText.Escape(text)), iter: 2000, threads: 1);
    }

    // Left to right: a backslash always pairs with the next character, which is special or 'n'; nothing else is special.
    private static bool IsFullyEscaped(string escaped)
    {
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                if (i + 1 == escaped.Length || !(GiftText.Specials.Contains(escaped[i + 1], StringComparison.Ordinal) || escaped[i + 1] == 'n'))
                {
                    return false;
                }

                i++;
            }
            else if (GiftText.Specials.Contains(escaped[i], StringComparison.Ordinal) || escaped[i] is '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }
}

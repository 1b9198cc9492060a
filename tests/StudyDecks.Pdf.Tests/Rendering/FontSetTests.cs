using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Rendering;

namespace StudyDecks.Pdf.Tests.Rendering;

public sealed class FontSetTests
{
    private static readonly TextStyle Serif = new(FontFamily.Serif, 10);

    [Test]
    public void Text_the_font_can_draw_is_one_run_in_that_font()
    {
        using var fonts = new FontSet();

        var runs = fonts.Runs("Zoë Müller – “Élysée” Dvořák", Serif);

        Assert.That(runs.Select(run => run.Text), Is.EqualTo(new[] { "Zoë Müller – “Élysée” Dvořák" }));
    }

    [Test]
    public void Characters_the_font_lacks_are_drawn_in_a_font_that_has_them()
    {
        // DejaVu Serif has no Hebrew; DejaVu Sans does, and fontconfig offers it as the fallback.
        using var fonts = new FontSet();
        Assume.That(fonts.FontFor(Serif).Typeface.FamilyName, Is.EqualTo("DejaVu Serif"), "needs DejaVu installed");
        Assume.That(fonts.FontFor(Serif).ContainsGlyph('ש'), Is.False);

        var runs = fonts.Runs("Shalom שלום here", Serif);

        Assert.That(runs.Select(run => run.Text), Is.EqualTo(new[] { "Shalom ", "שלום", " here" }));
        Assert.That(runs[1].Font.ContainsGlyph('ש'), Is.True);
        Assert.That(runs[1].Font.Typeface.FamilyName, Is.Not.EqualTo("DejaVu Serif"));
    }

    [Test]
    public void Measured_widths_include_the_fallback_font()
    {
        using var fonts = new FontSet();
        var measurer = new SkiaTextMeasurer(fonts);

        var with = measurer.Width("ab שלום", Serif);
        var without = measurer.Width("ab ", Serif);

        Assert.That(with, Is.GreaterThan(without + 10));
    }
}

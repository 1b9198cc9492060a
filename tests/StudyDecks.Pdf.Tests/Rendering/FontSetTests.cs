using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Rendering;

namespace StudyDecks.Pdf.Tests.Rendering;

public sealed class FontSetTests
{
    private static readonly TextStyle Serif = new(FontFamily.Serif, 10);

    [Test]
    public void The_quiz_faces_come_from_the_bundled_fonts_without_any_installed_font()
    {
        using var fonts = new FontSet(useSystemFonts: false);

        Assert.That(fonts.FontFor(Serif).Typeface.FamilyName, Is.EqualTo("DejaVu Serif"));
        Assert.That(fonts.FontFor(Serif with { Italic = true }).Typeface.FontStyle.Slant, Is.Not.EqualTo(SkiaSharp.SKFontStyleSlant.Upright));
        Assert.That(fonts.FontFor(Serif with { Bold = true }).Typeface.FontStyle.Weight, Is.GreaterThanOrEqualTo(700));
        Assert.That(fonts.FontFor(new TextStyle(FontFamily.Sans, 9)).Typeface.FamilyName, Is.EqualTo("DejaVu Sans"));
        Assert.That(fonts.FontFor(new TextStyle(FontFamily.Sans, 9, Bold: true)).Typeface.FontStyle.Weight, Is.GreaterThanOrEqualTo(700));
    }

    [Test]
    public void Text_the_font_can_draw_is_one_run_in_that_font()
    {
        using var fonts = new FontSet(useSystemFonts: false);

        var runs = fonts.Runs("Zoë Müller – “Élysée” Dvořák", Serif);

        Assert.That(runs.Select(run => run.Text), Is.EqualTo(new[] { "Zoë Müller – “Élysée” Dvořák" }));
    }

    [Test]
    public void Characters_the_serif_lacks_are_drawn_in_the_bundled_sans()
    {
        // DejaVu Serif has no Hebrew; the bundled DejaVu Sans does, so no installed font is needed.
        using var fonts = new FontSet(useSystemFonts: false);

        var runs = fonts.Runs("Shalom שלום here", Serif);

        Assert.That(runs.Select(run => run.Text), Is.EqualTo(new[] { "Shalom ", "שלום", " here" }));
        Assert.That(runs.Select(run => run.Font.Typeface.FamilyName), Is.EqualTo(new[] { "DejaVu Serif", "DejaVu Sans", "DejaVu Serif" }));
        Assert.That(runs[1].Font.ContainsGlyph('ש'), Is.True);
    }

    [Test]
    public void Measured_widths_include_the_fallback_font()
    {
        using var fonts = new FontSet(useSystemFonts: false);
        var measurer = new SkiaTextMeasurer(fonts);

        var with = measurer.Width("ab שלום", Serif);
        var without = measurer.Width("ab ", Serif);

        Assert.That(with, Is.GreaterThan(without + 10));
    }

    [Test]
    public void A_character_no_font_has_is_reported_and_the_rest_are_not()
    {
        using var fonts = new FontSet(useSystemFonts: false);

        // An Egyptian hieroglyph: in no DejaVu face.
        var missing = fonts.MissingCharacters("Ra \U00013000 and ש, ب, ü", Serif);

        Assert.That(missing, Is.EqualTo(new[] { 0x13000 }));
    }

    [Test]
    public void Hebrew_shaped_right_to_left_draws_its_first_letter_at_the_right()
    {
        using var fonts = new FontSet(useSystemFonts: false);
        var font = fonts.Runs("שלום", Serif).Single().Font;

        var shaped = fonts.Shape("שלום", Serif, rightToLeft: true);

        var run = shaped.Runs.Single();
        Assert.That(run.Glyphs, Is.EqualTo(font.GetGlyphs("שלום").Reverse().ToArray()));
        Assert.That(run.Positions.Select(position => position.X), Is.Ordered.Ascending);
        Assert.That(shaped.Advance, Is.GreaterThan(0));
    }

    [Test]
    public void Arabic_letters_are_joined_into_their_contextual_forms()
    {
        using var fonts = new FontSet(useSystemFonts: false);
        var font = fonts.Runs("بغداد", Serif).Single().Font;
        var isolated = font.GetGlyphs("بغداد").Reverse().ToArray();

        var joined = fonts.Shape("بغداد", Serif, rightToLeft: true).Runs.Single().Glyphs;

        // Beh starts the word and ghain sits inside it: both take other glyphs than their isolated forms.
        Assert.That(joined, Has.Count.EqualTo(5));
        Assert.That(joined[4], Is.Not.EqualTo(isolated[4]), "initial beh");
        Assert.That(joined[3], Is.Not.EqualTo(isolated[3]), "medial ghain");
    }
}

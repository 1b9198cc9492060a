using StudyDecks.Pdf.Layout.Text;

namespace StudyDecks.Pdf.Tests.Layout;

public sealed class LineBreakerTests
{
    [Test]
    public void Words_wrap_at_spaces_and_no_line_is_wider_than_the_space()
    {
        // Arrange: 5 pt per character, 100 pt = 20 characters.
        var block = Fixtures.Text("The quick brown fox jumps over the lazy dog");

        // Act
        var lines = block.Lines(Fixtures.Context, 100);

        // Assert
        Assert.That(lines.Select(line => line.Text), Is.EqualTo(new[] { "The quick brown fox", "jumps over the lazy", "dog" }));
        Assert.That(lines.Select(line => line.Width), Has.All.LessThanOrEqualTo(100f));
    }

    [Test]
    public void A_word_longer_than_the_line_is_cut_so_nothing_runs_off_the_page()
    {
        var block = Fixtures.Text("Pneumonoultramicroscopicsilicovolcanoconiosis is long");

        var lines = block.Lines(Fixtures.Context, 100);

        Assert.That(lines.Select(line => line.Width), Has.All.LessThanOrEqualTo(100f));
        Assert.That(string.Concat(lines.Select(line => line.Text)).Replace(" ", string.Empty, StringComparison.Ordinal), Is.EqualTo("Pneumonoultramicroscopicsilicovolcanoconiosisislong"));
    }

    [Test]
    public void A_line_may_break_after_a_hyphen_between_letters()
    {
        var block = Fixtures.Text("Defeat-ISIS Ministers");

        var lines = block.Lines(Fixtures.Context, 50);

        Assert.That(lines.Select(line => line.Text), Is.EqualTo(new[] { "Defeat-", "ISIS", "Ministers" }));
    }

    [Test]
    public void A_stop_after_a_blank_goes_to_the_next_line_with_the_blank()
    {
        // Arrange: "force on " is 45 pt; the blank fits after it in 100 pt, the blank and its stop do not.
        var block = new TextBlock([new TextRun("force on ", Fixtures.Style), new BlankRun(52, Fixtures.Style), new TextRun(".", Fixtures.Style)]);

        // Act
        var lines = block.Lines(Fixtures.Context, 100);

        // Assert
        Assert.That(lines.Select(line => (line.Text, line.Fragments.Any(fragment => fragment.IsBlank))), Is.EqualTo(new[] { ("force on", false), ("_____.", true) }));
    }

    [Test]
    public void White_space_collapses_to_single_spaces()
    {
        var block = Fixtures.Text("  one \n\t two   three ");

        var lines = block.Lines(Fixtures.Context, 500);

        Assert.That(lines.Single().Text, Is.EqualTo("one two three"));
    }

    [Test]
    public void A_blank_wraps_like_a_word_and_keeps_the_spaces_around_it()
    {
        var block = new TextBlock([new TextRun("killed ", Fixtures.Style), new BlankRun(60, Fixtures.Style), new TextRun(" people", Fixtures.Style)]);

        var wide = block.Lines(Fixtures.Context, 500).Single();
        var narrow = new TextBlock([new TextRun("killed ", Fixtures.Style), new BlankRun(60, Fixtures.Style), new TextRun(" people", Fixtures.Style)]).Lines(Fixtures.Context, 70);

        Assert.That(wide.Fragments.Select(fragment => (fragment.X, fragment.IsBlank)), Is.EqualTo(new[] { (0f, false), (35f, true), (95f, false) }));
        Assert.That(wide.Width, Is.EqualTo(130f));
        Assert.That(narrow.Select(line => line.Text), Is.EqualTo(new[] { "killed", "_____", "people" }));
    }

    [Test]
    public void Runs_in_different_styles_share_a_line_and_the_tallest_sets_its_height()
    {
        var big = Fixtures.Style with { Size = 20 };
        var block = new TextBlock([new TextRun("small ", Fixtures.Style), new TextRun("BIG", big)]);

        var line = block.Lines(Fixtures.Context, 500).Single();

        Assert.That(line.Fragments.Select(fragment => fragment.Text), Is.EqualTo(new[] { "small", " BIG" }));
        Assert.That(line.Height, Is.EqualTo(26f).Within(0.001f));
    }

    [Test]
    public void A_hebrew_paragraph_is_one_right_to_left_run_per_line()
    {
        var block = Fixtures.Text("מהי עיר הבירה של ישראל");

        var lines = block.Lines(Fixtures.Context, 100);

        Assert.That(lines.Select(line => line.RightToLeft), Has.All.True);
        Assert.That(lines.Select(line => line.Text), Is.EqualTo(new[] { "מהי עיר הבירה של", "ישראל" }));
        Assert.That(lines.SelectMany(line => line.Fragments).Select(fragment => fragment.RightToLeft), Has.All.True);
    }

    [Test]
    public void An_english_word_in_a_hebrew_line_stands_between_its_neighbours_in_visual_order()
    {
        // Logical order: shalom, hello, olam. Read from the right: shalom first, then hello, then olam at the left.
        var block = Fixtures.Text("שלום hello עולם");

        var line = block.Lines(Fixtures.Context, 200).Single();

        Assert.That(line.Fragments.Select(fragment => (fragment.Text, fragment.RightToLeft)), Is.EqualTo(new[] { (" עולם", true), ("hello", false), ("שלום ", true) }));
        Assert.That(line.Fragments.Select(fragment => fragment.X), Is.EqualTo(new[] { 0f, 25f, 50f }));
    }

    [Test]
    public void A_hebrew_phrase_in_an_english_sentence_keeps_the_sentence_left_to_right()
    {
        var block = Fixtures.Text("The words שלום עולם mean hello world");

        var line = block.Lines(Fixtures.Context, 400).Single();

        Assert.That(line.RightToLeft, Is.False);
        Assert.That(line.Fragments.Select(fragment => (fragment.Text, fragment.RightToLeft)), Is.EqualTo(new[] { ("The words ", false), ("שלום עולם", true), (" mean hello world", false) }));
    }

    [Test]
    public void A_right_to_left_paragraph_aligned_to_its_start_is_flush_right()
    {
        var block = TextBlock.Plain("שלום", Fixtures.Style, TextAlignment.Start);
        var english = TextBlock.Plain("hello", Fixtures.Style, TextAlignment.Start);
        var canvas = new RecordingCanvas();

        block.Draw(canvas, Fixtures.Context, new StudyDecks.Pdf.Layout.Area(10, 0, 100, 20));
        english.Draw(canvas, Fixtures.Context, new StudyDecks.Pdf.Layout.Area(10, 0, 100, 20));

        Assert.That(canvas.Texts.Select(text => text.X), Is.EqualTo(new[] { 90f, 10f }));
    }

    [Test]
    public void A_blank_in_a_hebrew_sentence_keeps_the_space_before_it_on_its_right()
    {
        // "The capital of France is _____ and it ..." in Hebrew: 5 pt a character, a 20 pt blank.
        var block = new TextBlock([new TextRun("בירת צרפת היא ", Fixtures.Style), new BlankRun(20, Fixtures.Style), new TextRun(" והיא", Fixtures.Style)]);

        var line = block.Lines(Fixtures.Context, 400).Single();

        Assert.That(line.Fragments.Select(fragment => (fragment.Text, fragment.X)), Is.EqualTo(new (string?, float)[] { (" והיא", 0), (null, 25), (" ", 45), ("בירת צרפת היא", 50) }));
    }
}

using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Blocks;
using StudyDecks.Pdf.Layout.Paging;
using static StudyDecks.Pdf.Tests.Layout.Fixtures;

namespace StudyDecks.Pdf.Tests.Layout;

public sealed class PageBreakerTests
{
    // A page whose body is exactly 100 × 100 pt at (10, 10).
    private static readonly PageSetup Page = new(120, 120, 10, 10, 10, 10);

    [Test]
    public void Blocks_that_fit_stay_on_one_page()
    {
        var content = new Column([Box(30), Box(30), Box(30)], 5);

        var pages = Paginator.Paginate(Page, [new Section(content)], Context);

        Assert.That(pages, Has.Count.EqualTo(1));
        Assert.That(content.Measure(Context, 100, 100), Is.EqualTo(SpacePlan.FullRender(100)));
    }

    [Test]
    public void A_kept_together_block_moves_whole_to_the_next_page_instead_of_splitting()
    {
        // Arrange: 60 pt used, then a 5-line paragraph (65 pt) that would split after 3 lines.
        var question = new KeepTogether(Text(string.Join(' ', Enumerable.Repeat("word", 20))));
        var content = new Column([Box(60), question], 0);

        // Act
        var pages = Paginator.Paginate(Page, [new Section(content)], Context);
        var second = Draw(pages[1]);

        // Assert
        Assert.That(question.Measure(Context, 100, 40).Kind, Is.EqualTo(SpacePlanKind.Wrap));
        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(Draw(pages[0]).Texts, Is.Empty);
        Assert.That(second.Texts, Has.Count.EqualTo(5));
        Assert.That(second.Texts[0].Baseline, Is.LessThan(10 + 13));
    }

    [Test]
    public void A_plain_paragraph_splits_between_lines_at_the_page_foot()
    {
        var paragraph = Text(string.Join(' ', Enumerable.Repeat("word", 40)));
        var content = new Column([Box(60), paragraph], 0);

        var pages = Paginator.Paginate(Page, [new Section(content)], Context);

        Assert.That(paragraph.Measure(Context, 100, 40), Is.EqualTo(SpacePlan.PartialRender(39)));
        Assert.That(pages.Select(page => Draw(page).Texts.Count), Is.EqualTo(new[] { 3, 7 }));
    }

    [Test]
    public void A_kept_together_block_taller_than_a_page_is_split_rather_than_lost()
    {
        var tall = new KeepTogether(Text(string.Join(' ', Enumerable.Repeat("word", 60))));

        var pages = Paginator.Paginate(Page, [new Section(tall)], Context);

        Assert.That(pages.Sum(page => Draw(page).Texts.Count), Is.EqualTo(15));
        Assert.That(pages, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_kept_together_block_taller_than_a_page_starts_where_it_falls_instead_of_leaving_the_page_empty()
    {
        // 60 pt used; 20 lines of text (260 pt) can never be kept whole on a 100 pt page.
        var tall = new KeepTogether(Text(string.Join(' ', Enumerable.Repeat("word", 80))));
        var content = new Column([Box(60), tall], 0);

        var pages = Paginator.Paginate(Page, [new Section(content)], Context);

        Assert.That(pages.Select(page => Draw(page).Texts.Count), Is.EqualTo(new[] { 3, 7, 7, 3 }));
    }

    [Test]
    public void A_numbered_question_taller_than_a_page_flows_on_with_its_number_on_the_first_part()
    {
        // Arrange: a number in a 20 pt gutter beside a 60-word stem: 3 words a line at 80 pt, 20 lines.
        var stem = Text(string.Join(' ', Enumerable.Repeat("word", 60)));
        var question = new KeepTogether(new Row([new RowCell(Text("1."), 20), new RowCell(stem)]));

        // Act
        var pages = Paginator.Paginate(Page, [new Section(question)], Context);
        var drawn = pages.Select(Draw).ToArray();

        // Assert
        Assert.That(drawn.Select(page => page.Texts.Count(text => text.Text != "1.")), Is.EqualTo(new[] { 7, 7, 6 }));
        Assert.That(drawn.Select(page => page.Texts.Count(text => text.Text == "1.")), Is.EqualTo(new[] { 1, 0, 0 }));
        Assert.That(drawn.SelectMany(page => page.Texts).Where(text => text.Text != "1.").Select(text => text.X), Has.All.EqualTo(30f));
    }

    [Test]
    public void A_row_that_only_partly_fits_moves_whole_while_keeps_hold()
    {
        var row = new Row([new RowCell(Text("1."), 20), new RowCell(Text(string.Join(' ', Enumerable.Repeat("word", 12))))]);

        Assert.That(row.Measure(Context, 100, 30).Kind, Is.EqualTo(SpacePlanKind.Wrap));
        Assert.That(row.Measure(Context with { BreakKeeps = true }, 100, 30), Is.EqualTo(SpacePlan.PartialRender(26)));
    }

    [Test]
    public void Nothing_is_drawn_outside_the_body_of_any_page()
    {
        var content = new Column(Enumerable.Range(1, 40).Select(i => (IBlock)new KeepTogether(Text($"Question {i} has a few words in it"))).ToArray(), 6);

        var pages = Paginator.Paginate(Page, [new Section(content, Footer: page => Text($"Page {page.Number} of {page.Count}"))], Context);

        foreach (var page in pages)
        {
            var canvas = Draw(page);
            Assert.That(canvas.Texts.Select(text => text.Baseline), Has.All.InRange(10f, 110f));
            Assert.That(canvas.Texts.Select(text => text.X + (text.Text.Length * 5)), Has.All.LessThanOrEqualTo(110f));
        }
    }

    [Test]
    public void Each_section_starts_a_new_page_and_numbers_its_pages_from_one()
    {
        var first = new Column(Enumerable.Range(0, 5).Select(_ => (IBlock)Box(40)).ToArray());
        var second = Box(10);

        var pages = Paginator.Paginate(Page, [new Section(first), new Section(second)], Context);

        Assert.That(pages.Select(page => (page.Section, page.Number)), Is.EqualTo(new[]
        {
            (0, new PageNumber(1, 3)), (0, new PageNumber(2, 3)), (0, new PageNumber(3, 3)), (1, new PageNumber(1, 1)),
        }));
    }

    [Test]
    public void The_header_and_footer_take_their_height_from_the_body_and_show_the_final_page_count()
    {
        var content = new Column(Enumerable.Range(0, 6).Select(_ => (IBlock)Box(30)).ToArray());
        var section = new Section(content, page => page.Number == 1 ? null : Text("Head"), page => Text($"{page.Number}/{page.Count}"));

        var pages = Paginator.Paginate(Page, [section], Context);

        // Page 1: 100 − 13 footer = 87 → 2 boxes; later pages also lose 13 to the header → 74 → 2 boxes.
        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(Draw(pages[0]).Texts.Select(text => text.Text), Is.EqualTo(new[] { "1/3" }));
        Assert.That(Draw(pages[1]).Texts.Select(text => text.Text), Is.EquivalentTo(new[] { "Head", "2/3" }));
        Assert.That(pages[1].Placements[0].Area, Is.EqualTo(new Area(10, 23, 100, 74)));
    }

    private static RecordingCanvas Draw(LaidOutPage page)
    {
        var canvas = new RecordingCanvas();
        page.Draw(canvas, Context);
        return canvas;
    }
}

using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Blocks;
using static StudyDecks.Pdf.Tests.Layout.Fixtures;

namespace StudyDecks.Pdf.Tests.Layout;

public sealed class AdaptiveGridTests
{
    [TestCase(new[] { "2014", "2015", "2017", "2019" }, 4)]
    [TestCase(new[] { "Antony Blinken", "Luigi Di Maio", "Mazloum Abdi", "John Godfrey" }, 2)]
    [TestCase(new[] { "The Kurdish-led Syrian Democratic Forces", "x", "y", "z" }, 1)]
    public void Options_take_as_many_columns_as_they_fit_without_wrapping(string[] options, int expected)
    {
        // 250 pt: four columns of 53.5 pt (10 characters), two of 119 pt (23 characters).
        var grid = new AdaptiveGrid(options.Select(option => (IBlock)Text(option)).ToArray(), [4, 2, 1], 12, 0);

        Assert.That(grid.ColumnsAt(Context, 250), Is.EqualTo(expected));
    }

    [Test]
    public void Cells_fill_rows_left_to_right()
    {
        var grid = new AdaptiveGrid(new[] { "A one", "B two", "C three", "D four" }.Select(option => (IBlock)Text(option)).ToArray(), [2, 1], 10, 2);
        var canvas = new RecordingCanvas();

        grid.Draw(canvas, Context, new Area(0, 0, 210, 100));

        Assert.That(canvas.Texts.Select(text => (text.Text[0], text.X)), Is.EqualTo(new[] { ('A', 0f), ('B', 110f), ('C', 0f), ('D', 110f) }));
        Assert.That(grid.Measure(Context, 210, 100), Is.EqualTo(SpacePlan.FullRender(28)));
    }
}

using StudyDecks.Cli.Commands;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class InterruptibleOutputTests
{
    private const string HideCursor = "\u001b[?25l";
    private const string ShowCursor = "\u001b[?25h";

    [Test]
    public void Writes_pass_through_until_closed_and_are_dropped_after_the_last_words()
    {
        using var inner = new StringWriter();
        using var output = new InterruptibleOutput(inner);

        output.Write("Question 1");
        output.Write('.');
        output.Close(ShowCursor);
        output.Write(HideCursor);
        output.Write(HideCursor.ToCharArray(), 0, HideCursor.Length);
        output.Write('x');
        output.Close("again");

        Assert.That(inner.ToString(), Is.EqualTo("Question 1." + ShowCursor));
    }

    [Test]
    public void A_screen_still_drawing_on_another_thread_cannot_hide_the_cursor_after_it_was_shown()
    {
        using var inner = new StringWriter();
        using var output = new InterruptibleOutput(inner);
        using var drawing = new ManualResetEventSlim();
        var screen = Task.Run(() =>
        {
            for (var frame = 0; frame < 20_000; frame++)
            {
                output.Write(HideCursor);
                output.Write("frame " + frame);
                drawing.Set();
            }
        });

        drawing.Wait(TimeSpan.FromSeconds(30));
        output.Close(ShowCursor);
        screen.Wait(TimeSpan.FromSeconds(30));

        Assert.That(inner.ToString(), Does.EndWith(ShowCursor));
    }
}

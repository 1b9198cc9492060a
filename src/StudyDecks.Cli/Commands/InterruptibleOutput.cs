using System.Text;

namespace StudyDecks.Cli.Commands;

/// <summary>
/// The terminal output of an interactive screen that Ctrl-C may end. The Ctrl-C handler runs on a thread of its own
/// while the screen may still be drawing; once <see cref="Close"/> has written its last words (show the cursor again),
/// whatever the screen still draws is dropped, so no redraw can hide the cursor after it was shown.
/// </summary>
internal sealed class InterruptibleOutput(TextWriter inner) : TextWriter
{
    private readonly Lock gate = new();
    private bool closed;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <summary>Writes <paramref name="lastWords"/> after anything being written now, flushes, and drops all writes after.</summary>
    public void Close(string lastWords)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            inner.Write(lastWords);
            inner.Flush();
            closed = true;
        }
    }

    public override void Write(char value)
    {
        lock (gate)
        {
            if (!closed)
            {
                inner.Write(value);
            }
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            if (!closed)
            {
                inner.Write(value);
            }
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (gate)
        {
            if (!closed)
            {
                inner.Write(buffer, index, count);
            }
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (gate)
        {
            if (!closed)
            {
                inner.Write(buffer);
            }
        }
    }

    public override void Flush()
    {
        lock (gate)
        {
            if (!closed)
            {
                inner.Flush();
            }
        }
    }
}

using Spectre.Console;
using StudyDecks.Quiz.Asking;

namespace StudyDecks.Quiz.Screens;

/// <summary>
/// Lists a question's options and lets the player pick one by its letter (T/F too for true/false) or by moving
/// the highlight with the arrow keys and pressing Enter. Once picked, the list is redrawn marking the right
/// option and, if different, the wrong pick.
/// </summary>
internal sealed class OptionPicker(IAnsiConsole console)
{
    private readonly Symbols _symbols = Symbols.For(console);

    /// <summary>The index picked, or null when the player pressed Escape (or input ended).</summary>
    public int? Pick(Question question)
    {
        if (!console.Profile.Capabilities.Ansi)
        {
            // Without cursor control the list cannot be redrawn in place: show it once, then the outcome.
            console.Write(Render(question, 0, null));
            var chosen = ReadChoice(question, _ => { });
            if (chosen is not null)
            {
                console.Write(Render(question, chosen.Value, chosen));
            }

            return chosen;
        }

        int? picked = null;
        console.Live(Render(question, 0, null)).AutoClear(false).Start(context =>
        {
            context.Refresh();
            picked = ReadChoice(question, highlighted =>
            {
                context.UpdateTarget(Render(question, highlighted, null));
                context.Refresh();
            });
            if (picked is not null)
            {
                context.UpdateTarget(Render(question, picked.Value, picked));
                context.Refresh();
            }
        });
        return picked;
    }

    /// <summary>Reads keys until an option is picked (its index) or the player quits (null).</summary>
    private int? ReadChoice(Question question, Action<int> highlight)
    {
        var highlighted = 0;
        while (ReadKey() is { } key)
        {
            switch (key.Key)
            {
                case ConsoleKey.UpArrow:
                    highlighted = (highlighted + question.Options.Count - 1) % question.Options.Count;
                    break;
                case ConsoleKey.DownArrow or ConsoleKey.Tab:
                    highlighted = (highlighted + 1) % question.Options.Count;
                    break;
                case ConsoleKey.Home:
                    highlighted = 0;
                    break;
                case ConsoleKey.End:
                    highlighted = question.Options.Count - 1;
                    break;
                case ConsoleKey.Enter or ConsoleKey.Spacebar:
                    return highlighted;
                case ConsoleKey.Escape:
                    return null;
                default:
                    if (ReplyReader.ReadOption(question, key.KeyChar.ToString()) is { } index)
                    {
                        return index;
                    }

                    continue;
            }

            highlight(highlighted);
        }

        return null;
    }

    private ConsoleKeyInfo? ReadKey()
    {
        try
        {
            return console.Input.ReadKey(intercept: true);
        }
        catch (InvalidOperationException)
        {
            // No more input (a closed terminal, or a test that ran out of keys): treat as Escape.
            return null;
        }
    }

    private Rows Render(Question question, int highlighted, int? picked)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        for (var i = 0; i < question.Options.Count; i++)
        {
            var option = Markup.Escape(question.Options[i]);
            var letter = Question.Letter(i);
            if (picked is null)
            {
                var current = i == highlighted;
                grid.AddRow(
                    new Markup(current ? $"[aqua]{_symbols.Pointer}[/]" : " "),
                    new Markup(current ? $"[aqua bold]{letter})[/]" : $"[bold]{letter})[/]"),
                    new Markup(current ? $"[aqua]{option}[/]" : option));
                continue;
            }

            var isAnswer = i == question.AnswerIndex;
            var isPick = i == picked;
            var mark = isAnswer ? $"[green]{_symbols.Right}[/]" : isPick ? $"[red]{_symbols.Wrong}[/]" : " ";
            var style = isAnswer ? "green bold" : isPick ? "red" : "grey";
            grid.AddRow(new Markup(mark), new Markup($"[{style}]{letter})[/]"), new Markup($"[{style}]{option}[/]"));
        }

        var list = new Padder(grid, new Padding(2, 0, 0, 0));
        if (picked is null)
        {
            var keys = question.Style == AskingStyle.TrueFalse ? "T / F" : $"{question.LetterRange}";
            return new Rows(list, new Markup($"[grey]  Press {keys}, or {Arrows()} and Enter. Esc stops the quiz.[/]"));
        }

        // Same height as the asking frame, so the live area shrinks by no line and leaves no gap.
        return new Rows(list, new Markup($"[grey]  You chose {Question.Letter(picked.Value)}.[/]"));
    }

    private string Arrows() => _symbols.Pointer == ">" ? "Up/Down" : "↑/↓";
}

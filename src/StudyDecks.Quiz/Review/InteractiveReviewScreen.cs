using System.Globalization;
using Spectre.Console;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Review;
using StudyDecks.Quiz.Screens;

namespace StudyDecks.Quiz.Review;

/// <summary>
/// The review in a terminal, drawn with Spectre.Console on an injected console (a real terminal, or a TestConsole in
/// tests): one card at a time as a student sees it, with its source, score and spare options, the keys on screen and a
/// progress line. <c>k</c> keep, <c>d</c> drop, <c>e</c> edit the question, <c>a</c> the answer, <c>1</c>–<c>3</c>
/// replace a wrong option, <c>u</c> undo, ←/→ move without deciding, <c>q</c> quit.
/// </summary>
public sealed class InteractiveReviewScreen(IAnsiConsole console)
{
    private readonly Symbols _symbols = Symbols.For(console);

    public void Run(ReviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        string? message = null;
        while (session.Current is { } card)
        {
            Draw(session, card, message);
            if (ReadKey() is not { } key)
            {
                break;
            }

            message = Handle(session, card, key, out var quit);
            if (quit)
            {
                break;
            }
        }

        console.WriteLine();
        if (session.Finished)
        {
            console.MarkupLine("[green]No more cards to review.[/]");
        }

        console.MarkupLine(Markup.Escape(ReviewWording.Summary(session)));
        console.MarkupLine("[grey]Every decision is saved in the deck.[/]");
    }

    /// <summary>Applies one key; returns the line to show above the next card.</summary>
    private string? Handle(ReviewSession session, Card card, ConsoleKeyInfo key, out bool quit)
    {
        quit = false;
        switch (key.Key)
        {
            case ConsoleKey.LeftArrow:
                session.Previous();
                return null;
            case ConsoleKey.RightArrow when session.Position == session.Count - 1:
                return "[grey]This is the last card; keep or drop it, or press q to stop here.[/]";
            case ConsoleKey.RightArrow:
                session.Next();
                return null;
            case ConsoleKey.Escape:
                quit = true;
                return null;
        }

        switch (char.ToLowerInvariant(key.KeyChar))
        {
            case 'k':
                var number = session.Position + 1;
                session.Keep();
                return Moved(session, string.Create(CultureInfo.InvariantCulture, $"[green]{_symbols.Right} Kept card {number}.[/]"));
            case 'd':
                var dropped = session.Position + 1;
                session.Drop();
                return Moved(session, string.Create(CultureInfo.InvariantCulture, $"[red]{_symbols.Wrong} Dropped card {dropped}.[/]"));
            case 'e':
                return Edit(session, Ask("New question", card.Question), CardEdits.EditQuestion, _ => "The question is edited.");
            case 'a':
                return Edit(session, Ask("New answer", card.Answer), CardEdits.EditAnswer, edited => $"The answer is now {Markup.Escape(edited.Answer)}.");
            case >= '1' and <= '9':
                return ReplaceOption(session, card, key.KeyChar - '0');
            case 'u':
                return session.Undo() ? "[yellow]Undone:[/] the card is as it was before the last change." : "[grey]Nothing to undo.[/]";
            case 'q':
                quit = true;
                return null;
            default:
                return "[grey]That key does nothing here; the keys are listed below the card.[/]";
        }
    }

    private string? ReplaceOption(ReviewSession session, Card card, int number)
    {
        if (card.Type == CardType.TrueFalse || number > card.Distractors.Count)
        {
            return "[red]Not changed:[/] " + Markup.Escape(card.Type == CardType.TrueFalse || card.Distractors.Count == 0
                ? "the card has no wrong option to replace"
                : string.Create(CultureInfo.InvariantCulture, $"there is no wrong option {number}; the card has {card.Distractors.Count}"));
        }

        console.WriteLine();
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"  Wrong option {number} is now [bold]{Markup.Escape(card.Distractors[number - 1])}[/]."));
        for (var i = 0; i < card.Spares.Count; i++)
        {
            console.MarkupLine($"  [aqua]{(char)('a' + i)})[/] {Markup.Escape(card.Spares[i])} [grey](spare)[/]");
        }

        var hint = card.Spares.Count switch
        {
            0 => "Type a new option",
            1 => "Type a new option, or a for the spare",
            var n => $"Type a new option, or a–{(char)('a' + n - 1)} for a spare",
        };
        var text = Read($"{hint} [grey](empty or Esc keeps it)[/]:");
        var spare = text is { Length: 1 } && text[0] - 'a' is var index && index >= 0 && index < card.Spares.Count ? card.Spares[index] : null;
        var option = spare ?? text;
        return Edit(session, option, (c, chosen) => CardEdits.ReplaceOption(c, number, chosen), _ => $"{Markup.Escape(option ?? string.Empty)} replaces {Markup.Escape(card.Distractors[number - 1])}.");
    }

    private static string Edit(ReviewSession session, string? text, Func<Card, string, EditResult> edit, Func<Card, string> done) =>
        text is null ? "[grey]Left as it was.[/]"
        : session.Edit(card => edit(card, text)) is { } problem ? "[red]Not changed:[/] " + Markup.Escape(problem) + "."
        : "[yellow]" + done(session.Current!) + "[/]" + string.Concat(session.LastNotes.Select(note => "\n  [grey]Check " + Markup.Escape(note) + ".[/]"));

    /// <summary>After a decision on the last card, goes back to the first card of the walk still undecided, if any.</summary>
    private static string Moved(ReviewSession session, string message)
    {
        if (session.Finished && session.FirstUndecided() is { } position)
        {
            session.MoveTo(position);
            return message + " [grey]Back to the first card you passed over.[/]";
        }

        return message;
    }

    /// <summary>Shows the field's text and reads its new value; null when the teacher left it as it is or input ended.</summary>
    private string? Ask(string label, string current)
    {
        console.WriteLine();
        console.Write(new Padder(new Markup($"[grey]Now:[/] {Markup.Escape(current)}"), new Padding(2, 0, 0, 0)));
        return Read($"{label} [grey](empty or Esc keeps it)[/]:");
    }

    private string? Read(string prompt)
    {
        console.Write("  ");
        var text = LineReader.Read(console, $"[aqua]{_symbols.Pointer}[/] {prompt}")?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private void Draw(ReviewSession session, Card card, string? message)
    {
        if (console.Profile.Capabilities is { Ansi: true, Interactive: true })
        {
            console.Clear(home: true);
        }
        else
        {
            console.WriteLine();
        }

        console.Write(new Rule($"[bold]{Markup.Escape(ReviewWording.Heading(session, card))}[/]").LeftJustified().RuleStyle(RuleColour(card)));
        if (message is not null)
        {
            console.MarkupLine("  " + message);
        }

        console.WriteLine();
        Indented(new Markup($"[grey italic]{Markup.Escape(card.Context ?? session.Deck.Title)}[/]"));
        Indented(new Markup($"[bold]{Markup.Escape(card.Question)}[/]"));
        console.WriteLine();
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        foreach (var (number, option) in ReviewWording.Options(card))
        {
            grid.AddRow(
                new Markup(number == 0 ? $"[green]{_symbols.Right}[/]" : string.Create(CultureInfo.InvariantCulture, $"[aqua]{number})[/]")),
                new Markup(number == 0 ? $"[green bold]{Markup.Escape(option)}[/] [grey](answer)[/]" : OptionWithOrigin(card, option)));
        }

        Indented(grid);
        if (card.Aliases.Count > 0)
        {
            Indented(new Markup("[grey]Also accepted:[/] " + Markup.Escape(string.Join(" | ", card.Aliases))));
        }

        if (card.Spares.Count > 0)
        {
            Indented(new Markup("[grey]Spares:[/] " + string.Join(" | ", card.Spares.Select(spare => OptionWithOrigin(card, spare)))));
        }

        foreach (var change in ReviewWording.Changes(card))
        {
            Indented(new Markup("[yellow]Generated " + Markup.Escape(change) + "[/]"));
        }

        console.WriteLine();
        var source = new Panel(new Markup($"[italic]{Markup.Escape(card.Explanation)}[/]"))
            .Header($"[grey] {Markup.Escape(card.Source.Reference)} [/]")
            .BorderColor(Color.Grey)
            .RoundedBorder()
            .Padding(1, 0);
        Indented(source);
        if (card.Score is { } score)
        {
            Indented(new Markup("[grey]Score " + Markup.Escape(score.Describe()) + "[/]"));
        }

        console.WriteLine();
        Indented(new Markup("[grey]" + Markup.Escape(ReviewWording.Progress(session.Progress)) + "[/]"));
        Indented(new Markup($"[aqua]k[/] keep  [aqua]d[/] drop  [aqua]e[/] question  [aqua]a[/] answer  {OptionKeys(card)}[aqua]u[/] undo  [aqua]{Arrows()}[/] move  [aqua]q[/] quit"));
    }

    private static string OptionKeys(Card card) => card.Type == CardType.TrueFalse || card.Distractors.Count == 0
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"[aqua]1[/]–[aqua]{card.Distractors.Count}[/] option  ");

    private static string RuleColour(Card card) => card.Review?.Status switch
    {
        ReviewStatus.Kept => "green",
        ReviewStatus.Dropped => "red",
        ReviewStatus.Edited => "yellow",
        _ => "blue",
    };

    private void Indented(Spectre.Console.Rendering.IRenderable renderable) =>
        console.Write(new Padder(renderable, new Padding(2, 0, 0, 0)));

    private string Arrows() => _symbols.Pointer == ">" ? "Left/Right" : "←/→";

    private ConsoleKeyInfo? ReadKey()
    {
        try
        {
            return console.Input.ReadKey(intercept: true);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A wrong option with where the generator found it, in grey: what a teacher weighs it by.</summary>
    private static string OptionWithOrigin(Card card, string option) =>
        card.OptionNote(option) is { } note ? $"{Markup.Escape(option)} [grey]({Markup.Escape(note)})[/]" : Markup.Escape(option);
}

using System.Globalization;
using Spectre.Console;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Wording;

namespace StudyDecks.Quiz.Screens;

/// <summary>The end-of-quiz panel: score, time, and the answer kinds with the most misses.</summary>
internal static class SummaryView
{
    public static void Write(IAnsiConsole console, QuizSummary summary)
    {
        var rows = new List<Spectre.Console.Rendering.IRenderable>
        {
            new Markup(string.Create(CultureInfo.InvariantCulture, $"Score  [bold]{summary.Correct}/{summary.Answered}[/]  ({QuizWording.Percent(summary.Accuracy)})")),
            new Markup("Time   " + QuizWording.Duration(summary.Duration)),
        };
        if (summary.Answered < summary.Asked)
        {
            rows.Add(new Markup(string.Create(CultureInfo.InvariantCulture, $"[grey]{summary.Asked - summary.Answered} of {Counted.Of(summary.Asked, "question")} left unanswered[/]")));
        }

        if (summary.WeakestKinds.Count > 0)
        {
            var table = new Table().SimpleBorder().BorderColor(Color.Grey).AddColumn("Weakest answer kinds").AddColumn(new TableColumn("Right").RightAligned()).AddColumn(new TableColumn("%").RightAligned());
            foreach (var kind in summary.WeakestKinds)
            {
                table.AddRow(DeckNames.ToName(kind.Kind), string.Create(CultureInfo.InvariantCulture, $"{kind.Correct}/{kind.Answered}"), QuizWording.Percent(kind.Accuracy));
            }

            rows.Add(table);
        }
        else if (summary.Answered > 0)
        {
            rows.Add(new Markup("[green]No misses.[/]"));
        }

        console.WriteLine();
        console.Write(new Panel(new Rows(rows)).Header("[bold] Quiz finished [/]").RoundedBorder().BorderColor(Color.Blue).Padding(1, 0));
    }
}

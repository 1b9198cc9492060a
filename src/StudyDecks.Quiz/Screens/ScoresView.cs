using System.Globalization;
using Spectre.Console;
using StudyDecks.Quiz.Reports;

namespace StudyDecks.Quiz.Screens;

/// <summary>What <c>scores</c> prints: the sessions table, the accuracy trend as a bar chart, and the weakest cards.</summary>
public static class ScoresView
{
    /// <summary>Sessions listed (and charted): the most recent ones.</summary>
    public const int RecentSessions = 20;

    /// <summary>Weakest cards listed.</summary>
    public const int WeakestCards = 5;

    public static void Write(IAnsiConsole console, ScoreReport report)
    {
        if (report.Sessions.Count == 0)
        {
            console.WriteLine("No sessions recorded yet.");
            return;
        }

        var recent = report.Sessions.TakeLast(RecentSessions).ToArray();
        var manyPlayers = recent.Select(session => session.Player).Distinct(StringComparer.Ordinal).Count() > 1;
        console.Write(SessionsTable(recent, report.Sessions.Count, manyPlayers));
        console.WriteLine();
        console.Write(TrendChart(recent));
        console.WriteLine();
        console.Write(WeakestTable(report.Cards));
    }

    private static Table SessionsTable(SessionSummary[] sessions, int total, bool manyPlayers)
    {
        var title = total > sessions.Length
            ? string.Create(CultureInfo.InvariantCulture, $"Sessions (latest {sessions.Length} of {total})")
            : "Sessions";
        var table = new Table().RoundedBorder().BorderColor(Color.Grey).Title($"[bold]{title}[/]");
        table.AddColumn("Date (UTC)");
        if (manyPlayers)
        {
            table.AddColumn("Player");
        }

        table.AddColumn("Deck").AddColumn(new TableColumn("Answered").RightAligned()).AddColumn(new TableColumn("Correct").RightAligned()).AddColumn(new TableColumn("%").RightAligned());
        foreach (var session in sessions)
        {
            var cells = new List<string> { session.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) };
            if (manyPlayers)
            {
                cells.Add(Markup.Escape(session.Player));
            }

            cells.Add(Markup.Escape(session.Deck));
            cells.Add(session.Answered.ToString(CultureInfo.InvariantCulture));
            cells.Add(session.Correct.ToString(CultureInfo.InvariantCulture));
            cells.Add(session.Answered == 0 ? "–" : QuizWording.Percent(session.Accuracy));
            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static BarChart TrendChart(SessionSummary[] sessions)
    {
        var chart = new BarChart().Width(70).Label("[bold]Accuracy by session (%)[/]").LeftAlignLabel().WithMaxValue(100);
        chart.Culture = CultureInfo.InvariantCulture;
        var number = 0;
        foreach (var session in sessions)
        {
            number++;
            var label = string.Create(CultureInfo.InvariantCulture, $"{number,2}. {session.StartedAt.UtcDateTime:MM-dd HH:mm}");
            var percent = Math.Round(session.Accuracy * 100);
            chart.AddItem(label, percent, percent >= 80 ? Color.Green : percent >= 50 ? Color.Yellow : Color.Red);
        }

        return chart;
    }

    private static Spectre.Console.Rendering.IRenderable WeakestTable(IReadOnlyList<CardStats> cards)
    {
        var weak = cards.Where(card => card.Correct < card.Answered).Take(WeakestCards).ToArray();
        if (weak.Length == 0)
        {
            return new Markup("[green]No card answered wrong yet.[/]");
        }

        var table = new Table().RoundedBorder().BorderColor(Color.Grey).Title("[bold]Weakest cards[/]")
            .AddColumn("Question").AddColumn("Answer").AddColumn(new TableColumn("Right").RightAligned()).AddColumn(new TableColumn("%").RightAligned());
        foreach (var card in weak)
        {
            table.AddRow(
                Markup.Escape(card.Question),
                Markup.Escape(card.Answer),
                string.Create(CultureInfo.InvariantCulture, $"{card.Correct}/{card.Answered}"),
                QuizWording.Percent(card.Accuracy));
        }

        return table;
    }
}

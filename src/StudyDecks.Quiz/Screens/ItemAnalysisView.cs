using System.Globalization;
using Spectre.Console;
using StudyDecks.Core.Wording;
using StudyDecks.Quiz.Reports;

namespace StudyDecks.Quiz.Screens;

/// <summary>
/// What <c>scores --items</c> prints: per card the share answered right and its discrimination, and per option how
/// often it was chosen, flagging distractors that are not working (card-quality R1/R2).
/// </summary>
public static class ItemAnalysisView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ItemStats> items)
    {
        if (items.Count == 0)
        {
            console.WriteLine("No answers recorded yet.");
            return;
        }

        var weak = items.Sum(item => item.Options.Count(option => option.Status is DistractorStatus.NeverChosen or DistractorStatus.RarelyChosen));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]Item analysis[/] of {Counted.Of(items.Count, "card")} from {Counted.Of(items.Sum(item => item.Answered), "answer")}, hardest first. {Counted.Of(weak, "distractor")} {(weak == 1 ? "is" : "are")} chosen by under {ItemAnalysis.FunctioningShare:P0} of answers (judged on cards with at least {ItemAnalysis.MinimumAnswersToJudge} answers)."));
        foreach (var item in items)
        {
            console.WriteLine();
            console.Write(Table(item));
        }
    }

    private static Table Table(ItemStats item)
    {
        var discrimination = item.Discrimination is { } r ? r.ToString("+0.00;-0.00", CultureInfo.InvariantCulture) : "n/a";
        var title = string.Create(CultureInfo.InvariantCulture, $"{Markup.Escape(item.Question)}\n[grey]{item.CardType} · right {item.Correct}/{item.Answered} ({QuizWording.Percent(item.ShareCorrect)}) · discrimination {discrimination}[/]");
        var table = new Table().RoundedBorder().BorderColor(Color.Grey).Title(title).Expand();
        if (item.Options.Count > 0)
        {
            table.AddColumn("Option").AddColumn(new TableColumn("Picks").RightAligned()).AddColumn(new TableColumn("Share").RightAligned()).AddColumn("Verdict");
            foreach (var option in item.Options)
            {
                table.AddRow(
                    Markup.Escape(option.Text),
                    option.Picks.ToString(CultureInfo.InvariantCulture),
                    QuizWording.Percent(option.Share),
                    Verdict(option));
            }
        }
        else
        {
            table.AddColumn("Commonest wrong replies").AddColumn(new TableColumn("Count").RightAligned());
            foreach (var reply in item.WrongReplies)
            {
                table.AddRow(Markup.Escape(reply.Reply), reply.Count.ToString(CultureInfo.InvariantCulture));
            }

            if (item.WrongReplies.Count == 0)
            {
                table.AddRow("[grey](none)[/]", string.Empty);
            }
        }

        return table;
    }

    private static string Verdict(OptionStats option) => option.Status switch
    {
        null => "[green]answer[/]",
        DistractorStatus.Working => "working",
        DistractorStatus.TooFewAnswers => "[grey]too few answers to judge[/]",
        DistractorStatus.NeverChosen => "[red]never chosen: not working[/]",
        DistractorStatus.RarelyChosen => "[yellow]rarely chosen (< 5 %)[/]",
        DistractorStatus.AttractsStrongPlayers => "[yellow]chosen by stronger players: check it[/]",
        _ => string.Empty,
    };
}

using System.CommandLine;
using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;
using StudyDecks.Core.Review;
using StudyDecks.Core.Wording;
using static System.FormattableString;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks inspect</c>: validate a deck and summarise it.</summary>
internal static class InspectCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var deckPath = new Argument<string>("deck") { Description = "The deck file (.deck.json) to check." };
        var cards = new Option<bool>("--cards") { Description = "Also list every card with its options and source." };
        var command = new Command("inspect", "Validate a deck file and print its counts by card type and answer kind.\n\nExample:\n  studydecks inspect decks/d-isis-coalition.deck.json --cards")
        {
            deckPath, cards,
        };
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var deck = DeckFiles.Load(parse.GetValue(deckPath)!, environment);
            Write(deck, parse.GetValue(cards), environment.Output);
            return ExitCodes.Success;
        }));
        return command;
    }

    public static void Write(Deck deck, bool listCards, TextWriter output)
    {
        output.WriteLine(Invariant($"{deck.Title}"));
        output.WriteLine(Invariant($"{Counted.Of(deck.Cards.Count, "card")} from {Counted.Of(deck.Sources.Count, "article")} (generator {deck.Generator.Name} {deck.Generator.Version}, seed {deck.Generator.Seed})"));
        foreach (var source in deck.Sources)
        {
            var count = deck.Cards.Count(card => card.Source.Article == source.Id);
            output.WriteLine(Invariant($"  {source.Id}: {Counted.Of(count, "card")}, {source.Words} words, \"{source.Title}\""));
        }

        output.WriteLine();
        output.WriteLine("By type:");
        foreach (var group in deck.Cards.GroupBy(card => card.Type).OrderBy(group => group.Key))
        {
            output.WriteLine(Invariant($"  {DeckNames.ToName(group.Key),-16} {group.Count(),5}"));
        }

        output.WriteLine("By answer kind:");
        foreach (var group in deck.Cards.GroupBy(card => card.AnswerKind).OrderBy(group => group.Key))
        {
            output.WriteLine(Invariant($"  {DeckNames.ToName(group.Key),-16} {group.Count(),5}"));
        }

        var review = DeckReview.Count(deck);
        output.WriteLine("By review:");
        foreach (var (name, count) in (ReadOnlySpan<(string, int)>)[("kept", review.Kept), ("edited", review.Edited), ("dropped", review.Dropped), ("not reviewed", review.Unreviewed)])
        {
            output.WriteLine(Invariant($"  {name,-16} {count,5}"));
        }

        var findings = CardLinter.Check(deck);
        output.WriteLine(Invariant($"Quality checks: {(findings.Count == 0 ? "all cards pass" : $"{Counted.Of(findings.Count, "finding")} on {Counted.Of(findings.Select(finding => finding.CardId).Distinct().Count(), "card")}")}"));
        foreach (var finding in findings)
        {
            output.WriteLine(Invariant($"  {finding.CardId} {finding.Code}: {finding.Message}"));
        }

        if (!listCards)
        {
            return;
        }

        var number = 0;
        foreach (var card in deck.Cards)
        {
            number++;
            output.WriteLine();
            var status = card.Review is { } decision ? ", " + DeckNames.ToName(decision.Status) : string.Empty;
            output.WriteLine(Invariant($"{number}. [{DeckNames.ToName(card.Type)}, {DeckNames.ToName(card.AnswerKind)}{status}] {card.Id}"));
            if (card.Context is { } context)
            {
                output.WriteLine(Invariant($"   Context: {context}"));
            }

            output.WriteLine(Invariant($"   Q: {card.Question}"));
            output.WriteLine(Invariant($"   A: {card.Answer}"));
            if (card.Distractors.Count > 0)
            {
                output.WriteLine(Invariant($"   Wrong: {string.Join(" | ", card.Distractors.Select(card.WithOrigin))}"));
            }

            if (card.Spares.Count > 0)
            {
                output.WriteLine(Invariant($"   Spares: {string.Join(" | ", card.Spares.Select(card.WithOrigin))}"));
            }

            output.WriteLine(Invariant($"   Source: {card.Source.Reference}: {card.Explanation}"));
            if (card.Score is { } score)
            {
                output.WriteLine("   Score: " + ScoreLine(score));
            }
        }
    }

    /// <summary>"1.23 (importance +0.31, self-contained +0.50, answer-kind -0.20)": the total, then each feature's signed share in the deck's order.</summary>
    public static string ScoreLine(CardScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.Describe();
    }
}

using StudyDecks.Quiz.Asking;
using StudyDecks.Quiz.Scores;

namespace StudyDecks.Quiz.Reports;

/// <summary>
/// Classical item analysis over every recorded answer (card-quality R1/R2): per card the share answered right and
/// its discrimination; per distractor how often it was chosen, so distractors nobody falls for can be replaced.
/// </summary>
public static class ItemAnalysis
{
    /// <summary>A distractor chosen by fewer than this share of answers is not working (Tarrant et al. 2009).</summary>
    public const double FunctioningShare = 0.05;

    /// <summary>Below this many answers to a card its distractors are not judged: one unlucky pick proves nothing.</summary>
    public const int MinimumAnswersToJudge = 10;

    private const int MinimumAnswersForDiscrimination = 3;
    private const int WrongRepliesShown = 3;

    /// <summary>Analyses every card with answers, hardest (lowest share correct) latest.</summary>
    public static IReadOnlyList<ItemStats> Analyse(ScoreStore store, ScoreFilter filter) => Analyse(ScoreReports.Answers(store, filter));

    internal static IReadOnlyList<ItemStats> Analyse(IReadOnlyList<RecordedAnswer> answers)
    {
        // A session's score stands in for the player's ability when judging each item (rest score: the session without the item).
        var sessions = answers.GroupBy(answer => answer.SessionId)
            .ToDictionary(group => group.Key, group => (Answered: group.Count(), Correct: group.Count(answer => answer.Correct)));

        double? RestScore(RecordedAnswer answer)
        {
            var (answered, correct) = sessions[answer.SessionId];
            return answered < 2 ? null : (correct - (answer.Correct ? 1.0 : 0.0)) / (answered - 1);
        }

        return answers.GroupBy(answer => (answer.Deck, answer.CardId))
            .Select(group => Item(group.ToList(), RestScore))
            .OrderBy(item => item.ShareCorrect)
            .ThenByDescending(item => item.Answered)
            .ThenBy(item => item.Deck, StringComparer.Ordinal)
            .ThenBy(item => item.CardId, StringComparer.Ordinal)
            .ToArray();
    }

    private static ItemStats Item(List<RecordedAnswer> answers, Func<RecordedAnswer, double?> restScore)
    {
        var latest = answers[^1];
        var correct = answers.Count(answer => answer.Correct);
        var isChoice = latest.Distractors.Count > 0;
        var options = isChoice ? Options(answers, latest, restScore) : [];
        var wrong = isChoice
            ? []
            : answers.Where(answer => !answer.Correct)
                .GroupBy(answer => AnswerMatcher.Normalize(answer.Choice))
                .Select(group => new ReplyCount(group.Key.Length == 0 ? "(gave up)" : group.Key, group.Count()))
                .OrderByDescending(reply => reply.Count).ThenBy(reply => reply.Reply, StringComparer.Ordinal)
                .Take(WrongRepliesShown)
                .ToArray();
        return new ItemStats(latest.Deck, latest.CardId, latest.Question, latest.CardType, answers.Count, correct, Discrimination(answers, restScore), options, wrong);
    }

    private static OptionStats[] Options(List<RecordedAnswer> answers, RecordedAnswer card, Func<RecordedAnswer, double?> restScore)
    {
        var keyRest = MeanRest(answers.Where(answer => answer.Correct), restScore);
        return [.. new[] { card.Answer }.Concat(card.Distractors).Select(option =>
        {
            var choosers = answers.Where(answer => answer.Choice == option).ToList();
            var share = (double)choosers.Count / answers.Count;
            if (option == card.Answer)
            {
                return new OptionStats(option, true, choosers.Count, share, null);
            }

            var chooserRest = MeanRest(choosers, restScore);
            var status = answers.Count < MinimumAnswersToJudge ? DistractorStatus.TooFewAnswers
                : choosers.Count == 0 ? DistractorStatus.NeverChosen
                : share < FunctioningShare ? DistractorStatus.RarelyChosen
                : chooserRest > keyRest ? DistractorStatus.AttractsStrongPlayers
                : DistractorStatus.Working;
            return new OptionStats(option, false, choosers.Count, share, status);
        })];
    }

    private static double? MeanRest(IEnumerable<RecordedAnswer> answers, Func<RecordedAnswer, double?> restScore)
    {
        var scores = answers.Select(restScore).OfType<double>().ToList();
        return scores.Count == 0 ? null : scores.Average();
    }

    /// <summary>Point-biserial correlation of right/wrong on this card with the rest score of the session.</summary>
    private static double? Discrimination(List<RecordedAnswer> answers, Func<RecordedAnswer, double?> restScore)
    {
        var pairs = answers.Select(answer => (X: answer.Correct ? 1.0 : 0.0, Y: restScore(answer)))
            .Where(pair => pair.Y is not null).Select(pair => (pair.X, Y: pair.Y!.Value)).ToList();
        if (pairs.Count < MinimumAnswersForDiscrimination)
        {
            return null;
        }

        var meanX = pairs.Average(pair => pair.X);
        var meanY = pairs.Average(pair => pair.Y);
        var covariance = pairs.Sum(pair => (pair.X - meanX) * (pair.Y - meanY));
        var spreadX = Math.Sqrt(pairs.Sum(pair => (pair.X - meanX) * (pair.X - meanX)));
        var spreadY = Math.Sqrt(pairs.Sum(pair => (pair.Y - meanY) * (pair.Y - meanY)));
        return spreadX == 0 || spreadY == 0 ? null : covariance / (spreadX * spreadY);
    }
}

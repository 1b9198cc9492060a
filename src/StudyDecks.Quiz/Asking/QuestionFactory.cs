using StudyDecks.Core.Decks;

namespace StudyDecks.Quiz.Asking;

/// <summary>
/// Turns a card into a question: options shuffled afresh on every asking (so position is no clue), except that
/// numeric, date and duration options are listed in ascending order (card-quality D11) and True/False stay in that order.
/// </summary>
public sealed class QuestionFactory(Random random)
{
    /// <summary>How a card is asked: its distractors decide whether a cloze card is typed or chosen.</summary>
    public static AskingStyle StyleOf(Card card) => card.Type switch
    {
        CardType.TrueFalse => AskingStyle.TrueFalse,
        CardType.MultipleChoice => AskingStyle.Choice,
        CardType.Cloze when card.Distractors.Count >= 3 => AskingStyle.Choice,
        _ => AskingStyle.Typed,
    };

    public Question Create(Card card, int number, int total)
    {
        var style = StyleOf(card);
        IReadOnlyList<string> options = style switch
        {
            AskingStyle.TrueFalse => [Card.True, Card.False],
            AskingStyle.Choice => Arrange(card),
            _ => [],
        };
        return new Question(card, number, total, style, options);
    }

    private string[] Arrange(Card card)
    {
        var options = card.Options.ToArray();
        if (OptionValue.SortAscending(options, card.AnswerKind) is { } sorted)
        {
            return [.. sorted];
        }

        random.Shuffle(options);
        return options;
    }
}

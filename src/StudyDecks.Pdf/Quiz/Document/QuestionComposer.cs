using StudyDecks.Core.Decks;
using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Blocks;
using StudyDecks.Pdf.Layout.Text;
using StudyDecks.Pdf.Quiz.Planning;

namespace StudyDecks.Pdf.Quiz.Document;

/// <summary>Builds the block of one question: its number in a gutter, the stem, and the way to answer it.</summary>
public static class QuestionComposer
{
    /// <summary>Width of the gutter the question numbers sit in.</summary>
    public const float NumberGutter = 22;

    private const float BlankWidth = 72;

    /// <summary>The question as one block that is never split across pages, with its card's context line above it.</summary>
    public static IBlock Compose(QuizQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Compose(question, question.Card.Context);
    }

    /// <summary>
    /// The question as one block that is never split across pages, under <paramref name="context"/> (small grey italic,
    /// aligned with the stem) when it is not <see langword="null"/>: a run of questions on one topic shows it once.
    /// </summary>
    public static IBlock Compose(QuizQuestion question, string? context)
    {
        ArgumentNullException.ThrowIfNull(question);
        var content = new List<IBlock> { Stem(question) };
        if (question.HasOptions)
        {
            content.Add(Options(question.Options));
        }
        else if (question.Part == QuestionPart.TrueFalse)
        {
            // The boxes sit at the right of the statement: a statement is rarely longer than two lines.
            content[0] = new Row([new RowCell(content[0]), new RowCell(TrueFalseBoxes(), 112)], 14);
        }
        else if (question.Part == QuestionPart.ShortAnswer)
        {
            content.Add(new WritingLines(1, 22, Stroke.Writing));
        }

        var number = TextBlock.Plain($"{question.Number}.", Typography.QuestionNumber, TextAlignment.Right);
        var row = new Row([new RowCell(number, NumberGutter), new RowCell(new Column(content, 4))], 7);
        if (string.IsNullOrWhiteSpace(context))
        {
            return new KeepTogether(row);
        }

        // The context sits over the stem, not over the number, so the number still lines up with the question.
        var heading = new Row([new RowCell(new Spacer(0), NumberGutter), new RowCell(TextBlock.Plain(PrintText.Typeset(context), Typography.Context, TextAlignment.Start))], 7);
        return new KeepTogether(new Column([heading, row], 2));
    }

    /// <summary>The stem; a cloze blank becomes a line to write on, as wide as a few words whatever the answer's length.</summary>
    private static TextBlock Stem(QuizQuestion question)
    {
        var text = PrintText.Typeset(question.Card.Question);
        var blank = text.IndexOf(Card.Blank, StringComparison.Ordinal);
        if (question.Part != QuestionPart.FillInTheBlank || blank < 0)
        {
            return TextBlock.Plain(text, Typography.Question, TextAlignment.Start);
        }

        // Runs of underscores longer than the marker belong to the blank too.
        var end = blank;
        while (end < text.Length && text[end] == '_')
        {
            end++;
        }

        return new TextBlock(
        [
            new TextRun(text[..blank], Typography.Question),
            new BlankRun(question.HasOptions ? BlankWidth * 0.75f : BlankWidth * 1.4f, Typography.Question),
            new TextRun(text[end..], Typography.Question),
        ], TextAlignment.Start);
    }

    private static AdaptiveGrid Options(IReadOnlyList<string> options)
    {
        var cells = new IBlock[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            var letter = TextBlock.Plain($"{QuizQuestion.LetterOf(i)}", Typography.OptionLetter);
            cells[i] = new Row([new RowCell(letter, 13), new RowCell(TextBlock.Plain(PrintText.Typeset(options[i]), Typography.Option))]);
        }

        return new AdaptiveGrid(cells, [4, 2, 1], 12, 1);
    }

    private static Row TrueFalseBoxes()
    {
        var line = Typography.Option.LineHeight;
        return new Row(
        [
            new RowCell(new CheckBox(8.5f, line), 13),
            new RowCell(TextBlock.Plain(Card.True, Typography.Option), 48),
            new RowCell(new CheckBox(8.5f, line), 13),
            new RowCell(TextBlock.Plain(Card.False, Typography.Option), 38),
        ]);
    }
}

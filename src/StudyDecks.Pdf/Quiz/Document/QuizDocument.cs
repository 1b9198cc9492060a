using System.Globalization;
using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Blocks;
using StudyDecks.Pdf.Layout.Paging;
using StudyDecks.Pdf.Layout.Text;
using StudyDecks.Pdf.Quiz.Planning;

namespace StudyDecks.Pdf.Quiz.Document;

/// <summary>
/// The printed quiz: for each version a title block and its numbered questions in parts, and the version's answer
/// key where the options put it. Only composes blocks; pagination and drawing happen elsewhere.
/// </summary>
public sealed class QuizDocument(QuizPlan plan, AnswerKeyPlacement answerKey)
{
    private const float QuestionSpacing = 13;
    private const float KeyNumberWidth = 24;
    private const float KeyLetterWidth = 34;
    private const float KeySourceWidth = 170;

    private readonly string _title = PrintText.Typeset(plan.Title);

    /// <summary>The sections of the quiz file: each version, followed by its key when the key is an appendix.</summary>
    public IReadOnlyList<Section> Compose()
    {
        var sections = new List<Section>();
        foreach (var version in plan.Versions)
        {
            sections.Add(new Section(
                new Column([ComposeHeader(version), ComposeQuestions(version)], 14),
                page => page.Number == 1 ? null : RunningHead(_title, version.Name),
                page => Footer(version.Name, page)));
            if (answerKey == AnswerKeyPlacement.Appendix)
            {
                sections.Add(ComposeAnswerKey(version));
            }
        }

        return sections;
    }

    /// <summary>The sections of a separate answer-key file: every version's key.</summary>
    public IReadOnlyList<Section> ComposeAnswerKeys() => plan.Versions.Select(ComposeAnswerKey).ToArray();

    private Column ComposeHeader(QuizVersion version)
    {
        var count = version.Questions.Count;
        var summary = string.Create(CultureInfo.InvariantCulture, $"{count} question{(count == 1 ? string.Empty : "s")}");
        var titles = new Column([TextBlock.Plain(_title, Typography.Title), TextBlock.Plain(summary, Typography.Subtitle)], 3);
        var badge = new Frame(
            new Column(
            [
                TextBlock.Plain("VERSION", Typography.BadgeLabel, TextAlignment.Center),
                TextBlock.Plain(version.Letter.ToString(), Typography.BadgeLetter, TextAlignment.Center),
            ]),
            5,
            Stroke.Outline with { Thickness = 1.2f });

        var fields = new Row(
        [
            new RowCell(TextBlock.Plain("Name", Typography.FieldLabel), 32),
            new RowCell(FieldLine()),
            new RowCell(new Spacer(0), 14),
            new RowCell(TextBlock.Plain("Date", Typography.FieldLabel), 28),
            new RowCell(FieldLine(), 86),
            new RowCell(new Spacer(0), 14),
            new RowCell(TextBlock.Plain("Score", Typography.FieldLabel), 33),
            new RowCell(FieldLine(), 34),
            new RowCell(TextBlock.Plain(string.Create(CultureInfo.InvariantCulture, $" / {count}"), Typography.FieldLabel), 34),
        ]);

        return new Column(
        [
            new Row([new RowCell(titles), new RowCell(badge, 58)], 16),
            new Padding(fields, top: 8),
            TextBlock.Plain(Instructions(version), Typography.Instructions),
            new HorizontalRule(Stroke.Outline with { Thickness = 1 }, 4),
        ], 8);
    }

    private static Column ComposeQuestions(QuizVersion version)
    {
        var blocks = new List<IBlock>();
        var partNumber = 0;
        foreach (var part in version.Questions.GroupBy(question => question.Part))
        {
            partNumber++;
            var heading = new Column(
            [
                TextBlock.Plain($"Part {partNumber} — {PartTitle(part.Key)}", Typography.PartHeading),
                TextBlock.Plain(PartInstruction(part.Key), Typography.PartInstruction),
            ], 1);
            var questions = ComposeUnderContexts(part.ToArray());

            // The heading stays with the first question, so a part never starts at the foot of a page.
            blocks.Add(new Padding(new KeepTogether(new Column([heading, questions[0]], 9)), top: blocks.Count == 0 ? 0 : 8));
            blocks.AddRange(questions.Skip(1));
        }

        return new Column(blocks, QuestionSpacing);
    }

    /// <summary>The questions of one part, each under its card's context line unless the question before had the same one.</summary>
    private static IBlock[] ComposeUnderContexts(QuizQuestion[] questions)
    {
        var blocks = new IBlock[questions.Length];
        string? previous = null;
        for (var i = 0; i < questions.Length; i++)
        {
            var context = questions[i].Card.Context;
            blocks[i] = QuestionComposer.Compose(questions[i], string.Equals(context, previous, StringComparison.Ordinal) ? null : context);
            previous = context;
        }

        return blocks;
    }

    private Section ComposeAnswerKey(QuizVersion version)
    {
        var header = new Row(
        [
            new RowCell(TextBlock.Plain("No.", Typography.KeyHeading, TextAlignment.Right), KeyNumberWidth),
            new RowCell(TextBlock.Plain("Key", Typography.KeyHeading), KeyLetterWidth),
            new RowCell(TextBlock.Plain("Answer", Typography.KeyHeading)),
            new RowCell(TextBlock.Plain("Source sentence", Typography.KeyHeading), KeySourceWidth),
        ], 10);
        var rows = version.Questions.Select(KeyRow).ToArray();
        var content = new Column(
        [
            TextBlock.Plain($"Answer key — {version.Name}", Typography.Title),
            TextBlock.Plain($"{_title} · {Sources()}", Typography.Subtitle),
            new Spacer(4),
            new Table(new Padding(header, 2, 0, 3, 0), rows),
        ], 4);
        return new Section(content, page => page.Number == 1 ? null : RunningHead($"Answer key — {_title}", version.Name), page => Footer($"Answer key · {version.Name}", page));
    }

    private static Padding KeyRow(QuizQuestion question)
    {
        // Key: the letter to look for, or True/False; a written answer is marked in the Answer column alone.
        var key = question.AnswerLetter?.ToString() ?? (question.Part == QuestionPart.TrueFalse ? question.Card.Answer : string.Empty);
        var answer = new List<Inline> { new TextRun(PrintText.Typeset(question.Card.Answer), question.HasOptions || question.Part == QuestionPart.TrueFalse ? Typography.KeyAnswer : Typography.KeyWritten) };
        if (question.Card.Aliases.Count > 0)
        {
            answer.Add(new TextRun($"  (also accept: {string.Join(", ", question.Card.Aliases)})", Typography.KeyNote));
        }

        var reference = question.Card.Source.Reference;
        return new Padding(
            new Row(
            [
                new RowCell(TextBlock.Plain(question.Number.ToString(CultureInfo.InvariantCulture), Typography.KeyNumber, TextAlignment.Right), KeyNumberWidth),
                new RowCell(TextBlock.Plain(key, Typography.KeyLetter), KeyLetterWidth),
                new RowCell(new TextBlock(answer)),
                new RowCell(TextBlock.Plain(reference, Typography.KeySource), KeySourceWidth),
            ], 10),
            3,
            0,
            3,
            0);
    }

    private static Padding RunningHead(string title, string version) => new(
        new Column(
        [
            new Row([new RowCell(TextBlock.Plain(title, Typography.PageFurniture)), new RowCell(TextBlock.Plain(version, Typography.PageFurniture with { Bold = true }, TextAlignment.Right), 80)], 8),
            new Spacer(3),
            new HorizontalRule(Stroke.Hairline, 1),
        ]),
        bottom: 12);

    private static Padding Footer(string label, PageNumber page) => new(
        new Column(
        [
            new HorizontalRule(Stroke.Hairline, 1),
            new Spacer(4),
            new Row(
            [
                new RowCell(TextBlock.Plain(label, Typography.PageFurniture)),
                new RowCell(TextBlock.Plain(string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {page.Count}"), Typography.PageFurniture, TextAlignment.Right), 90),
            ]),
        ]),
        top: 12);

    private static WritingLines FieldLine() => new(1, Typography.FieldLabel.LineHeight + 1, Stroke.Writing);

    private string Sources() => plan.Sources.Count == 1
        ? $"source: {plan.Sources[0].Id}"
        : string.Create(CultureInfo.InvariantCulture, $"{plan.Sources.Count} source articles");

    private static string Instructions(QuizVersion version)
    {
        var parts = version.Questions.Select(question => question.Part).Distinct().Count();
        var count = version.Questions.Count;
        return parts == 1
            ? string.Create(CultureInfo.InvariantCulture, $"Answer {(count == 1 ? "the question" : $"all {count} questions")}. {PartInstruction(version.Questions[0].Part)} Each question is worth one point.")
            : string.Create(CultureInfo.InvariantCulture, $"Answer all {count} questions in the {parts} parts below; each part says how to answer. Each question is worth one point.");
    }

    private static string PartTitle(QuestionPart part) => part switch
    {
        QuestionPart.MultipleChoice => "Multiple choice",
        QuestionPart.TrueFalse => "True or false",
        QuestionPart.FillInTheBlank => "Fill in the blank",
        _ => "Short answer",
    };

    private static string PartInstruction(QuestionPart part) => part switch
    {
        QuestionPart.MultipleChoice => "Circle the letter of the one best answer.",
        QuestionPart.TrueFalse => "Tick True or False for each statement.",
        QuestionPart.FillInTheBlank => "Write the missing words on the line, or circle the letter of the option that completes the sentence.",
        _ => "Answer in a few words on the line.",
    };
}

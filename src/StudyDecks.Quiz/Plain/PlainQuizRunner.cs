using System.Globalization;
using StudyDecks.Core.Wording;
using StudyDecks.Quiz.Asking;

namespace StudyDecks.Quiz.Plain;

/// <summary>
/// The line-based quiz for scripts, pipes and screen readers: plain text out, one answer per line in, no colours
/// or cursor movement. Ends with <c>Score: X/N</c> (N = questions answered). End of input stops the quiz;
/// everything answered before it is already saved.
/// </summary>
public sealed class PlainQuizRunner(TextReader input, TextWriter output)
{
    public QuizSummary Run(QuizSession session)
    {
        var setup = session.Setup;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Quiz: {setup.Deck.Title} ({Counted.Of(session.Cards.Count, "question")}, mode {setup.Mode.ToString().ToLowerInvariant()}, player {setup.Player})"));
        while (session.Next() is { } question)
        {
            output.WriteLine();
            Ask(question);
            var reply = ReadReply(question);
            if (reply is null)
            {
                output.WriteLine();
                output.WriteLine("Input ended; the quiz stops here. Answers given so far are saved.");
                break;
            }

            Show(session.Answer(question, reply));
        }

        var summary = session.Finish();
        output.WriteLine();
        output.WriteLine("Time: " + QuizWording.Duration(summary.Duration));
        if (summary.WeakestKinds.Count > 0)
        {
            output.WriteLine("Weakest: " + QuizWording.Kinds(summary.WeakestKinds));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Score: {summary.Correct}/{summary.Answered}"));
        return summary;
    }

    private void Ask(Question question)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Question {question.Number} of {question.Total} ({QuizWording.TypeName(question.Card.Type)})"));
        if (QuizWording.ContextLine(question) is { } context)
        {
            output.WriteLine(context);
        }

        output.WriteLine(QuizWording.QuestionText(question));
        for (var i = 0; i < question.Options.Count; i++)
        {
            output.WriteLine($"{Question.Letter(i)}) {question.Options[i]}");
        }

        output.WriteLine(QuizWording.Prompt(question));
    }

    /// <summary>Reads lines until one is a valid answer; null at end of input.</summary>
    private Reply? ReadReply(Question question)
    {
        while (input.ReadLine() is { } line)
        {
            if (question.Style == AskingStyle.Typed)
            {
                return Reply.Typed(line);
            }

            if (ReplyReader.ReadOption(question, line) is { } index)
            {
                return Reply.Option(index);
            }

            output.WriteLine(question.Style == AskingStyle.TrueFalse
                ? "Please answer T or F."
                : $"Please answer with a letter {question.LetterRange}.");
        }

        return null;
    }

    private void Show(Feedback feedback)
    {
        output.WriteLine(feedback.Correct ? "Right." : $"Wrong. The answer is {feedback.Question.AnswerLabel}.");
        output.WriteLine("Source: " + feedback.Question.Card.Explanation);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Score so far: {feedback.Score}/{feedback.Answered}"));
    }
}

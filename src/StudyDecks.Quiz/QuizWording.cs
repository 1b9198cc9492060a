using System.Globalization;
using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Asking;

namespace StudyDecks.Quiz;

/// <summary>Words both runners use, so the plain and the interactive quiz say the same things.</summary>
public static class QuizWording
{
    /// <summary>"multiple choice", "fill in the blank", "short answer", "true or false".</summary>
    public static string TypeName(CardType type) => type switch
    {
        CardType.MultipleChoice => "multiple choice",
        CardType.Cloze => "fill in the blank",
        CardType.ShortAnswer => "short answer",
        CardType.TrueFalse => "true or false",
        _ => type.ToString(),
    };

    /// <summary>How to answer a question, for the plain runner's prompt.</summary>
    public static string Prompt(Question question) => question.Style switch
    {
        AskingStyle.Choice => $"Answer with a letter {question.LetterRange}:",
        AskingStyle.TrueFalse => "Answer T (true) or F (false):",
        _ => "Type your answer (an empty line gives up):",
    };

    /// <summary>
    /// The line both runners show above the question so it makes sense without the article ("Context: The Gulf War,
    /// 1991"), or <see langword="null"/> for a card without one (decks of format version 1).
    /// </summary>
    public static string? ContextLine(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return string.IsNullOrWhiteSpace(question.Card.Context) ? null : "Context: " + question.Card.Context;
    }

    /// <summary>The question text; a cloze blank is read out as "_____" in both runners.</summary>
    public static string QuestionText(Question question) => question.Card.Question;

    /// <summary>A duration as "42 s", "3 min 05 s" or "1 h 02 min".</summary>
    public static string Duration(TimeSpan duration) => duration.TotalHours >= 1
        ? string.Format(CultureInfo.InvariantCulture, "{0} h {1:00} min", (int)duration.TotalHours, duration.Minutes)
        : duration.TotalMinutes >= 1
            ? string.Format(CultureInfo.InvariantCulture, "{0} min {1:00} s", (int)duration.TotalMinutes, duration.Seconds)
            : string.Format(CultureInfo.InvariantCulture, "{0} s", (int)Math.Round(duration.TotalSeconds));

    /// <summary>"person 1/3, money 0/1".</summary>
    public static string Kinds(IEnumerable<KindScore> kinds) =>
        string.Join(", ", kinds.Select(kind => string.Create(CultureInfo.InvariantCulture, $"{DeckNames.ToName(kind.Kind)} {kind.Correct}/{kind.Answered}")));

    /// <summary>"75 %".</summary>
    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100):0} %");
}

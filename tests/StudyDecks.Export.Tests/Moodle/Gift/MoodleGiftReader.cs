using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyDecks.Export.Tests.Moodle.Gift;

/// <summary>A question as Moodle's GIFT import makes it.</summary>
internal sealed record GiftQuestion(string Category, string Name, string Type, string TextFormat, string Text, string GeneralFeedback, IReadOnlyList<(string Text, double Fraction)> Answers);

/// <summary>
/// Reads GIFT the way Moodle's importer does (the steps of <c>qformat_gift::readquestion</c>, written anew for the
/// question types StudyDecks writes): blocks split at blank lines, <c>//</c> comment lines dropped, escapes swapped for
/// placeholders before any parsing and back after, the title, the answer block between the first <c>{</c> and the
/// first <c>}</c>, general feedback after the last <c>####</c>, the type from the answer block's characters, and each
/// text's <c>[format]</c> tag. A test can then compare what Moodle would store with the card it came from.
/// </summary>
internal static partial class MoodleGiftReader
{
    private static readonly (string Escaped, string Placeholder, string Character)[] Escapes =
    [
        ("\\:", "&&058;", ":"), ("\\#", "&&035;", "#"), ("\\=", "&&061;", "="), ("\\{", "&&123;", "{"),
        ("\\}", "&&125;", "}"), ("\\~", "&&126;", "~"), ("\\n", "&&010", "\n"),
    ];

    // PHP's trim(): only these, not every Unicode space.
    private static readonly char[] PhpSpace = [' ', '\t', '\n', '\r', '\0', '\x0B'];

    public static IReadOnlyList<GiftQuestion> Read(string gift)
    {
        var questions = new List<GiftQuestion>();
        var category = string.Empty;
        foreach (var block in Blocks(gift))
        {
            var text = Pre(string.Join('\n', block.Select(line => line.Trim(PhpSpace).StartsWith("//", StringComparison.Ordinal) ? " " : line)).Trim(PhpSpace));
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith("$CATEGORY:", StringComparison.Ordinal))
            {
                category = text[10..].Trim(PhpSpace);
                continue;
            }

            questions.Add(Question(category, text));
        }

        return questions;
    }

    private static GiftQuestion Question(string category, string text)
    {
        var name = string.Empty;
        if (text.StartsWith("::", StringComparison.Ordinal))
        {
            var end = text.IndexOf("::", 2, StringComparison.Ordinal);
            name = Post(text[2..end]).Trim(PhpSpace);
            text = text[(end + 2)..].Trim(PhpSpace);
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var finish = text.IndexOf('}', StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0).And.LessThan(finish), $"an answer block in {text}");
        var answerText = text[(start + 1)..finish].Trim(PhpSpace);
        var questionText = text.EndsWith('}') ? text.Remove(start, finish - start + 1) : text.Remove(start, finish - start + 1).Insert(start, "_____");
        var generalFeedback = string.Empty;
        var separator = answerText.LastIndexOf("####", StringComparison.Ordinal);
        if (separator >= 0)
        {
            generalFeedback = answerText[(separator + 4)..];
            answerText = answerText[..separator].Trim(PhpSpace);
        }

        var (format, body) = WithFormat(questionText, "moodle");
        var feedback = WithFormat(generalFeedback, format).Text;
        if (answerText.Contains('~', StringComparison.Ordinal))
        {
            var choices = answerText.Replace("=", "~=", StringComparison.Ordinal).Split('~').Select(choice => choice.Trim(PhpSpace)).Where((choice, i) => i > 0 || choice.Length > 0);
            return new GiftQuestion(category, name, "multichoice", format, body, feedback, [.. choices.Select(choice => Choice(choice, format))]);
        }

        Assert.That(answerText.Contains('=', StringComparison.Ordinal) && answerText.Contains("->", StringComparison.Ordinal), Is.False, "read as a matching question");
        if (answerText is "T" or "TRUE" or "F" or "FALSE")
        {
            return new GiftQuestion(category, name, "truefalse", format, body, feedback, [(answerText[..1], 1)]);
        }

        var answers = answerText.Split('=').Select(answer => answer.Trim(PhpSpace)).Where((answer, i) => i > 0 || answer.Length > 0);
        return new GiftQuestion(category, name, "shortanswer", format, body, feedback, [.. answers.Select(answer => Weighted(answer, 1, format))]);
    }

    private static (string Text, double Fraction) Choice(string choice, string format) =>
        choice.StartsWith('=') ? (Comment(choice[1..], format), 1) : Weighted(choice, 0, format);

    private static (string Text, double Fraction) Weighted(string answer, double fraction, string format)
    {
        if (Weight().Match(answer) is { Success: true } weight)
        {
            var percent = answer[1..answer.IndexOf('%', 1)];
            return (Comment(answer[(answer.IndexOf('%', 1) + 1)..], format), double.Parse(percent, CultureInfo.InvariantCulture) / 100);
        }

        return (Comment(answer, format), fraction);
    }

    // An answer's own feedback follows a '#'; StudyDecks writes none, so only the answer is kept.
    private static string Comment(string answer, string format) => WithFormat(answer.Split('#', 2)[0].Trim(PhpSpace), format).Text;

    private static (string Format, string Text) WithFormat(string text, string defaultFormat)
    {
        var format = defaultFormat;
        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var end and > 0 && text[1..end] is "moodle" or "html" or "plain" or "markdown")
        {
            format = text[1..end];
            text = text[(end + 1)..];
        }

        return (format, Post(text).Trim(PhpSpace));
    }

    private static string Pre(string text)
    {
        text = text.Replace("\\\\", "&&092;", StringComparison.Ordinal);
        foreach (var (escaped, placeholder, _) in Escapes)
        {
            text = text.Replace(escaped, placeholder, StringComparison.Ordinal);
        }

        return text.Replace("&&092;", "\\", StringComparison.Ordinal);
    }

    private static string Post(string text)
    {
        foreach (var (_, placeholder, character) in Escapes)
        {
            text = text.Replace(placeholder, character, StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<List<string>> Blocks(string gift)
    {
        var block = new List<string>();
        foreach (var line in gift.Split('\n'))
        {
            if (line.Trim(PhpSpace).Length == 0)
            {
                if (block.Count > 0)
                {
                    yield return block;
                }

                block = [];
            }
            else
            {
                block.Add(line);
            }
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    [GeneratedRegex(@"^%\-*([0-9]{1,2})\.?([0-9]*)%")]
    private static partial Regex Weight();
}

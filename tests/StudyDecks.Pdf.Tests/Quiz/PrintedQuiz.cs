using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace StudyDecks.Pdf.Tests.Quiz;

/// <summary>
/// Reads a rendered quiz or key back with PdfPig, the way a reader sees it: questions by their bold number, options
/// by their bold letter, key rows by their number. Page furniture (under 8 pt) and headings (over 12 pt) are skipped.
/// </summary>
internal sealed partial class PrintedQuiz
{
    private const double QuestionSize = 10;

    private PrintedQuiz(IReadOnlyList<(double Width, double Height)> pages, IReadOnlyList<(int Page, IReadOnlyList<Word> Words)> lines)
    {
        Pages = pages;
        Lines = lines;
    }

    public IReadOnlyList<(double Width, double Height)> Pages { get; }

    /// <summary>Every line of body text in reading order, page after page, with its page index.</summary>
    public IReadOnlyList<(int Page, IReadOnlyList<Word> Words)> Lines { get; }

    /// <summary>All body text with white space removed, for "is this sentence printed" checks that ignore line breaks.</summary>
    public string Squeezed => Squeeze(string.Join(" ", Lines.Select(line => string.Join(" ", line.Words.Select(word => word.Text)))));

    public static PrintedQuiz Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<(double, double)>();
        var lines = new List<(int, IReadOnlyList<Word>)>();
        foreach (var page in document.GetPages())
        {
            var index = pages.Count;
            pages.Add((page.Width, page.Height));
            var words = page.GetWords().Where(word => Size(word) is >= 8 and <= 12).OrderByDescending(Baseline).ToList();
            var line = new List<Word>();
            foreach (var word in words)
            {
                if (line.Count > 0 && Math.Abs(Baseline(line[0]) - Baseline(word)) > 3)
                {
                    lines.Add((index, line.OrderBy(w => w.BoundingBox.Left).ToArray()));
                    line = [];
                }

                line.Add(word);
            }

            if (line.Count > 0)
            {
                lines.Add((index, line.OrderBy(w => w.BoundingBox.Left).ToArray()));
            }
        }

        return new PrintedQuiz(pages, lines);
    }

    public static string Squeeze(string text) => WhiteSpace().Replace(text, string.Empty);

    /// <summary>
    /// Each version's questions by number: the stem's words, the options by letter, and the pages the question's parts
    /// are printed on. A new version starts where the numbering starts again at 1.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<int, PrintedQuestion>> Versions()
    {
        var versions = new List<Dictionary<int, PrintedQuestion>>();
        PrintedQuestion? current = null;
        char? letter = null;
        foreach (var (page, words) in Lines)
        {
            foreach (var word in words)
            {
                if (IsSansBold(word) && QuestionNumber().Match(word.Text) is { Success: true } match)
                {
                    var number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (number == 1)
                    {
                        versions.Add([]);
                    }

                    current = new PrintedQuestion();
                    current.Pages.Add(page);
                    versions[^1][number] = current;
                    letter = null;
                }
                else if (current is not null && IsSansBold(word) && word.Text.Length == 1 && word.Text[0] is >= 'A' and <= 'D')
                {
                    letter = word.Text[0];
                    current.Options[letter.Value] = string.Empty;
                    current.Pages.Add(page);
                }
                else if (current is not null && !IsSans(word) && !IsItalic(word))
                {
                    if (letter is { } l)
                    {
                        current.Options[l] = (current.Options[l] + " " + word.Text).Trim();
                    }
                    else if (Math.Abs(Size(word) - QuestionSize) < 0.1)
                    {
                        // Stems are set at question size; the True/False labels beside a statement are smaller.
                        current.Stem = (current.Stem + " " + word.Text).Trim();
                        current.Pages.Add(page);
                    }
                }
            }
        }

        return versions;
    }

    /// <summary>Each version's key rows by question number: the key (letter, True/False or empty) and the answer text.</summary>
    public IReadOnlyList<IReadOnlyDictionary<int, (string Key, string Answer)>> KeyTables()
    {
        var tables = new List<Dictionary<int, (string Key, string Answer)>>();
        int? current = null;
        foreach (var (_, line) in Lines)
        {
            if (IsSansBold(line[0]) && int.TryParse(line[0].Text, out var number))
            {
                if (number == 1)
                {
                    tables.Add([]);
                }

                current = number;
                var key = line.Count > 1 && IsSansBold(line[1]) ? line[1].Text : string.Empty;
                tables[^1][number] = (key, AnswerWords(line.Skip(key.Length > 0 ? 2 : 1)));
            }
            else if (current is { } row && !IsSans(line[0]))
            {
                var (key, answer) = tables[^1][row];
                tables[^1][row] = (key, (answer + " " + AnswerWords(line)).Trim());
            }
        }

        return tables;
    }

    private static string AnswerWords(IEnumerable<Word> words) => string.Join(" ", words.Where(word => !IsSans(word) && !IsItalic(word)).Select(word => word.Text));

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static double Size(Word word) => word.Letters[0].PointSize;

    private static string FontOf(Word word) => word.Letters[0].FontName ?? string.Empty;

    private static bool IsSans(Word word) => FontOf(word).Contains("Sans", StringComparison.Ordinal);

    private static bool IsSansBold(Word word) => IsSans(word) && FontOf(word).Contains("Bold", StringComparison.Ordinal);

    private static bool IsItalic(Word word) => FontOf(word).Contains("Italic", StringComparison.Ordinal) || FontOf(word).Contains("Oblique", StringComparison.Ordinal);

    [GeneratedRegex(@"^(\d+)\.$")]
    private static partial Regex QuestionNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

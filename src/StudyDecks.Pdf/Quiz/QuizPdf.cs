using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Paging;
using StudyDecks.Pdf.Quiz.Document;
using StudyDecks.Pdf.Quiz.Planning;
using StudyDecks.Pdf.Rendering;

namespace StudyDecks.Pdf.Quiz;

/// <summary>Prints a deck as a quiz: plan the versions, compose the pages, draw them as PDF.</summary>
public static class QuizPdf
{
    /// <summary>Renders the quiz (and its separate key, if asked) to bytes; nothing is written anywhere.</summary>
    /// <exception cref="StudyDecksException">The deck cannot make the quiz asked for, or a card holds more than <see cref="PrintLimits"/> allow.</exception>
    /// <exception cref="LayoutException">Some content fits on no page.</exception>
    public static RenderedQuiz Render(Deck deck, QuizOptions options) => Render(deck, options, useSystemFonts: true);

    /// <summary>
    /// Renders the quiz, drawing characters the bundled fonts lack in the machine's fonts only when
    /// <paramref name="useSystemFonts"/> is set: tests that must not depend on what the machine has installed clear it.
    /// </summary>
    internal static RenderedQuiz Render(Deck deck, QuizOptions options, bool useSystemFonts)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(options);
        var plan = QuizPlanner.Plan(deck, options);
        PrintLimits.CheckDeckText("title", plan.Title);
        foreach (var source in plan.Sources)
        {
            PrintLimits.CheckDeckText("source id", source.Id);
        }

        var cards = plan.Versions[0].Questions.Select(question => question.Card).ToArray();
        foreach (var card in cards)
        {
            PrintLimits.Check(card);
        }

        var setup = options.Paper == Paper.Letter ? PageSetup.Letter : PageSetup.A4;
        var document = new QuizDocument(plan, options.AnswerKey);
        using var fonts = new FontSet(useSystemFonts);
        var warnings = MissingGlyphWarnings(cards, fonts);
        var context = new LayoutContext(new SkiaTextMeasurer(fonts));
        var (quiz, quizPages) = Draw(setup, document.Compose(), context, fonts, new PdfInfo(plan.Title, VersionsSubject(plan, "Quiz")));
        if (options.AnswerKey != AnswerKeyPlacement.Separate)
        {
            return new RenderedQuiz(plan, quiz, quizPages, null, 0) { Warnings = warnings };
        }

        var (key, keyPages) = Draw(setup, document.ComposeAnswerKeys(), context, fonts, new PdfInfo($"{plan.Title} — answer key", VersionsSubject(plan, "Answer key")));
        return new RenderedQuiz(plan, quiz, quizPages, key, keyPages) { Warnings = warnings };
    }

    /// <summary>One line for each card with characters no font can draw, which would print as empty boxes.</summary>
    private static string[] MissingGlyphWarnings(IEnumerable<Card> cards, FontSet fonts)
    {
        var warnings = new List<string>();
        foreach (var card in cards)
        {
            string?[] texts = [card.Context, card.Question, .. card.Options, .. card.Aliases];
            var missing = texts.OfType<string>().SelectMany(text => fonts.MissingCharacters(text, Typography.Question)).Distinct().ToArray();
            if (missing.Length > 0)
            {
                var listed = string.Join(", ", missing.Take(5).Select(codePoint => $"U+{codePoint:X4}")) + (missing.Length > 5 ? ", …" : string.Empty);
                warnings.Add($"card \"{card.Id}\": no font has {listed}; {(missing.Length == 1 ? "it prints as an empty box" : "they print as empty boxes")}");
            }
        }

        return [.. warnings];
    }

    private static (byte[] Bytes, int Pages) Draw(PageSetup setup, IReadOnlyList<Section> sections, LayoutContext context, FontSet fonts, PdfInfo info)
    {
        var pages = Paginator.Paginate(setup, sections, context);
        using var stream = new MemoryStream();
        PdfDocumentWriter.Write(stream, setup, pages, context, fonts, info);
        return (stream.ToArray(), pages.Count);
    }

    private static string VersionsSubject(QuizPlan plan, string what) => plan.Versions.Count == 1
        ? $"{what}, version A"
        : $"{what}, versions A–{plan.Versions[^1].Letter}";
}

using System.Text;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Pdf.Quiz;
using StudyDecks.Pdf.Quiz.Document;
using StudyDecks.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace StudyDecks.Pdf.Tests.Quiz;

/// <summary>Right-to-left questions, long questions and characters no font has, read back from the PDF.</summary>
public sealed class QuizPdfTextTests
{
    private const string Hebrew = "מהי עיר הבירה של ישראל לפי החוק";
    private const string Arabic = "ما هي عاصمة العراق";

    [Test]
    public void A_hebrew_question_reads_right_to_left_from_the_right_margin()
    {
        // Act
        using var pdf = PdfDocument.Open(Render(Question(Hebrew)).Quiz);
        var letters = StemLetters(pdf.GetPage(1));

        // Assert: left to right on the page, the letters are the question's backwards; the first word is rightmost.
        var visual = string.Concat(letters.Select(letter => letter.Value));
        Assert.That(visual, Is.EqualTo(Reversed(Hebrew.Replace(" ", string.Empty, StringComparison.Ordinal))));
        Assert.That(string.Concat(letters.TakeLast(3).Select(letter => letter.Value)), Is.EqualTo(Reversed("מהי")));
        Assert.That(letters[^1].EndBaseLine.X, Is.GreaterThan(595.276 - 51 - 2), "a right-to-left stem starts at the right margin");
    }

    [Test]
    public void Each_word_of_an_arabic_question_lies_left_of_the_word_before_it()
    {
        using var pdf = PdfDocument.Open(Render(Question(Arabic)).Quiz);

        // The PDF holds the joined (presentation) forms: fold them back to letters to find each word.
        var words = pdf.GetPage(1).GetWords()
            .Where(word => word.Letters.All(letter => Math.Abs(letter.PointSize - Typography.Question.Size) < 0.1 && IsRightToLeft(letter.Value)))
            .Select(word => (Text: Reversed(FoldArabic(word.Text)), word.BoundingBox.Left))
            .ToArray();

        var logical = Arabic.Split(' ');
        Assert.That(words.Select(word => word.Text), Is.EquivalentTo(logical));
        var lefts = logical.Select(text => words.Single(word => word.Text == text).Left).ToArray();
        Assert.That(lefts, Is.Ordered.Descending);
    }

    [Test]
    public void The_same_right_to_left_deck_and_seed_give_the_same_bytes()
    {
        var deck = Question(Hebrew) with { Cards = [.. Question(Hebrew).Cards, .. Question(Arabic).Cards.Select(card => card with { Id = card.Id + "-ar" })] };

        var first = QuizPdf.Render(deck, new QuizOptions(Versions: 2, Seed: 5));
        var second = QuizPdf.Render(deck, new QuizOptions(Versions: 2, Seed: 5));

        Assert.That(second.Quiz, Is.EqualTo(first.Quiz));
    }

    [Test]
    public void A_question_of_three_thousand_characters_is_printed_whole()
    {
        var question = LongText(3_000);

        var rendered = Render(Question(question));

        var printed = PrintedQuiz.Read(rendered.Quiz).Versions().Single()[1];
        Assert.That(PrintedQuiz.Squeeze(printed.Stem), Does.Contain(PrintedQuiz.Squeeze(PrintText.Typeset(question))));
    }

    [Test]
    public void A_question_longer_than_a_page_flows_on_to_the_next_pages_with_its_options_after_it()
    {
        var question = LongText(PrintLimits.QuestionCharacters);

        var rendered = Render(Question(question));

        var printed = PrintedQuiz.Read(rendered.Quiz).Versions().Single()[1];
        Assert.That(rendered.QuizPages, Is.GreaterThanOrEqualTo(3));
        Assert.That(printed.Pages.Distinct().Count(), Is.GreaterThanOrEqualTo(3));
        Assert.That(PrintedQuiz.Squeeze(printed.Stem), Does.Contain(PrintedQuiz.Squeeze(PrintText.Typeset(question))));
        Assert.That(printed.Options.Keys, Is.EquivalentTo(new[] { 'A', 'B', 'C', 'D' }));
    }

    [TestCase(PrintLimits.QuestionCharacters + 1)]
    [TestCase(1 << 20)]
    public void A_question_over_the_print_limit_is_refused_naming_its_card(int length)
    {
        var deck = Question(LongText(length));

        var error = Assert.Throws<StudyDecksException>(() => Render(deck));

        Assert.That(error!.Message, Does.StartWith($"card \"{deck.Cards[0].Id}\": the question has ").And.Contain("at most 20,000"));
    }

    [Test]
    public void An_option_over_the_print_limit_is_refused_naming_its_card()
    {
        var deck = Question("Which one?");
        var card = deck.Cards[0] with { Distractors = [LongText(PrintLimits.ShortTextCharacters + 1), .. deck.Cards[0].Distractors.Skip(1)] };

        var error = Assert.Throws<StudyDecksException>(() => Render(deck with { Cards = [card] }));

        Assert.That(error!.Message, Does.StartWith($"card \"{card.Id}\": the option has 1,001 characters"));
    }

    [Test]
    public void Many_short_aliases_count_as_the_key_prints_them()
    {
        var deck = Question("Which one?");
        var card = deck.Cards[0] with { Aliases = [.. Enumerable.Range(0, 400).Select(i => ((char)('a' + (i % 26))).ToString())] };

        var error = Assert.Throws<StudyDecksException>(() => Render(deck with { Cards = [card] }));

        Assert.That(error!.Message, Does.StartWith($"card \"{card.Id}\": the answer with its aliases has "));
    }

    [Test]
    public void A_title_over_the_print_limit_is_refused_before_layout()
    {
        var deck = Question("Which one?");

        var error = Assert.Throws<StudyDecksException>(() => QuizPdf.Render(deck, new QuizOptions(Title: new string('T', 1 << 20))));

        Assert.That(error!.Message, Is.EqualTo("the title has 1,048,576 characters; a printed title holds at most 1,000"));
    }

    [Test]
    public void Characters_no_font_has_give_one_warning_naming_the_card()
    {
        // Two unassigned code points of plane 3: no font maps them (a private-use one can be in a machine's fonts:
        // Asana Math, which auto-multiple-choice's TeX fonts bring, has U+10FFFD).
        var deck = Question("Which sign is \U0003FFFD or \U0003FFFC?");

        var rendered = Render(deck);

        Assert.That(rendered.Warnings, Is.EqualTo(new[] { $"card \"{deck.Cards[0].Id}\": no font has U+3FFFD, U+3FFFC; they print as empty boxes" }));
        Assert.That(Render(Question(Hebrew)).Warnings, Is.Empty);
    }

    private static RenderedQuiz Render(Deck deck) => QuizPdf.Render(deck, new QuizOptions(AnswerKey: AnswerKeyPlacement.None));

    private static Deck Question(string question)
    {
        var deck = SampleDecks.Coalition();
        var card = deck.Cards.First(card => card.Type == CardType.MultipleChoice) with { Question = question, Context = null };
        return deck with { Cards = [card] };
    }

    private static string LongText(int length)
    {
        var text = new StringBuilder(length + 100);
        while (text.Length < length)
        {
            text.Append("The coalition met in Rome to discuss the stabilisation of liberated areas. ");
        }

        return text.ToString(0, length);
    }

    /// <summary>The stem's right-to-left letters (question size, no sans), left to right as printed.</summary>
    private static Letter[] StemLetters(Page page) => page.Letters
        .Where(letter => Math.Abs(letter.PointSize - Typography.Question.Size) < 0.1 && IsRightToLeft(letter.Value))
        .OrderBy(letter => letter.StartBaseLine.X)
        .ToArray();

    private static bool IsRightToLeft(string value) => value.Length > 0 && value[0] is (>= '\u0590' and <= '\u06FF') or (>= '\uFB1D' and <= '\uFEFC');

    /// <summary>
    /// Arabic presentation forms B (U+FE80–U+FEF4) back to their letters: each letter has its isolated and final forms,
    /// and the joining ones their initial and medial forms too. (.NET without ICU does not normalise them.)
    /// </summary>
    private static string FoldArabic(string text)
    {
        (char Letter, int Forms)[] table =
        [
            ('\u0621', 1), ('\u0622', 2), ('\u0623', 2), ('\u0624', 2), ('\u0625', 2), ('\u0626', 4), ('\u0627', 2), ('\u0628', 4),
            ('\u0629', 2), ('\u062A', 4), ('\u062B', 4), ('\u062C', 4), ('\u062D', 4), ('\u062E', 4), ('\u062F', 2), ('\u0630', 2),
            ('\u0631', 2), ('\u0632', 2), ('\u0633', 4), ('\u0634', 4), ('\u0635', 4), ('\u0636', 4), ('\u0637', 4), ('\u0638', 4),
            ('\u0639', 4), ('\u063A', 4), ('\u0641', 4), ('\u0642', 4), ('\u0643', 4), ('\u0644', 4), ('\u0645', 4), ('\u0646', 4),
            ('\u0647', 4), ('\u0648', 2), ('\u0649', 2), ('\u064A', 4),
        ];
        var forms = new Dictionary<char, char>();
        var code = 0xFE80;
        foreach (var (letter, count) in table)
        {
            for (var i = 0; i < count; i++)
            {
                forms[(char)code++] = letter;
            }
        }

        return string.Concat(text.Select(c => forms.GetValueOrDefault(c, c)));
    }

    private static string Reversed(string text) => string.Concat(text.Reverse());
}

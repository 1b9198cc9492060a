using StudyDecks.Core.Decks;
using StudyDecks.Pdf.Quiz;
using StudyDecks.Pdf.Quiz.Document;
using StudyDecks.Testing;

namespace StudyDecks.Pdf.Tests.Quiz;

public sealed class QuizPdfTests
{
    [Test]
    public void Every_chosen_question_is_printed_in_full()
    {
        // Arrange
        var deck = SampleDecks.Large(60);

        // Act
        var rendered = QuizPdf.Render(deck, new QuizOptions(Count: 50, Seed: 3, AnswerKey: AnswerKeyPlacement.None));
        var printed = PrintedQuiz.Read(rendered.Quiz);
        var questions = printed.Versions().Single();

        // Assert
        Assert.That(questions.Keys, Is.EquivalentTo(Enumerable.Range(1, 50)));
        foreach (var question in rendered.Plan.Versions[0].Questions)
        {
            foreach (var piece in PrintText.Typeset(question.Card.Question).Split(Card.Blank))
            {
                Assert.That(PrintedQuiz.Squeeze(questions[question.Number].Stem), Does.Contain(PrintedQuiz.Squeeze(piece)), $"question {question.Number}");
            }
        }
    }

    [Test]
    public void Each_key_letter_points_at_the_option_that_holds_the_answer_in_every_version()
    {
        // Arrange
        var deck = SampleDecks.Large(40);

        // Act
        var rendered = QuizPdf.Render(deck, new QuizOptions(Versions: 3, Seed: 8, AnswerKey: AnswerKeyPlacement.Separate));
        var keys = PrintedQuiz.Read(rendered.AnswerKey!).KeyTables();
        var versions = PrintedQuiz.Read(rendered.Quiz).Versions();

        // Assert
        Assert.That(keys, Has.Count.EqualTo(3));
        Assert.That(versions, Has.Count.EqualTo(3));
        for (var v = 0; v < 3; v++)
        {
            foreach (var question in rendered.Plan.Versions[v].Questions.Where(question => question.HasOptions))
            {
                var (letter, answer) = keys[v][question.Number];
                Assert.That(letter, Has.Length.EqualTo(1), $"version {v}, question {question.Number}");
                Assert.That(versions[v][question.Number].Options[letter[0]], Is.EqualTo(answer).And.EqualTo(PrintText.Typeset(question.Card.Answer)), $"version {v}, question {question.Number}");
            }
        }
    }

    [Test]
    public void The_appendix_key_follows_each_version_in_the_same_file()
    {
        var rendered = QuizPdf.Render(SampleDecks.Large(30), new QuizOptions(Versions: 2, Seed: 4));

        var printed = PrintedQuiz.Read(rendered.Quiz);

        Assert.That(rendered.AnswerKey, Is.Null);
        Assert.That(printed.Versions(), Has.Count.EqualTo(2));
        Assert.That(printed.KeyTables().Where(table => table.Count == 30).ToArray(), Has.Length.EqualTo(2));
    }

    [Test]
    public void True_false_and_written_answers_are_in_the_key()
    {
        var rendered = QuizPdf.Render(SampleDecks.Coalition(), new QuizOptions(AnswerKey: AnswerKeyPlacement.Separate));

        var rows = PrintedQuiz.Read(rendered.AnswerKey!).KeyTables().Single();

        foreach (var question in rendered.Plan.Versions[0].Questions)
        {
            var expectedKey = question.AnswerLetter?.ToString() ?? (question.Card.Type == CardType.TrueFalse ? question.Card.Answer : string.Empty);
            Assert.That(rows[question.Number], Is.EqualTo((expectedKey, PrintText.Typeset(question.Card.Answer))), $"question {question.Number}");
        }
    }

    [Test]
    public void The_page_count_of_the_file_is_the_page_count_reported()
    {
        var rendered = QuizPdf.Render(SampleDecks.Large(60), new QuizOptions(Versions: 2));

        var printed = PrintedQuiz.Read(rendered.Quiz);

        Assert.That(printed.Pages, Has.Count.EqualTo(rendered.QuizPages));
        Assert.That(rendered.QuizPages, Is.InRange(8, 16));
    }

    [TestCase(Paper.A4, 595.3, 841.9)]
    [TestCase(Paper.Letter, 612, 792)]
    public void Pages_have_the_size_of_the_paper_asked_for(Paper paper, double width, double height)
    {
        var rendered = QuizPdf.Render(SampleDecks.Coalition(), new QuizOptions(Paper: paper));

        var printed = PrintedQuiz.Read(rendered.Quiz);

        Assert.That(printed.Pages, Has.All.Matches<(double Width, double Height)>(page => Math.Abs(page.Width - width) < 0.5 && Math.Abs(page.Height - height) < 0.5));
    }

    [Test]
    public void The_same_deck_and_seed_give_the_same_bytes()
    {
        var options = new QuizOptions(Count: 30, Versions: 2, Seed: 12);

        var first = QuizPdf.Render(SampleDecks.Large(60), options);
        var second = QuizPdf.Render(SampleDecks.Large(60), options);
        var other = QuizPdf.Render(SampleDecks.Large(60), options with { Seed = 13 });

        Assert.That(second.Quiz, Is.EqualTo(first.Quiz));
        Assert.That(other.Quiz, Is.Not.EqualTo(first.Quiz));
    }

    [Test]
    public void Curly_quotes_dashes_and_accented_names_come_back_as_written()
    {
        var deck = SampleDecks.Coalition();
        var card = deck.Cards[0] with { Question = "Which “Élysée” adviser – not Müller or Ołeksandr Dvořák – met Zoë Ní Bhriain in Ḥalab?" };

        var rendered = QuizPdf.Render(deck with { Cards = [card] }, new QuizOptions(AnswerKey: AnswerKeyPlacement.None));

        Assert.That(PrintedQuiz.Read(rendered.Quiz).Squeezed, Does.Contain(PrintedQuiz.Squeeze(card.Question)));
    }

    [Test]
    public void A_question_and_its_options_are_always_on_the_same_page()
    {
        var rendered = QuizPdf.Render(SampleDecks.Large(60), new QuizOptions(Versions: 2, AnswerKey: AnswerKeyPlacement.None));

        var versions = PrintedQuiz.Read(rendered.Quiz).Versions();

        Assert.That(versions.SelectMany(version => version.Values).Select(question => question.Pages.Count), Has.All.EqualTo(1));
        Assert.That(versions.SelectMany(version => version.Values).Select(question => question.Pages.Single()).Distinct().Count(), Is.GreaterThan(4));
    }

    [Test]
    public void Each_cards_context_line_is_printed_above_its_question_as_text()
    {
        var deck = SampleDecks.Coalition();

        var rendered = QuizPdf.Render(deck, new QuizOptions(AnswerKey: AnswerKeyPlacement.None));
        var printed = PrintedQuiz.Read(rendered.Quiz);

        foreach (var context in new[] { SampleDecks.RomeContext, SampleDecks.WashingtonContext, SampleDecks.TrickyContext })
        {
            Assert.That(printed.Squeezed, Does.Contain(PrintedQuiz.Squeeze(PrintText.Typeset(context))), context);
        }

        var question = rendered.Plan.Versions[0].Questions.First(question => question.Card.Context == SampleDecks.RomeContext);
        var stemStart = PrintedQuiz.Squeeze(PrintText.Typeset(question.Card.Question))[..12];
        var stemAt = printed.Squeezed.IndexOf(stemStart, StringComparison.Ordinal);
        var contextAt = printed.Squeezed.LastIndexOf(PrintedQuiz.Squeeze(SampleDecks.RomeContext), stemAt, StringComparison.Ordinal);
        Assert.That(contextAt, Is.GreaterThanOrEqualTo(0).And.LessThan(stemAt), "the context comes before its question");
    }

    [Test]
    public void A_run_of_questions_with_one_context_prints_it_once()
    {
        var deck = SampleDecks.Coalition();
        var cards = deck.Cards.Where(card => card.Type == CardType.MultipleChoice).Select(card => card with { Context = "One shared topic" }).ToArray();

        var rendered = QuizPdf.Render(deck with { Cards = cards }, new QuizOptions(AnswerKey: AnswerKeyPlacement.None));
        var squeezed = PrintedQuiz.Read(rendered.Quiz).Squeezed;

        Assert.That(cards, Has.Length.GreaterThan(1));
        Assert.That(squeezed.Split("Onesharedtopic").Length - 1, Is.EqualTo(1));
    }

    [Test]
    public void Cards_without_a_context_print_as_before()
    {
        var deck = SampleDecks.Coalition();
        var bare = deck with { Cards = [.. deck.Cards.Select(card => card with { Context = null })] };

        var printed = PrintedQuiz.Read(QuizPdf.Render(bare, new QuizOptions(AnswerKey: AnswerKeyPlacement.None)).Quiz);

        Assert.That(printed.Squeezed, Does.Not.Contain(PrintedQuiz.Squeeze(SampleDecks.RomeContext)));
        Assert.That(printed.Versions().Single(), Has.Count.EqualTo(deck.Cards.Count));
    }
}

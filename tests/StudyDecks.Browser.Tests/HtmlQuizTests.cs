using Microsoft.Playwright;
using StudyDecks.Testing;
using static Microsoft.Playwright.Assertions;

namespace StudyDecks.Browser.Tests;

/// <summary>The exported HTML quiz as a student uses it, in Chromium, opened from disk.</summary>
public sealed class HtmlQuizTests : BrowserFixture
{
    private const string Godfrey = "c0000000000a1";
    private const string Money = "c0000000000a2";
    private const string Sdf = "c0000000000a4";
    private const string Saudi = "c0000000000a5";
    private const string Tricky = "c0000000000a8";

    [Test]
    public async Task Opened_from_disk_every_card_is_a_section_and_nothing_is_refused_or_fails()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());

        var ids = await quiz.Page.Locator("section[data-card-id]").EvaluateAllAsync<string[]>("sections => sections.map(s => s.dataset.cardId)");

        Assert.That(ids, Is.EqualTo(SampleDecks.Coalition().Cards.Select(card => card.Id)));
        Assert.That(await quiz.Page.TitleAsync(), Is.EqualTo("Global Coalition to Defeat ISIS"));
        await Expect(quiz.Card(Godfrey).Locator(".context")).ToHaveTextAsync("Context: " + SampleDecks.RomeContext);
        await Expect(quiz.Page.Locator("#score")).ToHaveTextAsync("Score: 0 right of 0 answered — 8 questions");
        Assert.That(quiz.Errors, Is.Empty, "console errors or CSP violations");
    }

    [Test]
    public async Task A_right_choice_says_so_shows_the_answer_and_source_and_locks_the_card()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        var letter = await quiz.Option(Godfrey, "John Godfrey").GetAttributeAsync("data-letter");

        await quiz.Option(Godfrey, "John Godfrey").ClickAsync();
        await quiz.Option(Godfrey, "Antony Blinken").ClickAsync(new() { Force = true });

        var feedback = quiz.Card(Godfrey).Locator(".feedback");
        await Expect(feedback.Locator(".verdict")).ToHaveTextAsync("✓ Right.");
        await Expect(feedback.Locator(".answer")).ToHaveTextAsync($"Answer: {letter}) John Godfrey");
        await Expect(feedback.Locator(".source")).ToContainTextAsync("Acting US Special Envoy for the Global Coalition, John Godfrey, visited Erbil.");
        await Expect(quiz.Option(Godfrey, "John Godfrey").Locator(".mark")).ToHaveTextAsync("✓ your answer, right");
        await Expect(quiz.Option(Godfrey, "Antony Blinken")).ToHaveAttributeAsync("aria-disabled", "true");
        Assert.That(await quiz.ScoreAsync(), Does.StartWith("Score: 1 right of 1 answered"), "the second click changed nothing");
        await Expect(quiz.Page.Locator("#announcer")).ToHaveTextAsync($"Question 1: ✓ Right. The answer is {letter}) John Godfrey.");
    }

    [Test]
    public async Task A_wrong_choice_says_so_in_words_and_marks_the_right_option()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());

        await quiz.Option(Godfrey, "Antony Blinken").ClickAsync();

        await Expect(quiz.Card(Godfrey).Locator(".verdict")).ToHaveTextAsync("✗ Wrong.");
        await Expect(quiz.Option(Godfrey, "Antony Blinken").Locator(".mark")).ToHaveTextAsync("✗ your answer, wrong");
        await Expect(quiz.Option(Godfrey, "John Godfrey").Locator(".mark")).ToHaveTextAsync("✓ right answer");
        Assert.That(await quiz.ScoreAsync(), Does.StartWith("Score: 0 right of 1 answered"));
    }

    [Test]
    public async Task Typed_answers_are_matched_forgivingly_with_aliases_and_one_slip()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());

        await quiz.TypeAnswerAsync(Sdf, "  the syrian democratic forcs ");
        await quiz.TypeAnswerAsync(Tricky, "S.D.F.");

        await Expect(quiz.Card(Sdf).Locator(".verdict")).ToHaveTextAsync("✓ Right.");
        await Expect(quiz.Card(Sdf).Locator(".yours")).ToHaveTextAsync("You wrote: the syrian democratic forcs");
        await Expect(quiz.Card(Tricky).Locator(".verdict")).ToHaveTextAsync("✓ Right.");
        await Expect(quiz.Card(Sdf).Locator("input")).ToHaveAttributeAsync("readonly", string.Empty);
        Assert.That(await quiz.ScoreAsync(), Does.StartWith("Score: 2 right of 2 answered"));
    }

    [Test]
    public async Task A_wrong_or_given_up_typed_answer_shows_the_answer()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());

        await quiz.TypeAnswerAsync(Sdf, "Kurdish forces");
        await quiz.Card(Tricky).Locator("button.give-up").ClickAsync();

        await Expect(quiz.Card(Sdf).Locator(".verdict")).ToHaveTextAsync("✗ Wrong.");
        await Expect(quiz.Card(Sdf).Locator(".answer")).ToHaveTextAsync("Answer: Syrian Democratic Forces");
        await Expect(quiz.Card(Tricky).Locator(".verdict")).ToHaveTextAsync("✗ Not answered.");
        Assert.That(await quiz.ScoreAsync(), Does.StartWith("Score: 0 right of 2 answered"));
    }

    [Test]
    public async Task The_quiz_can_be_taken_with_the_keyboard_alone()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        var keyboard = quiz.Page.Keyboard;

        // Tab past the skip link to the first option; its focus ring shows.
        await keyboard.PressAsync("Tab");
        await keyboard.PressAsync("Tab");
        var focused = await quiz.Page.EvaluateAsync<string>("() => document.activeElement.closest('section').dataset.cardId + ' ' + document.activeElement.dataset.letter");
        var outline = await quiz.Page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.That(focused, Is.EqualTo(Godfrey + " A"));
        Assert.That(outline, Is.EqualTo("solid"), "visible focus");

        // A letter answers the card; Enter on "Next question" goes to the next card; T answers a true/false card.
        await keyboard.PressAsync("b");
        await Expect(quiz.Card(Godfrey).Locator("button.next")).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("c");
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("a");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("SDF");
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("t");

        await Expect(quiz.Card(Money).Locator(".option[aria-pressed='true'] .text")).ToHaveTextAsync("$168 million");
        await Expect(quiz.Card(Sdf).Locator(".verdict")).ToHaveTextAsync("✓ Right.");
        await Expect(quiz.Card(Saudi).Locator(".option[aria-pressed='true'] .text")).ToHaveTextAsync("True");
        Assert.That(await quiz.ScoreAsync(), Does.Match("^Score: [0-9] right of 5 answered"));
    }

    [Test]
    public async Task Numbers_keep_their_ascending_order_and_other_options_are_shuffled_on_each_visit()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        var orders = new HashSet<string>(StringComparer.Ordinal);

        for (var visit = 0; visit < 12; visit++)
        {
            await quiz.Page.ReloadAsync();
            Assert.That(await quiz.OptionsOf(Money), Is.EqualTo(new[] { "$120 million", "$148 million", "$168 million", "$210 million" }));
            Assert.That(await quiz.OptionsOf(Saudi), Is.EqualTo(new[] { "True", "False" }));
            orders.Add(string.Join('|', await quiz.OptionsOf(Godfrey)));
        }

        Assert.That(orders, Has.Count.GreaterThan(1), "twelve visits showed the person options in one order");
    }

    [Test]
    public async Task Try_again_clears_the_answers_and_the_score()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        await quiz.Option(Godfrey, "John Godfrey").ClickAsync();

        await quiz.Page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();

        await Expect(quiz.Card(Godfrey).Locator(".feedback")).ToBeHiddenAsync();
        await Expect(quiz.Option(Godfrey, "John Godfrey")).Not.ToHaveAttributeAsync("aria-disabled", "true");
        Assert.That(await quiz.ScoreAsync(), Does.StartWith("Score: 0 right of 0 answered"));
    }

    [Test]
    public async Task Deck_text_stays_text_and_runs_no_script()
    {
        var dialogs = 0;
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        quiz.Page.Dialog += (_, _) => dialogs++;
        await quiz.Card(Tricky).Locator("button.give-up").ClickAsync();

        await Expect(quiz.Card(Tricky).Locator(".question")).ToHaveTextAsync("Which <script>alert('x')</script> group & its \"allies\" held 43,000 people?");
        await Expect(quiz.Card(Tricky).Locator(".context")).ToHaveTextAsync("Context: " + SampleDecks.TrickyContext);
        await Expect(quiz.Card(Tricky).Locator(".source")).ToContainTextAsync("Tricky <b>markup</b> & \"quotes\" stay text, not HTML.");
        Assert.That(await quiz.Page.Locator("script").CountAsync(), Is.EqualTo(2), "the page's data block and its script");
        Assert.That(await quiz.Page.Locator("main b, main i, main script").CountAsync(), Is.Zero);
        Assert.That(dialogs, Is.Zero);
    }

    [Test]
    public async Task No_request_leaves_the_page_through_a_whole_quiz_and_a_download()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());

        await AnswerEveryCardAsync(quiz);
        await quiz.Page.RunAndWaitForDownloadAsync(() => quiz.Page.GetByRole(AriaRole.Button, new() { Name = "Download results" }).ClickAsync());
        await quiz.Page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();

        Assert.That(quiz.OutsideRequests, Is.Empty);
        Assert.That(quiz.Errors, Is.Empty);
    }

    [Test]
    public async Task The_end_summary_names_the_weakest_answer_kinds()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());

        await AnswerEveryCardAsync(quiz);

        await Expect(quiz.Page.Locator("#summary")).ToBeVisibleAsync();
        await Expect(quiz.Page.Locator("#summary-score")).ToHaveTextAsync("You got 5 of 8 right (63 %).");
        var kinds = await quiz.Page.Locator("#summary-kinds li").AllTextContentsAsync();
        Assert.That(kinds, Is.EqualTo(new[] { "Number: 0 of 1 right", "Organization: 0 of 1 right", "Person: 1 of 2 right" }));
        await Expect(quiz.Page.Locator("#summary-title")).ToBeFocusedAsync();
    }

    [Test]
    public async Task Printed_the_page_shows_questions_without_feedback_then_the_key()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        await quiz.Option(Godfrey, "John Godfrey").ClickAsync();
        var letter = await quiz.Option(Money, "$168 million").GetAttributeAsync("data-letter");

        await quiz.Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(quiz.Card(Godfrey).Locator(".feedback")).ToBeHiddenAsync();
        await Expect(quiz.Page.Locator("#answer-key")).ToBeVisibleAsync();
        var key = await quiz.Page.Locator("#key-list li").AllTextContentsAsync();
        Assert.That(key, Has.Count.EqualTo(8));
        Assert.That(key[1], Is.EqualTo($"{letter}) $168 million"));
        Assert.That(key[3], Is.EqualTo("Syrian Democratic Forces"));
    }

    /// <summary>Answers all eight cards: five right, the cloze number, the quote's person and the tricky organisation wrong.</summary>
    internal static async Task AnswerEveryCardAsync(QuizPage quiz)
    {
        await quiz.Option(Godfrey, "John Godfrey").ClickAsync();
        await quiz.Option(Money, "$168 million").ClickAsync();
        await quiz.Option("c0000000000a3", "90").ClickAsync();
        await quiz.TypeAnswerAsync(Sdf, "SDF");
        await quiz.Option(Saudi, "True").ClickAsync();
        await quiz.Option("c0000000000a6", "2017").ClickAsync();
        await quiz.Option("c0000000000a7", "John Godfrey").ClickAsync();
        await quiz.TypeAnswerAsync(Tricky, "Kurds");
    }
}

using Microsoft.Playwright;
using StudyDecks.Testing;

namespace StudyDecks.Browser.Tests;

/// <summary>The quiz on a phone and a desktop, in light and dark mode; each look is kept as a screenshot.</summary>
public sealed class LayoutTests : BrowserFixture
{
    /// <summary>A folder to keep the screenshots in; the test's work folder when unset.</summary>
    public const string ShotsVariable = "STUDYDECKS_SHOTS";

    [TestCase(390, 844, ColorScheme.Light)]
    [TestCase(390, 844, ColorScheme.Dark)]
    [TestCase(1280, 800, ColorScheme.Light)]
    [TestCase(1280, 800, ColorScheme.Dark)]
    public async Task The_page_fits_the_screen_and_follows_the_system_colour_scheme(int width, int height, ColorScheme scheme)
    {
        var options = new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme, IsMobile = width < 500, HasTouch = width < 500 };
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition(), options);
        var folder = Environment.GetEnvironmentVariable(ShotsVariable) is { Length: > 0 } chosen ? chosen : TestContext.CurrentContext.WorkDirectory;
        Directory.CreateDirectory(folder);
        var name = $"quiz-{width}-{scheme.ToString().ToLowerInvariant()}";
        await quiz.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + "-1-start.png") });
        await HtmlQuizTests.AnswerEveryCardAsync(quiz);
        await quiz.Page.Locator("section[data-card-id='c0000000000a7']").ScrollIntoViewIfNeededAsync();
        await quiz.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + "-2-answered.png") });
        await quiz.Page.Locator("#summary").ScrollIntoViewIfNeededAsync();
        await quiz.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + "-3-summary.png") });
        await quiz.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await quiz.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + "-4-print.png"), FullPage = true });
        await quiz.Page.EmulateMediaAsync(new() { Media = Media.Screen });

        var overflow = await quiz.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var background = await quiz.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var scoreTop = await quiz.Page.Locator("#score").EvaluateAsync<double>("score => score.getBoundingClientRect().top");

        Assert.That(overflow, Is.LessThanOrEqualTo(0), "no sideways scrolling");
        Assert.That(scoreTop, Is.Zero, "the running score stays in sight at the top");
        Assert.That(background, Is.EqualTo(scheme == ColorScheme.Dark ? "rgb(22, 23, 26)" : "rgb(251, 250, 247)"));
        Assert.That(quiz.Errors, Is.Empty);
    }
}

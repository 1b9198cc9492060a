using Microsoft.Playwright;
using StudyDecks.Core.Decks;
using StudyDecks.Export;
using StudyDecks.Testing;

namespace StudyDecks.Browser.Tests;

/// <summary>
/// One exported quiz opened from disk in a fresh browser context, with every request that is not for a <c>file:</c>
/// URL counted (and stopped), and every console error and CSP violation kept.
/// </summary>
internal sealed class QuizPage : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly IBrowserContext _context;

    private QuizPage(TempFolder folder, string path, IBrowserContext context, IPage page)
    {
        _folder = folder;
        Path = path;
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>The .quiz.html file.</summary>
    public string Path { get; }

    public string Folder => _folder.Path;

    /// <summary>Requests for anything but a <c>file:</c> URL: there must be none.</summary>
    public List<string> OutsideRequests { get; } = [];

    /// <summary>Console errors and page errors (a CSP violation is reported as one).</summary>
    public List<string> Errors { get; } = [];

    public static async Task<QuizPage> OpenAsync(IBrowser browser, Deck deck, BrowserNewContextOptions? options = null)
    {
        var folder = new TempFolder();
        var path = folder.File("quiz" + ExportFormat.Html.FileExtension);
        await using (var file = File.Create(path))
        {
            DeckExporter.For(ExportFormat.Html).Write(deck, file);
        }

        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var quiz = new QuizPage(folder, path, context, page);
        context.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                quiz.OutsideRequests.Add(request.Url);
            }
        };
        await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route => route.AbortAsync());
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                quiz.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => quiz.Errors.Add(error);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return quiz;
    }

    /// <summary>The section of card <paramref name="cardId"/>.</summary>
    public ILocator Card(string cardId) => Page.Locator($"section[data-card-id='{cardId}']");

    /// <summary>The option button of <paramref name="cardId"/> whose text is <paramref name="option"/>.</summary>
    public ILocator Option(string cardId, string option) =>
        Card(cardId).Locator("button.option").Filter(new LocatorFilterOptions { Has = Page.Locator(".text", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(option) + "$") }) });

    /// <summary>The options of a choice card in the order shown.</summary>
    public Task<IReadOnlyList<string>> OptionsOf(string cardId) => Card(cardId).Locator("button.option .text").AllTextContentsAsync();

    public async Task TypeAnswerAsync(string cardId, string text)
    {
        await Card(cardId).Locator("input").FillAsync(text);
        await Card(cardId).Locator("button.check").ClickAsync();
    }

    public Task<string> ScoreAsync() => Page.Locator("#score").InnerTextAsync();

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _folder.Dispose();
    }
}

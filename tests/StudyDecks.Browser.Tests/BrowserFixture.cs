using Microsoft.Playwright;

namespace StudyDecks.Browser.Tests;

/// <summary>One browser for every test of a class; each test opens its own context (no shared storage or state).</summary>
public abstract class BrowserFixture
{
    private IPlaywright? _playwright;

    protected IBrowser Browser { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task LaunchBrowser() => (_playwright, Browser) = await SystemChromium.LaunchAsync();

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

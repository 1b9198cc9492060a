using Microsoft.Playwright;

namespace StudyDecks.Browser.Tests;

/// <summary>
/// Debian's Chromium, driven by Playwright's driver from its NuGet package: nothing is downloaded, and the tests are
/// ignored, saying why, on a machine without that browser (.ci/run installs it, so CI always runs them).
/// </summary>
internal static class SystemChromium
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Names another Chromium to use instead of <see cref="DefaultPath"/>.</summary>
    public const string PathVariable = "STUDYDECKS_CHROMIUM";

    // No sandbox (CI runs as root), no GPU, and none of the background traffic a fresh profile starts.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } chosen ? chosen : DefaultPath;

    /// <summary>Starts Playwright and the browser, or ignores the calling test when there is no browser.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Ignore($"No Chromium at {ExecutablePath}: install Debian's (apt-get install chromium) or set {PathVariable}. The browser tests of the HTML quiz did not run.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}

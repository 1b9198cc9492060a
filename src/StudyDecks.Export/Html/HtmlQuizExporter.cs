using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Html;

/// <summary>
/// Writes a one-file quiz for the browser: the page, its style sheet, its script and the deck's cards (as JSON data,
/// never as markup) in a single UTF-8 HTML file that works opened from disk, offline.
/// </summary>
/// <remarks>
/// The page's Content-Security-Policy allows only the inline style and script it carries (by their SHA-256) and no
/// connection, image, font or frame at all, so even a mistake in the script could not load or send anything. Deck text
/// reaches the page only as JSON inside <c>&lt;script type="application/json"&gt;</c> and is put on screen with
/// <c>textContent</c>. The bytes depend on the deck alone: options are shuffled in the browser, on each visit.
/// </remarks>
public sealed partial class HtmlQuizExporter : DeckExporter
{
    private const string ResourcePrefix = "StudyDecks.Export.Html.";

    private static readonly Lazy<string> Template = new(() => Resource("quiz.html"));
    private static readonly Lazy<string> Style = new(() => Resource("quiz.css"));
    private static readonly Lazy<string> Script = new(() => Resource("quiz.js"));

    /// <inheritdoc />
    public override ExportFormat Format => ExportFormat.Html;

    /// <inheritdoc />
    public override void Write(Deck deck, Stream output)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(output);
        var page = Render(deck);
        output.Write(Encoding.UTF8.GetBytes(page));
    }

    /// <summary>The whole page for <paramref name="deck"/>.</summary>
    public static string Render(Deck deck)
    {
        ArgumentNullException.ThrowIfNull(deck);
        var style = Style.Value;
        var script = Script.Value;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["csp"] = $"default-src 'none'; style-src '{Hash(style)}'; script-src '{Hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'",
            ["title"] = WebUtility.HtmlEncode(deck.Title),
            ["style"] = style,
            ["script"] = script,
            ["data"] = QuizData.ToJson(deck),
        };

        // One pass over the template's own placeholders: a title or card that reads "{{script}}" stays text.
        return Placeholder().Replace(Template.Value, match => values[match.Groups[1].Value]);
    }

    /// <summary>The CSP source expression that allows exactly this inline text.</summary>
    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlQuizExporter).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // Resources are checked out with whatever line ends git chose; the page is the same on every machine.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\{(csp|title|style|script|data)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}

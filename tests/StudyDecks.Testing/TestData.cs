using StudyDecks.Core.Articles;

namespace StudyDecks.Testing;

/// <summary>
/// The articles bundled with the tests (copied next to the test assembly), so the tests need nothing outside the clone.
/// Public articles are in <c>TestData/articles</c> with their attribution in <c>SOURCES.md</c>; the two seed articles,
/// the same files as <c>decks/articles</c>, are in <c>TestData/seed</c>.
/// </summary>
public static class TestData
{
    /// <summary>Folder holding the bundled test data.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestData");

    /// <summary>The JSON Schema of the deck format, <c>decks/deck.schema.json</c>.</summary>
    public static string DeckSchemaPath => Path.Combine(Folder, "deck.schema.json");

    /// <summary>Folder of the two seed articles.</summary>
    public static string SeedFolder => Path.Combine(Folder, "seed");

    /// <summary>Folder of the public sample articles.</summary>
    public static string ArticlesFolder => Path.Combine(Folder, "articles");

    /// <summary>The corpus of nasty inputs (deep nesting, UTF-16, escape codes, …); its README says what each file is for.</summary>
    public static string NastyFolder => Path.Combine(Folder, "nasty");

    /// <summary>The path of one file of the nasty-input corpus.</summary>
    public static string Nasty(string name) => Path.Combine(NastyFolder, name);

    /// <summary>Paths of the two seed articles, in name order.</summary>
    public static IReadOnlyList<string> SeedArticlePaths => Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Paths of every bundled article (public ones, then the seeds), in name order.</summary>
    public static IReadOnlyList<string> AllArticlePaths =>
        [.. Directory.GetFiles(ArticlesFolder, "*.txt").Order(StringComparer.Ordinal), .. SeedArticlePaths];

    /// <summary>Reads one bundled article.</summary>
    public static Article Load(string path)
    {
        using var stream = File.OpenRead(path);
        return ArticleReader.Read(stream, path);
    }

    /// <summary>The two seed articles, read.</summary>
    public static IReadOnlyList<Article> SeedArticles() => SeedArticlePaths.Select(Load).ToArray();

    /// <summary>Every bundled article, read.</summary>
    public static IReadOnlyList<Article> AllArticles() => AllArticlePaths.Select(Load).ToArray();
}

using StudyDecks.Core.Articles;
using StudyDecks.Core.Errors;

namespace StudyDecks.Cli.Files;

/// <summary>Finds and reads the articles named on the command line: files, or folders of them.</summary>
internal static class ArticleInputs
{
    /// <summary>The folder of bundled articles used when a command is given no inputs.</summary>
    public const string DefaultFolder = "decks/articles";

    /// <summary>Expands <paramref name="inputs"/> to article files (folders: their readable files, in name order, not recursive).</summary>
    /// <exception cref="StudyDecksException">An input does not exist, or a folder holds no article.</exception>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> inputs, CliEnvironment environment)
    {
        var names = inputs.Count > 0 ? inputs : [DefaultFolder];
        var files = new List<string>();
        foreach (var name in names)
        {
            if (StandardStreams.IsDash(name))
            {
                files.Add(name);
                continue;
            }

            var path = environment.Resolve(name);
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path)
                    .Where(file => ArticleReader.FormatOf(file) is not null && !Path.GetFileName(file).StartsWith('.'))
                    .Where(file => !Path.GetFileName(file).Equals("SOURCES.md", StringComparison.OrdinalIgnoreCase)
                        && !Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                if (found.Length == 0)
                {
                    throw StudyDecksException.InSource(name, "the folder holds no article (.txt, .md, .html)");
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw StudyDecksException.InSource(name, inputs.Count > 0 ? "no such file or folder" : "no such folder; name the article files or folders to read");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>How an input is named in messages: its path, or <c>&lt;stdin&gt;</c>.</summary>
    public static string Display(string file, CliEnvironment environment) =>
        StandardStreams.IsDash(file) ? StandardStreams.InputName : environment.Display(file);

    /// <summary>
    /// Reads every file, failing on the first unusable one with a message that names it. The article on standard input
    /// (<c>-</c>) takes its id from <paramref name="title"/>, as it has no file name.
    /// </summary>
    public static IReadOnlyList<Article> Read(IReadOnlyList<string> files, CliEnvironment environment, string? title = null)
    {
        var articles = new List<Article>(files.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var shown = Display(file, environment);
            var article = StandardStreams.IsDash(file) ? ReadStandardInput(environment, shown, title) : ReadFile(file, shown);

            // Two inputs with the same file name in different folders still need distinct ids.
            var id = article.Id;
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{article.Id}-{n}";
            }

            articles.Add(article with { Id = id });
        }

        return articles;
    }

    private static Article ReadFile(string file, string shown)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > ArticleReader.MaxBytes)
            {
                throw StudyDecksException.InSource(shown, ErrorMessages.ArticleTooLarge(length, ArticleReader.MaxBytes));
            }

            // Read through a bounded stream, not by the reported size: /dev/zero or a FIFO reports none.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return ArticleReader.Read(stream, shown);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw StudyDecksException.InSource(shown, "cannot read the file: " + exception.Message, exception);
        }
    }

    /// <summary>Standard input, read whole (up to the article limit); its id is the title's slug.</summary>
    private static Article ReadStandardInput(CliEnvironment environment, string shown, string? title)
    {
        try
        {
            using var input = environment.OpenInput();
            return ArticleReader.ReadUnnamed(input, shown, OutputPaths.Slug(title ?? string.Empty));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw StudyDecksException.InSource(shown, "cannot read standard input: " + exception.Message, exception);
        }
    }
}

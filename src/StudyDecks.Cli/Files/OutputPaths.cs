using System.Text;
using StudyDecks.Core.Errors;

namespace StudyDecks.Cli.Files;

/// <summary>Where commands write when the user names no output path.</summary>
internal static class OutputPaths
{
    /// <summary>The default output folder, relative to the working folder.</summary>
    public const string DefaultFolder = "output";

    /// <summary>A file-name-safe slug of a title: lower case ASCII letters and digits joined by dashes, at most 60 characters.</summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 60)
        {
            slug = slug[..60];
            var cut = slug.LastIndexOf('-');
            slug = cut > 20 ? slug[..cut] : slug;
        }

        return slug.Length == 0 ? "deck" : slug;
    }

    /// <summary>The default path of a file named after <paramref name="title"/> with <paramref name="extension"/> in the output folder.</summary>
    public static string InOutputFolder(CliEnvironment environment, string title, string extension) =>
        Path.Combine(environment.Resolve(DefaultFolder), Slug(title) + extension);

    /// <summary>An output path the user typed, made absolute; <c>-</c> (standard output) stays as it is.</summary>
    public static string Resolve(CliEnvironment environment, string path) =>
        StandardStreams.IsDash(path) ? path : environment.Resolve(path);

    /// <summary>How an output path is named in messages; standard output is <c>&lt;stdout&gt;</c>.</summary>
    public static string Display(CliEnvironment environment, string path) =>
        StandardStreams.IsDash(path) ? StandardStreams.OutputName : environment.Display(path);

    /// <summary>A deck file's name without its <c>.deck.json</c> (or other) extension, for naming what is made from it.</summary>
    public static string StemOf(string deckPath)
    {
        var name = Path.GetFileName(deckPath);
        return name.EndsWith(DeckFiles.Extension, StringComparison.OrdinalIgnoreCase)
            ? name[..^DeckFiles.Extension.Length]
            : Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>Refuses to write <paramref name="output"/> when it is one of the <paramref name="inputs"/> (or a link to one).</summary>
    /// <exception cref="StudyDecksException">The output would replace an input.</exception>
    public static void RefuseInput(string output, IReadOnlyList<string> inputs, CliEnvironment environment)
    {
        if (StandardStreams.IsDash(output))
        {
            return;
        }

        var target = Canonical(output);
        if (inputs.Any(input => PathsEqual(Canonical(input), target)))
        {
            throw StudyDecksException.InSource(environment.Display(output), "is one of the inputs; writing it would replace the article. Choose another -o");
        }
    }

    /// <summary>
    /// Refuses to write into a folder that holds an input: the next run over that folder would read the exports
    /// (<c>.anki.txt</c> is a <c>.txt</c>) as articles.
    /// </summary>
    /// <exception cref="StudyDecksException">The folder holds an input.</exception>
    public static void RefuseInputFolder(string folder, IReadOnlyList<string> inputs, CliEnvironment environment)
    {
        var target = Canonical(folder);
        if (inputs.Any(input => PathsEqual(Canonical(Path.GetDirectoryName(Path.GetFullPath(input))!), target)))
        {
            throw StudyDecksException.InSource(environment.Display(folder), "holds the input articles; the next run would read the exports as articles. Choose another -o folder");
        }
    }

    /// <summary>The full path with symbolic links followed, as far as they exist.</summary>
    public static string Canonical(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(full);
        if (parent is null)
        {
            return full;
        }

        // Resolve the folder first so that a linked folder and its target compare equal; then the last part.
        var resolved = Path.Combine(Canonical(parent), Path.GetFileName(full));
        try
        {
            FileSystemInfo info = Directory.Exists(resolved) ? new DirectoryInfo(resolved) : new FileInfo(resolved);
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? Canonical(target.FullName)
                : resolved;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return resolved;
        }
    }

    private static bool PathsEqual(string first, string second) =>
        string.Equals(first, second, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

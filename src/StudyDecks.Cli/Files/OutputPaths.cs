using System.Text;

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

    /// <summary>A deck file's name without its <c>.deck.json</c> (or other) extension, for naming what is made from it.</summary>
    public static string StemOf(string deckPath)
    {
        var name = Path.GetFileName(deckPath);
        return name.EndsWith(DeckFiles.Extension, StringComparison.OrdinalIgnoreCase)
            ? name[..^DeckFiles.Extension.Length]
            : Path.GetFileNameWithoutExtension(name);
    }
}

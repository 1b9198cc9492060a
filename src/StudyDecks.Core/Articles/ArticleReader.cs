using System.Security.Cryptography;
using System.Text;
using StudyDecks.Core.Errors;

namespace StudyDecks.Core.Articles;

/// <summary>
/// Turns the bytes of an article file into an <see cref="Article"/>, choosing the reader by the file's extension.
/// </summary>
/// <remarks>
/// Rejects, with a <see cref="StudyDecksException"/> naming the file: empty input, binary input (NUL bytes),
/// text that is not UTF-8, input over <see cref="MaxBytes"/>, and an unknown extension. A UTF-8 BOM is allowed.
/// </remarks>
public static class ArticleReader
{
    /// <summary>The largest article accepted, in bytes (2 MB).</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file extensions (lower case, with the dot) that name a readable article.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>The format a file name's extension names, or <see langword="null"/> if StudyDecks does not read it.</summary>
    public static ArticleFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" => ArticleFormat.PlainText,
        ".md" or ".markdown" => ArticleFormat.Markdown,
        ".html" or ".htm" => ArticleFormat.Html,
        _ => null,
    };

    /// <summary>Reads an article from a stream of its bytes.</summary>
    /// <param name="stream">The file's bytes; read to the end, at most <see cref="MaxBytes"/> + 1 of them.</param>
    /// <param name="fileName">The file's name or path: gives the article id and format, and names it in errors.</param>
    /// <exception cref="StudyDecksException">The input is unusable (see remarks).</exception>
    public static Article Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                var total = buffer.Length + Drain(stream, chunk);
                throw StudyDecksException.InSource(fileName, ErrorMessages.ArticleTooLarge(total, MaxBytes));
            }
        }

        return Read(buffer.ToArray(), fileName);
    }

    /// <summary>Reads an article from its bytes.</summary>
    /// <exception cref="StudyDecksException">The input is unusable (see remarks).</exception>
    public static Article Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(fileName);
        var format = FormatOf(fileName) ?? throw StudyDecksException.InSource(fileName, ErrorMessages.UnsupportedArticleFormat);
        if (bytes.Length > MaxBytes)
        {
            throw StudyDecksException.InSource(fileName, ErrorMessages.ArticleTooLarge(bytes.Length, MaxBytes));
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw StudyDecksException.InSource(fileName, ErrorMessages.BinaryArticle);
        }

        var text = Decode(bytes, fileName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw StudyDecksException.InSource(fileName, ErrorMessages.EmptyArticle);
        }

        var id = IdOf(fileName);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var article = format switch
        {
            ArticleFormat.Markdown => MarkdownArticleReader.Read(text, id, sha256),
            ArticleFormat.Html => HtmlArticleReader.Read(text, id, sha256),
            _ => PlainTextArticleReader.Read(text, id, sha256),
        };

        return article.Blocks.Count == 0
            ? throw StudyDecksException.InSource(fileName, ErrorMessages.ArticleWithoutBody)
            : article;
    }

    /// <summary>The article id a file name gives: its name without extension, lower case, in letters, digits and dashes.</summary>
    public static string IdOf(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var id = builder.ToString().Trim('-');
        return id.Length == 0 ? "article" : id;
    }

    private static string Decode(byte[] bytes, string fileName)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException exception)
        {
            throw StudyDecksException.InSource(fileName, ErrorMessages.UndecodableArticle, exception);
        }
    }

    private static long Drain(Stream stream, byte[] chunk)
    {
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
        }

        return total;
    }
}

using System.Security.Cryptography;
using System.Text;
using StudyDecks.Core.Errors;

namespace StudyDecks.Core.Articles;

/// <summary>
/// Turns the bytes of an article file into an <see cref="Article"/>, choosing the reader by the file's extension.
/// </summary>
/// <remarks>
/// Rejects, with a <see cref="StudyDecksException"/> naming the file: empty input, binary input (NUL bytes),
/// text that is not UTF-8 (or UTF-16 with its byte order mark), input over <see cref="MaxBytes"/>, and an unknown
/// extension. A UTF-8 BOM is allowed.
/// </remarks>
public static class ArticleReader
{
    /// <summary>The largest article accepted, in bytes (2 MB).</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

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
    /// <param name="stream">The file's bytes; read at most <see cref="MaxBytes"/> + 1 of them, so an endless stream
    /// (a device, a pipe that never closes) is refused once it passes the limit instead of filling the memory.</param>
    /// <param name="fileName">The file's name or path: gives the article id and format, and names it in errors.</param>
    /// <exception cref="StudyDecksException">The input is unusable (see remarks).</exception>
    public static Article Read(Stream stream, string fileName) =>
        Read(ReadBounded(stream, fileName), fileName);

    /// <summary>
    /// Reads an article that has no file name to give its format and id, such as standard input. Its format is guessed
    /// from how it starts: HTML with a tag, Markdown with a <c># heading</c> or <c>---</c> front matter, else plain text.
    /// </summary>
    /// <param name="stream">The article's bytes, read as for <see cref="Read(Stream, string)"/>.</param>
    /// <param name="sourceName">Names the input in errors (<c>&lt;stdin&gt;</c>).</param>
    /// <param name="id">The article's id.</param>
    /// <exception cref="StudyDecksException">The input is unusable (see remarks).</exception>
    public static Article ReadUnnamed(Stream stream, string sourceName, string id)
    {
        var bytes = ReadBounded(stream, sourceName);
        return Read(bytes, sourceName, GuessFormat(bytes), id);
    }

    /// <summary>The format text without a file name seems to be in, from its first characters.</summary>
    public static ArticleFormat GuessFormat(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.TrimStart((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        return start.StartsWith("<"u8) ? ArticleFormat.Html
            : start.StartsWith("# "u8) || start.StartsWith("---"u8) ? ArticleFormat.Markdown
            : ArticleFormat.PlainText;
    }

    /// <summary>Reads an article from its bytes.</summary>
    /// <exception cref="StudyDecksException">The input is unusable (see remarks).</exception>
    public static Article Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var format = FormatOf(fileName) ?? throw StudyDecksException.InSource(fileName, ErrorMessages.UnsupportedArticleFormat);
        return Read(bytes, fileName, format, IdOf(fileName));
    }

    private static byte[] ReadBounded(Stream stream, string sourceName) =>
        BoundedInput.ReadAll(stream, MaxBytes) ?? throw StudyDecksException.InSource(sourceName, ErrorMessages.ArticleOverLimit(MaxBytes));

    private static Article Read(byte[] bytes, string fileName, ArticleFormat format, string id)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxBytes)
        {
            throw StudyDecksException.InSource(fileName, ErrorMessages.ArticleTooLarge(bytes.Length, MaxBytes));
        }

        var text = Decode(bytes, fileName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw StudyDecksException.InSource(fileName, ErrorMessages.EmptyArticle);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (format == ArticleFormat.Html && HtmlNesting.IsTooDeep(text))
        {
            throw StudyDecksException.InSource(fileName, ErrorMessages.HtmlTooDeep(HtmlNesting.MaximumDepth));
        }

        Article article;
        try
        {
            article = format switch
            {
                ArticleFormat.Markdown => MarkdownArticleReader.Read(text, id, sha256),
                ArticleFormat.Html => HtmlArticleReader.Read(text, id, sha256),
                _ => PlainTextArticleReader.Read(text, id, sha256),
            };
        }
        catch (ArgumentException exception) when (format == ArticleFormat.Markdown)
        {
            // Markdig refuses elements nested past its depth limit, with a message that names no file.
            throw StudyDecksException.InSource(fileName, ErrorMessages.MarkdownTooDeep, exception);
        }


        if (article.Blocks.Count == 0)
        {
            throw StudyDecksException.InSource(fileName, ErrorMessages.ArticleWithoutBody);
        }

        // A header that gives no date may still name an address that does: ".../statements-releases/2022/03/11/...".
        return article.Published is null && PublishedDate.FromAddress(article.Origin) is { } addressDate
            ? article with { Published = addressDate }
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

    /// <summary>The text of the bytes: UTF-8 (with or without its BOM), or UTF-16 with its BOM.</summary>
    private static string Decode(byte[] bytes, string fileName)
    {
        var span = bytes.AsSpan();
        Encoding encoding = StrictUtf8;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            span = span[2..];
            encoding = StrictUtf16LittleEndian;
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            span = span[2..];
            encoding = StrictUtf16BigEndian;
        }
        else if (span.Contains((byte)0))
        {
            throw StudyDecksException.InSource(fileName, LooksLikeUtf16(span) ? ErrorMessages.Utf16WithoutBom : ErrorMessages.BinaryArticle);
        }

        string text;
        try
        {
            text = encoding.GetString(span);
        }
        catch (DecoderFallbackException exception)
        {
            throw StudyDecksException.InSource(fileName, encoding == StrictUtf8 ? ErrorMessages.UndecodableArticle : ErrorMessages.UndecodableUtf16Article, exception);
        }

        return text.Contains('\0', StringComparison.Ordinal)
            ? throw StudyDecksException.InSource(fileName, ErrorMessages.BinaryArticle)
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>Text in UTF-16 without a BOM: every other byte is zero (Latin text), and the zeros sit all on one side.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        return (evenZeros == 0 && oddZeros * 10 >= pairs * 9) || (oddZeros == 0 && evenZeros * 10 >= pairs * 9);
    }
}

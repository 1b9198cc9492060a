using System.Text;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Generation;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Articles;

/// <summary>Issue 13, inputs: hostile or odd articles end in an article or a one-line error naming the file.</summary>
public sealed class HostileArticleTests
{
    private static Article ReadNasty(string name) => ArticleReader.Read(File.ReadAllBytes(TestData.Nasty(name)), name);

    [Test]
    public void Deeply_nested_emphasis_is_read_without_exhausting_the_stack()
    {
        var article = ReadNasty("deep-emphasis.md");

        Assert.That(article.Text, Does.Contain("Rome in 2021."));
    }

    [TestCase("deep-links.md")]
    [TestCase("deep-quotes.md")]
    public void Markdown_nested_past_the_parsers_limit_is_refused_naming_the_file(string name)
    {
        var error = Assert.Throws<StudyDecksException>(() => ReadNasty(name));

        Assert.That(error!.Message, Is.EqualTo($"{name}: {ErrorMessages.MarkdownTooDeep}"));
    }

    [Test]
    public void Html_nested_a_hundred_thousand_deep_is_refused_at_once_naming_the_file()
    {
        var error = Assert.Throws<StudyDecksException>(() => ReadNasty("deep-nesting.html"));

        Assert.That(error!.Message, Is.EqualTo("deep-nesting.html: " + ErrorMessages.HtmlTooDeep(HtmlNesting.MaximumDepth)));
    }

    [Test]
    public void Html_nested_as_deep_as_real_pages_is_read()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><section>", 100)) + "<p>Rome is in Italy.</p><p>Unclosed<p>paragraphs<br><li>and items"
            + string.Concat(Enumerable.Repeat("</section></div>", 100)) + "</body></html>";

        var article = ArticleReader.Read(Encoding.UTF8.GetBytes(html), "page.html");

        Assert.That(article.Text, Does.Contain("Rome is in Italy."));
    }

    [Test]
    public void Utf16_with_a_byte_order_mark_is_read_as_text()
    {
        var article = ReadNasty("utf16-bom.txt");

        Assert.That(article.Title, Is.EqualTo("Rome and Paris"));
        Assert.That(article.Text, Does.Contain("The Pope met 120 bishops in Rome in 2021."));
    }

    [Test]
    public void Big_endian_utf16_with_a_byte_order_mark_is_read_as_text()
    {
        var bytes = new UnicodeEncoding(bigEndian: true, byteOrderMark: true).GetPreamble()
            .Concat(Encoding.BigEndianUnicode.GetBytes("Title\n\nRome is in Italy.\n")).ToArray();

        Assert.That(ArticleReader.Read(bytes, "a.txt").Text, Does.Contain("Rome is in Italy."));
    }

    [Test]
    public void Utf16_without_a_byte_order_mark_is_called_utf16_not_binary()
    {
        var error = Assert.Throws<StudyDecksException>(() => ReadNasty("utf16-no-bom.txt"));

        Assert.That(error!.Message, Is.EqualTo("utf16-no-bom.txt: " + ErrorMessages.Utf16WithoutBom));
    }

    [Test]
    public void A_binary_file_is_still_called_binary()
    {
        var error = Assert.Throws<StudyDecksException>(() => ReadNasty("binary.txt"));

        Assert.That(error!.Message, Is.EqualTo("binary.txt: " + ErrorMessages.BinaryArticle));
    }

    [Test]
    public void Terminal_escape_codes_are_dropped_from_the_article_text()
    {
        var article = ReadNasty("escape-codes.txt");

        Assert.That(article.Title + article.Text, Has.None.Matches<char>(char.IsControl).Or.Matches<char>(c => c == '\n'));
        Assert.That(article.Title, Is.EqualTo("Escapes ]0;PWNED"));
    }

    [Test]
    public void An_endless_stream_is_refused_once_it_passes_the_limit()
    {
        using var endless = new EndlessStream();

        var error = Assert.Throws<StudyDecksException>(() => ArticleReader.Read(endless, "zero.txt"));

        Assert.That(error!.Message, Is.EqualTo("zero.txt: " + ErrorMessages.ArticleOverLimit(ArticleReader.MaxBytes)));
        Assert.That(endless.BytesRead, Is.LessThanOrEqualTo(ArticleReader.MaxBytes + 1));
    }

    [Test]
    public void A_stream_of_exactly_the_limit_is_read()
    {
        var body = "Title\n\n" + new string('a', (int)ArticleReader.MaxBytes - 8) + "\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        Assert.That(ArticleReader.Read(stream, "big.txt").Title, Is.EqualTo("Title"));
    }

    [Test]
    public void A_long_run_of_numbers_without_a_sentence_end_gives_no_sentence_and_finishes()
    {
        var article = ReadNasty("numbers-in-lines.txt");

        var deck = DeckGenerator.Generate([article], new GenerationOptions("Numbers", 1));

        Assert.That(deck.Cards, Is.Empty);
    }

    /// <summary>Like <c>/dev/zero</c>: never ends, counts what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

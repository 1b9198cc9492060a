using System.Text;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Errors;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Articles;

public sealed partial class ArticleReaderTests
{
    private static Article Read(string text, string fileName) => ArticleReader.Read(Encoding.UTF8.GetBytes(text), fileName);

    [Test]
    public void Plain_text_takes_the_title_from_line_one_and_the_origin_from_the_source_line()
    {
        var article = Read("A Title\nSource: https://example.org/a (license: CC BY)\n\nFirst paragraph.\n\nSecond paragraph.\n", "news/a-title.txt");

        Assert.That(article.Id, Is.EqualTo("a-title"));
        Assert.That(article.Title, Is.EqualTo("A Title"));
        Assert.That(article.Origin, Is.EqualTo("https://example.org/a (license: CC BY)"));
        Assert.That(article.Format, Is.EqualTo(ArticleFormat.PlainText));
        Assert.That(article.Blocks.Select(article.TextOf), Is.EqualTo(new[] { "First paragraph.", "Second paragraph." }));
    }

    [TestCase("He received two grants from DARPA.[27] He led the lab.", "He received two grants from DARPA. He led the lab.")]
    [TestCase("Ambrosius refused,[6][7] and sued.", "Ambrosius refused, and sued.")]
    [TestCase("The tower is 300 m tall[citation needed].", "The tower is 300 m tall.")]
    [TestCase("\"[It was felt] very strong[ly] here,\" he said.", "\"[It was felt] very strong[ly] here,\" he said.")]
    [TestCase("See item [3] of the list.", "See item [3] of the list.")]
    public void An_encyclopedias_reference_marks_are_dropped_and_other_brackets_kept(string paragraph, string text)
    {
        Assert.That(Read($"A Title\n\n{paragraph}\n", "a.txt").Text, Is.EqualTo(text));
    }

    [TestCase("Date: 2021-06-28")]
    [TestCase("Date: June 28, 2021")]
    [TestCase("Date: 28 June 2021")]
    [TestCase("date:   2021-06-28T10:15:00+02:00  ")]
    public void A_date_line_sets_the_published_day(string dateLine)
    {
        var article = Read($"A Title\nSource: https://example.org/a (license: CC BY)\n{dateLine}\n\nFirst paragraph.\n", "a.txt");

        Assert.That(article.Published, Is.EqualTo(new DateOnly(2021, 6, 28)));
        Assert.That(article.Origin, Is.EqualTo("https://example.org/a (license: CC BY)"));
        Assert.That(article.Text, Is.EqualTo("First paragraph."));
    }

    [Test]
    public void A_date_line_may_come_before_the_source_line()
    {
        var article = Read("A Title\nDate: 2021-06-28\nSource: https://example.org/a\n\nFirst paragraph.\n", "a.txt");

        Assert.That(article.Published, Is.EqualTo(new DateOnly(2021, 6, 28)));
        Assert.That(article.Origin, Is.EqualTo("https://example.org/a"));
        Assert.That(article.Text, Is.EqualTo("First paragraph."));
    }

    [Test]
    public void A_date_line_that_names_no_date_is_ignored_and_kept_out_of_the_body()
    {
        var article = Read("A Title\nDate: last Tuesday\n\nFirst paragraph.\n", "a.txt");

        Assert.That(article.Published, Is.Null);
        Assert.That(article.Text, Is.EqualTo("First paragraph."));
    }

    [Test]
    public void Plain_text_without_a_date_line_has_no_published_day()
    {
        var article = Read("A Title\nSource: https://example.org/a\n\nDate: 2021-06-28 is in the body here.\n", "a.txt");

        Assert.That(article.Published, Is.Null);
        Assert.That(article.Text, Is.EqualTo("Date: 2021-06-28 is in the body here."));
    }

    [Test]
    public void Plain_text_joins_the_lines_of_a_wrapped_paragraph()
    {
        var article = Read("Title\n\nThe coalition met\nin Rome on Monday.\n", "a.txt");

        Assert.That(article.Text, Is.EqualTo("The coalition met in Rome on Monday."));
    }

    [TestCase("They discussed the [March 25 Joint Statement](https://example.gov/2022/03/25/joint-statement/).", "They discussed the March 25 Joint Statement.")]
    [TestCase("See the [roadmap](https://example.org/a_(b).pdf) and [notes](/notes).", "See the roadmap and notes.")]
    [TestCase("Items [1] and [2](3) stay as written.", "Items [1] and [2](3) stay as written.")]
    public void Plain_text_keeps_only_the_words_of_a_pasted_markdown_link(string paragraph, string expected)
    {
        var article = Read($"A Title\n\n{paragraph}\n", "a.txt");

        Assert.That(article.Text, Is.EqualTo(expected));
    }

    [Test]
    public void Plain_text_marks_short_lines_without_end_punctuation_as_headings()
    {
        var article = Read("Title\n\nISIS’ Core in Iraq and Syria: Maintaining the Pressure\n\nThe US views Iraq and Syria as the core.\n", "a.txt");

        Assert.That(article.Blocks.Select(block => block.Kind), Is.EqualTo(new[] { BlockKind.Heading, BlockKind.Paragraph }));
    }

    [Test]
    public void Block_offsets_point_into_the_body_text()
    {
        var article = Read("Title\n\nOne.\n\nTwo two.\n\nThree three three.\n", "a.txt");

        foreach (var block in article.Blocks)
        {
            Assert.That(article.Text.Substring(block.Start, block.Length), Is.EqualTo(article.TextOf(block)));
        }

        Assert.That(article.Text, Is.EqualTo("One.\n\nTwo two.\n\nThree three three."));
    }

    [Test]
    public void A_byte_order_mark_and_windows_line_ends_are_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Title\r\n\r\nBody text here.\r\n")).ToArray();

        var article = ArticleReader.Read(bytes, "a.txt");

        Assert.That(article.Title, Is.EqualTo("Title"));
        Assert.That(article.Text, Is.EqualTo("Body text here."));
    }

    [Test]
    public void The_hash_and_word_count_describe_the_input()
    {
        var article = Read("Title\n\nFour words right here.\n", "a.txt");

        Assert.That(article.Sha256, Has.Length.EqualTo(64).And.Match("^[0-9a-f]+$"));
        Assert.That(article.Words, Is.EqualTo(4));
    }

    [Test]
    public void Every_bundled_article_reads_with_a_title_and_paragraphs()
    {
        foreach (var path in TestData.AllArticlePaths)
        {
            var article = TestData.Load(path);

            Assert.That(article.Title, Is.Not.Empty, path);
            Assert.That(article.Origin, Is.Not.Null, path);
            Assert.That(article.Blocks.Count(block => block.Kind == BlockKind.Paragraph), Is.GreaterThanOrEqualTo(4), path);
            Assert.That(article.Words, Is.GreaterThan(400), path);
        }
    }

    [TestCase("")]
    [TestCase("   \n\n  \n")]
    public void Empty_input_is_rejected_naming_the_file(string text)
    {
        var error = Assert.Throws<StudyDecksException>(() => Read(text, "empty.txt"));

        Assert.That(error!.Message, Is.EqualTo($"empty.txt: {ErrorMessages.EmptyArticle}"));
    }

    [Test]
    public void A_title_without_body_is_rejected()
    {
        var error = Assert.Throws<StudyDecksException>(() => Read("Only a title\n", "t.txt"));

        Assert.That(error!.Message, Is.EqualTo($"t.txt: {ErrorMessages.ArticleWithoutBody}"));
    }

    [Test]
    public void Binary_input_is_rejected()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 };

        var error = Assert.Throws<StudyDecksException>(() => ArticleReader.Read(bytes, "picture.txt"));

        Assert.That(error!.Message, Is.EqualTo($"picture.txt: {ErrorMessages.BinaryArticle}"));
    }

    [Test]
    public void Text_that_is_not_utf8_is_rejected()
    {
        var latin1 = Encoding.Latin1.GetBytes("Título\n\nAção e reação.\n");

        var error = Assert.Throws<StudyDecksException>(() => ArticleReader.Read(latin1, "latin1.txt"));

        Assert.That(error!.Message, Is.EqualTo($"latin1.txt: {ErrorMessages.UndecodableArticle}"));
    }

    [Test]
    public void Input_over_two_megabytes_is_rejected_from_a_stream_without_reading_it_all_into_an_article()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Title\n\n" + new string('a', (int)ArticleReader.MaxBytes)));

        var error = Assert.Throws<StudyDecksException>(() => ArticleReader.Read(stream, "huge.txt"));

        Assert.That(error!.Message, Does.StartWith("huge.txt: the article is too large"));
    }

    [Test]
    public void An_unknown_extension_is_rejected()
    {
        var error = Assert.Throws<StudyDecksException>(() => Read("Title\n\nBody.\n", "notes.docx"));

        Assert.That(error!.Message, Is.EqualTo($"notes.docx: {ErrorMessages.UnsupportedArticleFormat}"));
    }

    [TestCase("Seed 2021: D-ISIS (Rome).txt", "seed-2021-d-isis-rome")]
    [TestCase("___.md", "article")]
    public void The_id_is_a_slug_of_the_file_name(string fileName, string id)
    {
        Assert.That(ArticleReader.IdOf(fileName), Is.EqualTo(id));
    }
}

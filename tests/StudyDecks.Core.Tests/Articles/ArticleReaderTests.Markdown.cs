using System.Text;
using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Tests.Articles;

public sealed partial class ArticleReaderTests
{
    private const string MarkdownArticle = """
        ---
        author: someone
        ---
        # NASA Launches *PACE* Mission

        Source: https://www.nasa.gov/pace

        NASA's [PACE](https://pace.gsfc.nasa.gov) mission launched at **1:33 a.m.** EST on Feb. 8.

        ![Rocket on the pad](rocket.jpg)

        ## Instruments

        - The Ocean Color Instrument measures color.
        - Two polarimeters study clouds.

        > "This is a big day," said Bill Nelson.

        ```
        var code = "not article text";
        ```
        """;

    [Test]
    public void Markdown_takes_the_first_heading_as_title_and_keeps_only_text()
    {
        var article = Read(MarkdownArticle, "pace.md");

        Assert.That(article.Title, Is.EqualTo("NASA Launches PACE Mission"));
        Assert.That(article.Origin, Is.EqualTo("https://www.nasa.gov/pace"));
        Assert.That(article.Format, Is.EqualTo(ArticleFormat.Markdown));
        Assert.That(article.Text, Does.Contain("NASA's PACE mission launched at 1:33 a.m. EST on Feb. 8."));
        Assert.That(article.Text, Does.Not.Contain("Rocket on the pad").And.Not.Contain("not article text").And.Not.Contain("author"));
    }

    [Test]
    public void Markdown_blocks_keep_their_kind()
    {
        var article = Read(MarkdownArticle, "pace.md");

        var kinds = article.Blocks.Select(block => (block.Kind, article.TextOf(block))).ToArray();

        Assert.That(kinds, Is.EqualTo(new[]
        {
            (BlockKind.Paragraph, "NASA's PACE mission launched at 1:33 a.m. EST on Feb. 8."),
            (BlockKind.Heading, "Instruments"),
            (BlockKind.ListItem, "The Ocean Color Instrument measures color."),
            (BlockKind.ListItem, "Two polarimeters study clouds."),
            (BlockKind.Quote, "\"This is a big day,\" said Bill Nelson."),
        }));
    }

    [Test]
    public void Markdown_without_a_heading_is_titled_by_its_file_name()
    {
        var article = ArticleReader.Read(Encoding.UTF8.GetBytes("Just one paragraph of text.\n"), "notes/my-notes.md");

        Assert.That(article.Title, Is.EqualTo("my-notes"));
    }
}

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

    [TestCase("to mark**\u00a0**the occasion", "to mark the occasion")]
    [TestCase("to mark** **the occasion", "to mark the occasion")]
    public void Markdown_drops_emphasis_markers_around_nothing_but_a_space(string line, string expected)
    {
        // "welcomed … on October 6, 2023, to mark** **the occasion": bold around a space is no emphasis to Markdown, and
        // its markers were left in the text (both blind reviewers of set 28).
        var article = Read($"# Title\n\nThe president came {line} of the day.\n", "statement.md");

        Assert.That(article.Text, Does.Contain($"The president came {expected} of the day."));
    }

    [Test]
    public void Markdown_reads_a_bold_line_between_hard_breaks_as_a_heading()
    {
        // "**Los Angeles Declaration on Migration and Protection**" on a line of its own inside a paragraph ran into the
        // sentence after it (both blind reviewers of set 29).
        var article = Read("# Title\n\nWe will build a fair economy.  \n\u00a0  \n**Los Angeles Declaration on Migration and Protection**  \n\u00a0  \nPresident Biden thanked President Petro.\n", "statement.md");

        Assert.That(article.Blocks.Where(block => block.Kind == BlockKind.Heading).Select(block => article.Text[block.Start..block.End]),
            Is.EqualTo(new[] { "Los Angeles Declaration on Migration and Protection" }));
        Assert.That(article.Text, Does.Not.Contain("Protection President"));
        Assert.That(article.Text, Does.Contain("President Biden thanked President Petro."));
    }

    [Test]
    public void Markdown_keeps_bold_words_inside_a_line_as_text()
    {
        var article = Read("# Title\n\nThe leaders agreed on **three** goals.  \nThey met again in May.\n", "statement.md");

        Assert.That(article.Blocks.Count(block => block.Kind == BlockKind.Heading), Is.Zero);
        Assert.That(article.Text, Does.Contain("The leaders agreed on three goals. They met again in May."));
    }

    [Test]
    public void Markdown_keeps_a_lone_asterisk_of_the_text()
    {
        var article = Read("# Title\n\nThe rate was 5 * 3 in the table.\n", "statement.md");

        Assert.That(article.Text, Does.Contain("The rate was 5 * 3 in the table."));
    }

    [TestCase("date: 2021-06-28")]
    [TestCase("date: 2021-06-28T10:15:00Z")]
    [TestCase("date: \"June 28, 2021\"")]
    [TestCase("date: '28 June 2021'")]
    [TestCase("date: 2021-06-28 # first published")]
    public void A_front_matter_date_sets_the_published_day(string dateLine)
    {
        var article = Read($"---\ntitle: PACE\n{dateLine}\ntags: [nasa]\n---\n# NASA Launches PACE\n\nThe mission launched.\n", "pace.md");

        Assert.That(article.Published, Is.EqualTo(new DateOnly(2021, 6, 28)));
        Assert.That(article.Title, Is.EqualTo("NASA Launches PACE"));
        Assert.That(article.Text, Is.EqualTo("The mission launched."));
    }

    [TestCase("title: NASA Launches PACE", "NASA Launches PACE")]
    [TestCase("title: 'NASA''s PACE Launch'", "NASA's PACE Launch")]
    [TestCase("title: Joint Statement between the United States and the European\n  Commission on European Energy Security", "Joint Statement between the United States and the European Commission on European Energy Security")]
    [TestCase("title: \"C5+1 Leaders\\u2019 Joint\\_Statement between the\\ \\ United\\_States\"", "C5+1 Leaders\u2019 Joint Statement between the United States")]
    public void Front_matter_gives_the_title_when_no_heading_does(string titleLine, string expected)
    {
        var article = Read($"---\ntags: statements\n{titleLine}\ndate: '2022-04-29'\n---\n\nThe task force met in Washington.\n", "statement.md");

        Assert.That(article.Title, Is.EqualTo(expected));
        Assert.That(article.Published, Is.EqualTo(new DateOnly(2022, 4, 29)));
    }

    [Test]
    public void A_front_matter_title_under_a_mapping_is_not_the_title()
    {
        var article = Read("---\ntitle:\n  en: English Title\n---\n\nBody text.\n", "plain.md");

        Assert.That(article.Title, Is.EqualTo("plain"));
    }

    [Test]
    public void Only_a_top_level_date_key_of_the_front_matter_counts()
    {
        var article = Read("---\nupdated: 2024-01-01\nreview:\n  date: 2023-05-05\n---\n# Title\n\nBody text.\n", "a.md");

        Assert.That(article.Published, Is.Null);
    }

    [Test]
    public void A_front_matter_date_that_names_no_date_is_ignored()
    {
        var article = Read("---\ndate: soon\n---\n# Title\n\nBody text.\n", "a.md");

        Assert.That(article.Published, Is.Null);
        Assert.That(article.Text, Is.EqualTo("Body text."));
    }

    [Test]
    public void A_date_line_in_the_markdown_body_is_no_publication_date()
    {
        var article = Read("# Title\n\ndate: 2021-06-28\n\nBody text.\n", "a.md");

        Assert.That(article.Published, Is.Null);
        Assert.That(article.Text, Does.Contain("date: 2021-06-28"));
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

using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Tests.Articles;

public sealed partial class ArticleReaderTests
{
    private const string HtmlPage = """
        <!DOCTYPE html>
        <html><head>
          <title>Site name | Madrid Conference</title>
          <link rel="canonical" href="https://history.state.gov/madrid">
          <script>var tracking = "do not read";</script>
          <style>p { color: red }</style>
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
          <aside>Related: other stories</aside>
          <article>
            <header><h1>The Madrid Conference, 1991</h1><p class="byline">By Staff</p></header>
            <p>The Madrid Conference opened on October 30, 1991, in
               the Spanish capital.</p>
            <figure><img src="x.jpg"><figcaption>Delegates arrive (Photo: AP)</figcaption></figure>
            <h2>Background</h2>
            <p>Secretary of State James A. Baker&nbsp;III led the effort &amp; travelled widely.</p>
            <ul><li><p>Syria attended.</p></li><li>Lebanon attended.</li></ul>
            <script>document.write("ad")</script>
          </article>
          <footer>© 2024 Site</footer>
        </body></html>
        """;

    [Test]
    public void Html_keeps_only_the_main_text()
    {
        var article = Read(HtmlPage, "madrid.html");

        Assert.That(article.Title, Is.EqualTo("The Madrid Conference, 1991"));
        Assert.That(article.Origin, Is.EqualTo("https://history.state.gov/madrid"));
        Assert.That(article.Format, Is.EqualTo(ArticleFormat.Html));
        Assert.That(article.Text, Does.Not.Contain("tracking").And.Not.Contain("Home").And.Not.Contain("Related")
            .And.Not.Contain("Photo").And.Not.Contain("©").And.Not.Contain("ad\"").And.Not.Contain("By Staff").And.Not.Contain("color"));
    }

    [Test]
    public void Html_blocks_are_paragraphs_headings_and_list_items_with_entities_decoded()
    {
        var article = Read(HtmlPage, "madrid.htm");

        var kinds = article.Blocks.Select(block => (block.Kind, article.TextOf(block))).ToArray();

        Assert.That(kinds, Is.EqualTo(new[]
        {
            (BlockKind.Paragraph, "The Madrid Conference opened on October 30, 1991, in the Spanish capital."),
            (BlockKind.Heading, "Background"),
            (BlockKind.Paragraph, "Secretary of State James A. Baker III led the effort & travelled widely."),
            (BlockKind.ListItem, "Syria attended."),
            (BlockKind.ListItem, "Lebanon attended."),
        }));
    }

    [Test]
    public void Html_without_block_elements_falls_back_to_its_lines()
    {
        var article = Read("<html><body><div>First line of text.<br>\nSecond line.</div></body></html>", "plain.html");

        Assert.That(article.Title, Is.EqualTo("plain"));
        Assert.That(article.Text, Does.Contain("First line of text."));
    }
}

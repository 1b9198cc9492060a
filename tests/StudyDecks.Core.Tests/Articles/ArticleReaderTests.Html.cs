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

    [TestCase("<meta property=\"article:published_time\" content=\"2021-06-28T09:30:00+00:00\">")]
    [TestCase("<meta name=\"date\" content=\"2021-06-28\">")]
    [TestCase("<meta name=\"DC.date\" content=\"2021-06-28\">")]
    [TestCase("<meta name=\"dc.date\" content=\"June 28, 2021\">")]
    [TestCase("<meta itemprop=\"datePublished\" content=\"2021-06-28\">")]
    public void A_date_meta_tag_sets_the_published_day(string meta)
    {
        var article = Read($"<html><head>{meta}</head><body><article><h1>T</h1><p>Body text.</p></article></body></html>", "a.html");

        Assert.That(article.Published, Is.EqualTo(new DateOnly(2021, 6, 28)));
        Assert.That(article.Text, Is.EqualTo("Body text."));
    }

    [Test]
    public void The_published_time_meta_wins_over_the_other_date_metas_and_times()
    {
        var article = Read(
            "<html><head><meta name=\"date\" content=\"2020-01-01\"><meta property=\"article:published_time\" content=\"2021-06-28\"></head>" +
            "<body><article><h1>T</h1><time datetime=\"2019-03-03\">3 March</time><p>Body text.</p></article></body></html>",
            "a.html");

        Assert.That(article.Published, Is.EqualTo(new DateOnly(2021, 6, 28)));
    }

    [Test]
    public void Without_a_date_meta_the_first_time_of_the_article_gives_the_day()
    {
        var article = Read(
            "<html><body><nav><time datetime=\"2018-01-01\">old</time></nav><article><header><h1>T</h1>" +
            "<p class=\"byline\">By Staff, <time datetime=\"2021-06-28T14:00:00-04:00\">June 28</time></p></header>" +
            "<p>Body text.</p><p>Updated <time datetime=\"2022-02-02\">later</time>.</p></article></body></html>",
            "a.html");

        Assert.That(article.Published, Is.EqualTo(new DateOnly(2021, 6, 28)));
        Assert.That(article.Text, Does.Not.Contain("By Staff"));
    }

    [Test]
    public void An_unreadable_date_meta_falls_back_to_the_next_source_and_otherwise_gives_no_day()
    {
        var fallback = Read("<html><head><meta name=\"date\" content=\"last week\"></head><body><time datetime=\"2021-06-28\">x</time><p>Body.</p></body></html>", "a.html");
        var none = Read("<html><head><meta name=\"date\" content=\"2021-02-30\"></head><body><p>Body.</p></body></html>", "b.html");

        Assert.That(fallback.Published, Is.EqualTo(new DateOnly(2021, 6, 28)));
        Assert.That(none.Published, Is.Null);
    }

    [Test]
    public void A_page_without_dates_has_no_published_day()
    {
        Assert.That(Read(HtmlPage, "madrid.html").Published, Is.Null);
    }

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

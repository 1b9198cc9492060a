using System.Text;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Errors;

namespace StudyDecks.Core.Tests.Articles;

/// <summary>An article without a file name (standard input): its format is guessed from how it starts, its id is given.</summary>
public sealed partial class ArticleReaderTests
{
    private static Article ReadUnnamed(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ArticleReader.ReadUnnamed(stream, "<stdin>", "piped");
    }

    [TestCase("A Title\nSource: x\n\nFirst paragraph.\n", ArticleFormat.PlainText)]
    [TestCase("# A Title\n\nFirst paragraph.\n", ArticleFormat.Markdown)]
    [TestCase("---\ndate: 2021-06-28\n---\n# A Title\n\nFirst paragraph.\n", ArticleFormat.Markdown)]
    [TestCase("\n  <html><body><h1>A Title</h1><p>First paragraph.</p></body></html>", ArticleFormat.Html)]
    public void The_format_is_guessed_from_the_start(string text, ArticleFormat format)
    {
        var article = ReadUnnamed(text);

        Assert.That(article.Format, Is.EqualTo(format));
        Assert.That(article.Id, Is.EqualTo("piped"));
        Assert.That(article.Title, Is.EqualTo("A Title"));
    }

    [Test]
    public void An_empty_input_is_named_as_given()
    {
        var error = Assert.Throws<StudyDecksException>(() => ReadUnnamed("  \n"));

        Assert.That(error!.Message, Is.EqualTo("<stdin>: " + ErrorMessages.EmptyArticle));
    }
}

using System.Text;
using CsCheck;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Errors;

namespace StudyDecks.Core.Tests.Articles;

/// <summary>
/// Fuzzing the readers with CsCheck: whatever the bytes, reading ends in an article or a one-line
/// <see cref="StudyDecksException"/> naming the file, never another exception, a hang or a stack overflow.
/// Iterations are few and inputs bounded so each property runs in seconds.
/// </summary>
public sealed class ArticleReaderProperties
{
    private static readonly Gen<string> AnyFileName = Gen.OneOf(Gen.Const("a.txt"), Gen.Const("a.md"), Gen.Const("a.html"));

    private static void ReadsOrRefusesNamingTheFile(byte[] bytes, string fileName)
    {
        try
        {
            var article = ArticleReader.Read(bytes, fileName);
            Assert.That(article.Blocks, Is.Not.Empty);
        }
        catch (StudyDecksException error)
        {
            Assert.That(error.Message, Does.StartWith(fileName + ": "));
            Assert.That(error.Message, Does.Not.Contain("\n"));
        }
    }

    [Test]
    public void Random_bytes_give_an_article_or_a_named_error()
    {
        Gen.Select(Gen.Byte.Array[0, 3000], AnyFileName)
            .Sample((bytes, name) => ReadsOrRefusesNamingTheFile(bytes, name), iter: 400, threads: 1);
    }

    [Test]
    public void Random_unicode_text_gives_an_article_or_a_named_error()
    {
        Gen.Select(Gen.String[Gen.Char, 0, 3000], AnyFileName)
            .Sample((text, name) => ReadsOrRefusesNamingTheFile(Encoding.UTF8.GetBytes(text), name), iter: 400, threads: 1);
    }

    [Test]
    public void Markup_characters_in_any_order_give_an_article_or_a_named_error()
    {
        var markup = Gen.String[Gen.Char["*_[]()<>#>-`!\\|/ \naRome2021."], 0, 4000];
        Gen.Select(markup, AnyFileName)
            .Sample((text, name) => ReadsOrRefusesNamingTheFile(Encoding.UTF8.GetBytes("# T\n\n" + text), name), iter: 300, threads: 1);
    }

    [Test]
    public void Deep_nesting_of_any_construct_gives_an_article_or_a_named_error()
    {
        var opener = Gen.OneOf(
            Gen.Const(("*", "*", "a.md")),
            Gen.Const(("_", "_", "a.md")),
            Gen.Const(("[", "](x)", "a.md")),
            Gen.Const(("> ", "", "a.md")),
            Gen.Const(("- ", "", "a.md")),
            Gen.Const(("<div>", "</div>", "a.html")),
            Gen.Const(("<li><ul>", "</ul></li>", "a.html")),
            Gen.Const(("<blockquote>", "</blockquote>", "a.html")),
            Gen.Const(("<b>", "</b>", "a.html")));
        Gen.Select(opener, Gen.Int[1, 60_000]).Sample(
            (construct, depth) =>
            {
                var (open, close, name) = construct;
                var text = "# T\n\n" + string.Concat(Enumerable.Repeat(open, depth)) + "Rome is in Italy." + string.Concat(Enumerable.Repeat(close, depth));
                ReadsOrRefusesNamingTheFile(Encoding.UTF8.GetBytes(text), name);
            },
            iter: 40,
            threads: 1);
    }

    [Test]
    public void A_truncated_article_gives_an_article_or_a_named_error()
    {
        var article = File.ReadAllBytes(Testing.TestData.SeedArticlePaths[0]);
        Gen.Select(Gen.Int[0, article.Length], AnyFileName)
            .Sample((length, name) => ReadsOrRefusesNamingTheFile(article[..length], name), iter: 200, threads: 1);
    }
}

using StudyDecks.Core.Articles;
using StudyDecks.Core.Generation;

namespace StudyDecks.Core.Tests.Generation;

public sealed class DeckTitleTests
{
    private static Article Titled(string title) => new("a", title, null, "Body.", [new ArticleBlock(BlockKind.Paragraph, 0, 5)], new string('0', 64), ArticleFormat.PlainText);

    [Test]
    public void One_article_gives_its_own_title()
    {
        Assert.That(DeckTitle.Suggest([Titled("The Madrid Conference, 1991")]), Is.EqualTo("The Madrid Conference, 1991"));
    }

    [Test]
    public void Several_articles_give_the_words_their_titles_share()
    {
        var title = DeckTitle.Suggest([
            Titled("Defeat ISIS Coalition confirms commitment to continued fight"),
            Titled("Defeat-ISIS Ministers Confirm Transition to Bilateral Security Ties"),
        ]);

        Assert.That(title, Is.EqualTo("Defeat ISIS (2 articles)"));
    }

    [Test]
    public void Unrelated_articles_give_the_first_title_and_a_count()
    {
        var title = DeckTitle.Suggest([Titled("NASA Launches New Climate Mission"), Titled("Australian children suffering from iodine deficiency")]);

        Assert.That(title, Is.EqualTo("NASA Launches New Climate Mission (and 1 more)"));
    }
}

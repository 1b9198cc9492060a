using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
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

    private static Card Asking(string answer, AnswerKind kind, string? context = null)
    {
        const string Sentence = "The Denver Broncos defeated the Carolina Panthers in Super Bowl 50 by a score of 24–10.";
        return new Card("c1", CardType.Cloze, Sentence.Replace(answer, Card.Blank, StringComparison.Ordinal), answer, [], kind, Sentence, new CardSource("a", 0, 0, Sentence.Length), ["cloze"]) { Context = context };
    }

    [Test]
    public void A_title_that_answers_no_card_stays()
    {
        Assert.That(DeckTitle.Unrevealing("Super Bowl 50: Denver Broncos defeat Carolina Panthers", [Asking("24–10", AnswerKind.Number)]), Is.EqualTo("Super Bowl 50: Denver Broncos defeat Carolina Panthers"));
    }

    [Test]
    public void A_title_that_answers_a_card_is_cut_to_the_part_that_does_not_and_keeps_its_count()
    {
        var title = DeckTitle.Unrevealing("Super Bowl 50: Denver Broncos defeat Carolina Panthers 24–10 (and 3 more)", [Asking("Carolina Panthers", AnswerKind.Organization, "Super Bowl 50")]);

        Assert.That(title, Is.EqualTo("Super Bowl 50 (and 3 more)"));
    }

    [Test]
    public void A_title_with_no_part_that_leaves_the_answers_unsaid_gives_the_number_of_questions()
    {
        var title = DeckTitle.Unrevealing("Denver Broncos defeat Carolina Panthers", [Asking("Carolina Panthers", AnswerKind.Organization), Asking("Denver Broncos", AnswerKind.Organization)]);

        Assert.That(title, Is.EqualTo("Quiz: 2 questions"));
    }

    [Test]
    public void One_question_is_counted_in_the_singular()
    {
        Assert.That(DeckTitle.Unrevealing("Carolina Panthers lose", [Asking("Carolina Panthers", AnswerKind.Organization)]), Is.EqualTo("Quiz: 1 question"));
    }
}

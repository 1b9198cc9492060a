using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Kinds.Roles;

public class WhichPostKindTests
{
    private static readonly string[] UsPosts =
        ["President", "Vice President", "Secretary of State", "Secretary of Defense", "Secretary of the Treasury", "Attorney General", "National Security Adviser"];

    private static List<Card> RoleCards(params string[] bodies)
    {
        var articles = bodies.Select((body, index) => ArticleText.Read(body, $"article-{index}")).ToList();
        return [.. DeckGenerator.Generate(articles, new GenerationOptions("Roles", AllCandidates: true)).Cards.Where(card => card.Tags[0] is "which-post" or "who-role")];
    }

    [Test]
    public void A_us_post_is_asked_the_other_way_round_with_other_us_posts_as_options()
    {
        // Act
        var cards = RoleCards("In 1991, Secretary of State James Baker met the delegations in Madrid to open the peace conference.");

        // Assert
        var card = cards.Single();
        Assert.That(card.Question, Is.EqualTo("Which US post did James Baker hold in 1991?"));
        Assert.That(card.Answer, Is.EqualTo("Secretary of State"));
        Assert.That(card.Type, Is.EqualTo(CardType.MultipleChoice));
        Assert.That(card.Distractors, Has.Count.EqualTo(3).And.All.AnyOf(UsPosts).And.None.EqualTo("Secretary of State"));
        Assert.That(card.OptionOrigins.Values, Has.All.EqualTo(OptionOrigin.Gazetteer));
    }

    [Test]
    public void A_post_created_after_the_questions_year_is_never_offered()
    {
        // Act
        var cards = RoleCards("In 1867, Secretary of State William Seward bought Alaska from Russia for $7.2 million.");

        // Assert: the Secretary of Defense dates from 1947, the National Security Adviser from 1953; the title is the
        // country's that uses it, not Russia's, which the sentence also names.
        var card = cards.Single(card => card.Tags[0] == "which-post");
        Assert.That(card.Question, Is.EqualTo("Which US post did William Seward hold in 1867?"));
        Assert.That(cards.Select(card => card.Question), Has.None.Contains("Russia"));
        Assert.That(card.Distractors.Concat(card.Spares), Has.None.EqualTo("Secretary of Defense").And.None.EqualTo("National Security Adviser"));
        Assert.That(card.Distractors, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_post_the_deck_says_the_person_also_held_is_never_offered()
    {
        // Act
        var cards = RoleCards(
            "In 1985, Treasury Secretary James Baker met the finance ministers of the Group of Five in New York.",
            "In 1991, Secretary of State James Baker met the delegations in Madrid to open the peace conference.");

        // Assert
        var asked = cards.Single(card => card.Answer == "Secretary of State");
        Assert.That(asked.Distractors.Concat(asked.Spares), Has.None.EqualTo("Secretary of the Treasury"));
    }

    [Test]
    public void Options_never_hold_the_answer_or_each_other()
    {
        // Act
        var cards = RoleCards("In 1951, U.S. President Harry Truman signed the treaty with Australia and New Zealand in San Francisco.");

        // Assert: "Vice President" would read as a variant of "President"; without three other posts the role is asked as "who".
        Assert.That(cards.SelectMany(card => card.Distractors), Has.None.Contains("President"));
        Assert.That(cards.Select(card => card.Question), Does.Contain("Who was the U.S. President in 1951?"));
    }

    [Test]
    public void A_deputy_post_is_not_asked_as_the_post_it_deputises()
    {
        // Act
        var cards = RoleCards("In 2021, Italian Deputy Prime Minister Mario Rossi opened the conference on reconstruction in Rome.");

        // Assert
        Assert.That(cards.Where(card => card.Tags[0] == "which-post"), Is.Empty);
    }

    [Test]
    public void A_post_of_any_country_keeps_the_country_in_the_question_not_in_the_options()
    {
        // Act
        var cards = RoleCards("In 1992, Israeli Prime Minister Yitzhak Rabin froze new settlements in the occupied territories.");

        // Assert
        var card = cards.Single(card => card.Tags[0] == "which-post");
        Assert.That(card.Question, Is.EqualTo("Which Israeli post did Yitzhak Rabin hold in 1992?"));
        Assert.That(card.Answer, Is.EqualTo("Prime Minister"));
        Assert.That(card.Distractors, Has.None.Contains("Israeli").And.None.EqualTo("Prime Minister"));
    }

    [Test]
    public void A_post_not_every_government_has_is_offered_only_where_the_deck_names_it_for_the_country()
    {
        // Act
        var unnamed = RoleCards("In 2022, Norwegian Prime Minister Jonas Gahr Store announced new support for Ukraine in Oslo.")
            .Single(card => card.Tags[0] == "which-post");
        var named = RoleCards(
            "In 2022, Israeli Prime Minister Naftali Bennett announced new support for Ukraine in Jerusalem.",
            "The Israeli President, Isaac Herzog, spoke at the ceremony in Jerusalem.")
            .Single(card => card.Answer == "Prime Minister");

        // Assert: Norway has a king, no President; Israel's is named, so it is certainly another post.
        Assert.That(unnamed.Distractors.Concat(unnamed.Spares), Has.None.EqualTo("President"));
        Assert.That(unnamed.Distractors, Has.Count.EqualTo(3));
        Assert.That(named.Distractors.Concat(named.Spares), Does.Contain("President"));
    }

    [Test]
    public void A_post_held_in_the_past_is_not_asked_which()
    {
        // Act
        var cards = RoleCards("Former Secretary of State James Baker spoke at the opening of the library in Houston in 2010.");

        // Assert
        Assert.That(cards.Where(card => card.Tags[0] == "which-post"), Is.Empty);
    }
}

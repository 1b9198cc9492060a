using StudyDecks.Core.Facts;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Generation.Kinds.Roles;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Kinds.Roles;

public class WhoHeldRoleKindTests
{
    private static List<string> RoleQuestions(params string[] bodies) => DatedRoleQuestions(null, bodies);

    private static List<string> DatedRoleQuestions(string? date, params string[] bodies)
    {
        var articles = bodies.Select((body, index) => ArticleText.Read(body, $"article-{index}", date)).ToList();
        return DeckGenerator.Generate(articles, new GenerationOptions("Roles", AllCandidates: true)).Cards
            .Where(card => card.Tags[0] is "who-role" or "which-post")
            .Select(card => card.Question)
            .ToList();
    }

    [Test]
    public void A_role_many_hold_at_once_is_never_asked_who_held_it()
    {
        // Act
        var questions = DatedRoleQuestions("2019-06-28", "On Friday, United States Federal District Judge Michael Urbanski sentenced an Ohio man to life in prison.");

        // Assert
        Assert.That(questions, Has.None.StartsWith("Who was"));
    }

    [TestCase("United States Federal District Judge", true)]
    [TestCase("US Senator", true)]
    [TestCase("Syrian Army General", true)]
    [TestCase("US Attorney General", false)]
    [TestCase("NATO Secretary General", false)]
    [TestCase("Iraqi Foreign Minister", false)]
    public void Many_hold_a_role_ending_in_a_shared_head_but_one_holds_a_post_put_before_general(string role, bool shared)
    {
        Assert.That(WhoHeldRoleKind.IsShared(role, Lexicon.Default), Is.EqualTo(shared));
    }

    [Test]
    public void A_national_office_takes_its_country_from_another_article_about_the_same_person()
    {
        // Arrange
        var first = ArticleText.Analyze("On May 2, 2023, British Secretary of State James Cleverly opened the talks in London.", "first");
        var second = ArticleText.Analyze("On May 3, 2023, Secretary of State James Cleverly thanked the delegations from Canada and Japan.", "second");
        var context = new GenerationContext(Lexicon.Default, [first, second], seed: 1, [new RoleFinder(Lexicon.Default)]);

        // Act
        var questions = new WhoHeldRoleKind().Propose(second, context).Select(card => card.Question).ToList();

        // Assert
        Assert.That(questions, Is.EqualTo(new[] { "Who was the British Secretary of State in 2023?" }));
    }

    [Test]
    public void A_role_the_article_date_alone_anchors_is_asked_for_that_month_and_one_its_sentence_dates_for_its_year()
    {
        // Arrange: "in 2024" would mislead for a post taken in October; the sentence's own year is all it gives.
        const string body = "President Joseph R. Biden welcomed Indonesian President Prabowo Subianto to Washington. In 2019, Defense Minister Prabowo Subianto visited Jakarta's port.";

        // Act
        var questions = DatedRoleQuestions("2024-11-12", body);

        // Assert
        Assert.That(questions, Does.Contain("Which Indonesian post did Prabowo Subianto hold in November 2024?"));
        Assert.That(questions, Has.None.Contains("in 2024?"));
        Assert.That(questions, Has.None.Contains("2019").And.Contains("November"));
        Assert.That(questions, Has.None.EqualTo("Who was the Defense Minister in 2019?"), "the US spelling says no more than \"Defence Minister\" whose post it is");
    }

    [Test]
    public void A_bare_us_only_title_is_asked_as_a_us_post()
    {
        // Arrange
        const string body = "On September 30, 2024, the ministers met at the State Department. Secretary of State Antony Blinken addressed the Foreign Ministers as the conference began.";

        // Act
        var questions = DatedRoleQuestions("2024-09-30", body);

        // Assert
        Assert.That(questions, Does.Contain("Which US post did Antony Blinken hold in September 2024?"));
    }

    [Test]
    public void A_role_held_in_a_year_named_beside_it_is_not_asked_for_the_article_year()
    {
        // Arrange
        const string body = "On October 30, 1991, the Madrid conference opened. In December 1987, the Palestinians had risen up against Israeli rule. "
            + "Hoping to stop the violence, Secretary of State George Shultz called for an international convention.";

        // Act
        var questions = RoleQuestions(body);

        // Assert
        Assert.That(questions, Has.None.Contains("in 1991"));
    }

    [Test]
    public void Whoever_held_an_acting_post_is_not_asked()
    {
        // Arrange
        const string body = "On June 28, 2021, Acting US Special Envoy John Godfrey opened the meeting of the coalition in Rome.";

        // Act
        var questions = DatedRoleQuestions("2021-06-28", body);

        // Assert
        Assert.That(questions, Has.None.Contains("Special Envoy"));
    }
}

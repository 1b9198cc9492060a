using StudyDecks.Core.Analysis;
using StudyDecks.Core.Facts;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Facts;

public class RoleFinderTests
{
    private static List<RoleFact> Roles(string body)
    {
        var (analysis, _) = ArticleText.Resolve(body);
        return new RoleFinder(Lexicon.Default).Find(analysis);
    }

    [Test]
    public void A_role_in_apposition_after_a_titled_name_is_found()
    {
        // Arrange
        const string Body = "Professor Cres Eastman, Director of the National Iodine Nutrition study, says it is crucial that children get enough iodine.";

        // Act
        var role = Roles(Body).Single();

        // Assert
        Assert.That((role.Person.Canonical, role.Role), Is.EqualTo(("Cres Eastman", "Director of the National Iodine Nutrition study")));
    }

    [Test]
    public void A_post_said_to_be_current_is_the_post_without_the_word()
    {
        // Arrange (set 36: "Who was the Current Prime Minister of India in September 2020?")
        const string Body = "Current Prime Minister of India Narendra Modi wrote that India grieves the passing of Pranab Mukherjee.";

        // Act
        var role = Roles(Body).Single();

        // Assert
        Assert.That((role.Person.Canonical, role.Role), Is.EqualTo(("Narendra Modi", "Prime Minister of India")));
    }

    [Test]
    public void The_weekday_of_the_report_is_not_part_of_a_post()
    {
        // Arrange (set 37: "Who was the Wednesday Greek Foreign Minister in March 2019?")
        const string Body = "On Wednesday Greek Foreign Minister Giorgos Katrougalos criticised the plan.";

        // Act
        var role = Roles(Body).Single();

        // Assert
        Assert.That(role.Role, Is.EqualTo("Greek Foreign Minister"));
    }

    [Test]
    public void A_title_of_the_next_person_in_a_list_is_not_the_first_persons_role()
    {
        // Arrange
        const string Body = "President Bill Clinton met the press in 1993. Clinton, Secretary of State Warren Christopher, and envoy Dennis Ross tried to build on the promise.";

        // Act
        var roles = Roles(Body);

        // Assert
        Assert.That(roles.Where(role => role.Person.Canonical == "Bill Clinton").Select(role => role.Role), Has.None.Contains("Secretary of State"));
    }

    [Test]
    public void A_title_ending_in_a_name_the_lexicon_does_not_know_is_not_the_first_persons_role()
    {
        // Arrange
        const string Body = "The meeting was held in 2023. Yesterday, Administrator Isabel Guzmán, the Deputy Secretary of the Treasury Wally Adeyemo, and Coordinator Gene Sperling were joined by mayors.";

        // Act
        var roles = Roles(Body);

        // Assert
        Assert.That(roles.Where(role => role.Person.Canonical == "Isabel Guzmán").Select(role => role.Role), Has.None.Contains("Secretary"));
    }

    [Test]
    public void A_post_before_a_name_stops_at_the_person_named_before_it()
    {
        // Arrange
        const string Body = "Homeland Security Advisor Dr. Elizabeth Sherwood-Randall spoke in 2023. The meeting built on previous meetings led by Dr. Sherwood-Randall and Security Secretary Rosa Icela Rodríguez.";

        // Act
        var roles = Roles(Body);

        // Assert
        Assert.That(roles.Where(role => role.Person.Canonical.EndsWith("Rodríguez", StringComparison.Ordinal)).Select(role => role.Role), Is.EqualTo(new[] { "Security Secretary" }));
    }

    [Test]
    public void A_post_before_a_name_does_not_reach_back_past_a_generational_suffix_and_an_and()
    {
        // Arrange (set 29: "Who was the Jr. of the United States and President in April 2023?")
        const string Body = "President Joseph R. Biden, Jr. of the United States and Prime Minister Narendra Modi of India met in Washington.";

        // Act
        var roles = Roles(Body);

        // Assert
        Assert.That(roles.Select(role => role.Role), Has.None.Contains("Jr.").And.None.Contains("United States and"));
    }

    [Test]
    public void A_post_joined_by_and_to_a_then_post_is_not_a_role_fact()
    {
        // Arrange (set 38: "Who was the Director of Mid Wales Tourism Partnership in June 2020?" of a then-director)
        const string Body = "The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay, called the closure a retrograde step.";

        // Act
        var roles = Roles(Body);

        // Assert
        Assert.That(roles.Select(role => role.Role), Has.None.StartsWith("Director"));
    }

    [Test]
    public void A_title_followed_by_a_verb_is_not_the_role_of_the_name_after_it()
    {
        // Arrange
        const string Body = "President Ronald Reagan spoke in 1984. The March 1985 appointment of Mikhail Gorbachev as General Secretary of the Communist Party of the Soviet Union provided Reagan with a viable negotiating partner.";

        // Act
        var roles = Roles(Body);

        // Assert
        Assert.That(roles.Where(role => role.Person.Canonical == "Ronald Reagan").Select(role => role.Role), Has.None.Contains("General Secretary"));
    }

    [Test]
    public void A_role_without_a_named_body_is_not_a_post()
    {
        // Arrange
        const string Body = "Professor Cres Eastman, director of research, says it is crucial that children get enough iodine.";

        // Act
        var roles = Roles(Body);

        // Assert
        Assert.That(roles, Is.Empty);
    }

    [Test]
    public void A_post_set_off_after_a_persons_name_is_not_the_next_persons()
    {
        // Act
        var roles = Roles("Following a discussion with Ehud Olmert, the Israeli Prime Minister, George Bush said he would apply pressure.");

        // Assert
        Assert.That(roles.Select(role => role.Person.Entity?.Name), Has.None.EqualTo("George Bush"));
    }

    [TestCase("During the debate, the visiting minister engaged University president Lee Bollinger on human rights.")]
    [TestCase("The deal was signed by Company chairman Robert Hale in the capital.")]
    public void A_word_for_a_kind_of_body_does_not_name_the_post(string body)
    {
        // Act
        var roles = Roles(body);

        // Assert
        Assert.That(roles, Is.Empty);
    }

    [Test]
    public void A_lowercase_word_inside_the_apposition_does_not_end_the_role()
    {
        // Arrange
        const string Body = "Jane Smith, head of the Science Mission Directorate budget office at NASA, spoke on Monday.";

        // Act
        var roles = Roles(Body);

        // Assert
        Assert.That(roles.Select(role => role.Role), Is.All.Not.Contains("budget"));
    }
}

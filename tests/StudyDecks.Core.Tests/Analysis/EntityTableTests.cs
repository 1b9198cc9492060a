using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Tests.Analysis;

public class EntityTableTests
{
    [Test]
    public void An_acronym_and_its_expansion_are_one_entity()
    {
        // Arrange & Act
        var (_, entities) = ArticleText.Resolve("The Kurdish-led Syrian Democratic Forces (SDF) hold the camps. The SDF asked for help.");

        // Assert
        Assert.That(entities.Find("SDF"), Is.SameAs(entities.Find("Syrian Democratic Forces")).And.Not.Null);
    }

    [Test]
    public void Slash_joined_names_are_one_entity()
    {
        // Arrange & Act
        var (_, entities) = ArticleText.Resolve("The ministers vowed to defeat Daesh/ISIS in Iraq. ISIS has lost its territory.");

        // Assert
        Assert.That(entities.SameEntity("Daesh", "ISIS"), Is.True);
    }

    [Test]
    public void A_name_with_a_middle_initial_and_the_same_name_without_it_are_one_person()
    {
        // Arrange (a NASA release: "She succeeds Larry D. James … Larry James, whose tenure … James also served …")
        var (analysis, entities) = ArticleText.Resolve("She succeeds Larry D. James as deputy director. Officials praised Larry James for his tenure. James also served as vice commander.");

        // Act
        var surname = analysis.AllMentions().Single(mention => mention.Text == "James");

        // Assert
        Assert.That(entities.SameEntity("Larry D. James", "Larry James"), Is.True);
        Assert.That((surname.ResolvedKind, surname.Canonical), Is.EqualTo((MentionKind.Person, "Larry D. James")));
    }

    [Test]
    public void Two_names_with_different_middle_initials_stay_two_people()
    {
        // Arrange & Act
        var (_, entities) = ArticleText.Resolve("George H. W. Bush was president before Bill Clinton. George W. Bush followed Clinton.");

        // Assert
        Assert.That(entities.SameEntity("George H. W. Bush", "George W. Bush"), Is.False);
    }

    [TestCase("Professor Cres Eastman leads the study. Professor Eastman says salt should be iodised.", "Eastman", "Cres Eastman")]
    [TestCase("Dr. Jane Okafor runs the clinic. Later, Dr. Okafor said the results were clear.", "Okafor", "Jane Okafor")]
    [TestCase("Associate Professor Mu Li joined the team. Associate Professor Li said little.", "Li", "Mu Li")]
    public void A_titled_surname_refers_back_to_the_full_name(string body, string surname, string fullName)
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve(body);

        // Act
        var mention = analysis.AllMentions().Single(mention => mention.Text == surname);

        // Assert
        Assert.That((mention.ResolvedKind, mention.Canonical), Is.EqualTo((MentionKind.Person, fullName)));
    }

    [Test]
    public void A_name_written_family_name_first_is_its_person_where_the_first_word_stands_alone()
    {
        // Arrange (the Office of the Historian: "… Chinese Ambassador to Poland Wang Bingnan. … to meet with Wang.")
        var (analysis, _) = ArticleText.Resolve("The Chinese side was led by Chinese Ambassador to Poland Wang Bingnan. The United States sent a representative of lower rank to meet with Wang.");

        // Act
        var wang = analysis.AllMentions().Single(mention => mention.Text == "Wang");

        // Assert
        Assert.That((wang.ResolvedKind, wang.Canonical), Is.EqualTo((MentionKind.Person, "Wang Bingnan")));
    }

    [Test]
    public void A_title_opening_a_full_name_is_not_that_person_when_it_stands_alone()
    {
        // Arrange: "Sultan" is a monarch's title before it is anyone's given name.
        var (analysis, _) = ArticleText.Resolve("His brother Sultan Kohail was arrested in Jeddah. The Sultan spoke to the press in Muscat.");

        // Act
        var sultan = analysis.AllMentions().Where(mention => mention.Text == "Sultan");

        // Assert
        Assert.That(sultan.Select(mention => mention.Canonical), Has.None.EqualTo("Sultan Kohail"));
    }

    [Test]
    public void A_name_ending_in_a_titled_surname_is_that_persons_full_name()
    {
        // Arrange: "Behrouz" is in no list of first names; "Mr Kazemi" makes the surname a person's
        var (analysis, _) = ArticleText.Resolve("Britain rejected a request by Behrouz Kazemi in 2007. The minister wrote to Mr Kazemi. Kazemi came to Britain in 2005.");

        // Act
        var mentions = analysis.AllMentions().Where(mention => mention.Text == "Kazemi").ToList();

        // Assert
        Assert.That(mentions.Select(mention => (mention.ResolvedKind, mention.Canonical)), Has.All.EqualTo((MentionKind.Person, "Behrouz Kazemi")));
    }

    [Test]
    public void A_titled_surname_spelt_within_two_letters_of_one_person_is_that_person()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Lydia Buchtmann for Food Standards spoke first. \"It will take time,\" Ms Bauchtman said.");

        // Act
        var mention = analysis.AllMentions().Single(mention => mention.Text == "Bauchtman");

        // Assert
        Assert.That(mention.Canonical, Is.EqualTo("Lydia Buchtmann"));
    }

    [Test]
    public void A_titled_surname_unlike_every_name_is_a_person_of_its_own()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Lydia Buchtmann for Food Standards spoke first. Later, Ms Buchanan disagreed with the plan.");

        // Act
        var mention = analysis.AllMentions().Single(mention => mention.Text == "Buchanan");

        // Assert
        Assert.That((mention.ResolvedKind, mention.Canonical), Is.EqualTo((MentionKind.Person, "Buchanan")));
    }

    [Test]
    public void A_surname_refers_back_to_the_full_name()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Secretary of State Antony Blinken spoke in Rome. Later, Blinken affirmed the plan.");

        // Act
        var surname = analysis.AllMentions().Single(mention => mention.Text == "Blinken");

        // Assert
        Assert.That((surname.ResolvedKind, surname.Canonical), Is.EqualTo((MentionKind.Person, "Antony Blinken")));
    }

    [Test]
    public void The_head_word_of_an_organisation_refers_back_to_it()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("The D-ISIS Coalition met in Rome. The D-ISIS Coalition agreed. Later the Coalition left Rome.");

        // Act
        var shortName = analysis.AllMentions().Single(mention => mention.Text == "Coalition");

        // Assert
        Assert.That(shortName.Canonical, Is.EqualTo("D-ISIS Coalition"));
    }

    [Test]
    public void Country_abbreviations_are_the_country()
    {
        // Arrange & Act
        var (_, entities) = ArticleText.Resolve("The U.S. sent aid. The United States also sent troops.");

        // Assert
        Assert.That(entities.SameEntity("U.S.", "United States"), Is.True);
    }
}

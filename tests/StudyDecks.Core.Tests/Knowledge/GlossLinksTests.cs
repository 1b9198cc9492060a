using StudyDecks.Core.Knowledge;

namespace StudyDecks.Core.Tests.Knowledge;

public class GlossLinksTests
{
    [Test]
    public void A_tie_holds_both_ways()
    {
        // Arrange
        var links = new GlossLinks(["Pakistan\tIndia|Republic of India"]);

        // Act
        var fromPakistan = links.TiedTo("Pakistan");
        var fromIndia = links.TiedTo("Republic of India");

        // Assert
        Assert.That(fromPakistan, Is.EqualTo(new[] { "India", "Republic of India" }));
        Assert.That(fromIndia, Is.EqualTo(new[] { "Pakistan" }));
    }

    [Test]
    public void A_name_WordNet_does_not_know_is_tied_to_nothing()
    {
        Assert.That(GlossLinks.Default.TiedTo("Shin Wonsik"), Is.Empty);
    }

    [TestCase("French Indochina", "Cambodia")]
    [TestCase("Continental Congress", "American Revolution")]
    [TestCase("American Civil War", "Confederacy")]
    public void The_embedded_links_tie_what_WordNet_s_definitions_name(string name, string tied)
    {
        Assert.That(GlossLinks.Default.TiedTo(name), Does.Contain(tied));
    }

    [TestCase("San Francisco", "California")]
    [TestCase("James Cook", "Great Britain")]
    [TestCase("George Washington", "President")]
    public void A_place_something_lies_in_a_person_s_country_or_an_office_ties_nothing(string name, string untied)
    {
        Assert.That(GlossLinks.Default.TiedTo(name), Does.Not.Contain(untied));
    }
}

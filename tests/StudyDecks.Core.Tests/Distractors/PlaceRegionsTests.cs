using StudyDecks.Core.Distractors;

namespace StudyDecks.Core.Tests.Distractors;

public class PlaceRegionsTests
{
    [Test]
    public void A_city_s_neighbours_are_places_of_its_own_region()
    {
        // Act
        var neighbours = PlaceRegions.Neighbours("Baghdad");

        // Assert
        Assert.That(neighbours, Does.Contain("Damascus").And.Contain("Erbil"));
        Assert.That(neighbours, Does.Not.Contain("Yekaterinburg").And.Not.Contain("Baghdad"));
    }

    [Test]
    public void A_place_of_unknown_region_has_no_neighbours()
    {
        // Act
        var neighbours = PlaceRegions.Neighbours("Atlantis");

        // Assert
        Assert.That(neighbours, Is.Empty);
    }

    [TestCase("Russia", "Belarus", "Zambia")]
    [TestCase("Japan", "China", "Panama")]
    [TestCase("Florida", "Texas", "Queensland")]
    [TestCase("Victoria", "Queensland", "California")]
    public void A_country_or_state_s_neighbours_are_of_its_own_continent_or_country(string place, string neighbour, string stranger)
    {
        // Act
        var neighbours = PlaceRegions.Neighbours(place);

        // Assert
        Assert.That(neighbours, Does.Contain(neighbour).And.Not.Contain(stranger));
    }
}

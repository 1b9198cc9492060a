using Bogus.Bson;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Tests.Analysis;

/// <summary>
/// The name lists the generator reads are exactly Bogus's English locale data, as tools/bogus-locale/convert.cs writes
/// them from the Bogus version the project pins: regenerate them when that version changes.
/// </summary>
public sealed class BogusLocaleResourcesTests
{
    [TestCase("bogus-first-names.txt", "name", "first_name")]
    [TestCase("bogus-last-names.txt", "name", "last_name")]
    [TestCase("bogus-countries.txt", "address", "country")]
    [TestCase("bogus-male-first-names.txt", "name", "male_first_name")]
    [TestCase("bogus-female-first-names.txt", "name", "female_first_name")]
    public void The_resource_lists_Bogus_English_entries_in_Bogus_order(string resource, string category, string path)
    {
        var bogus = (BArray)Bogus.Database.Get(category, path, "en");
        var expected = Enumerable.Range(0, bogus.Count).Select(i => bogus[i].StringValue).ToArray();

        Assert.That(expected, Has.Length.GreaterThan(100), "Bogus must have such a list");
        Assert.That(Lexicon.Lines(resource), Is.EqualTo(expected));
    }

    [Test]
    public void The_lexicon_knows_Bogus_names_and_countries()
    {
        var lexicon = Lexicon.Default;

        Assert.That(lexicon.FirstNames, Does.Contain("Aaliyah"));
        Assert.That(lexicon.LastNames, Does.Contain("Abbott"));
        Assert.That(lexicon.Places["Antigua and Barbuda"].Kind, Is.EqualTo(PlaceKind.Country));
    }
}

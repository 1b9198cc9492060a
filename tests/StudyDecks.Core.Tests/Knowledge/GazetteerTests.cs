using CsCheck;
using StudyDecks.Core.Knowledge;

namespace StudyDecks.Core.Tests.Knowledge;

public sealed class GazetteerTests
{
    private static Gazetteer Gazetteer => Gazetteer.Default;

    [Test]
    public void Reads_every_line_of_the_three_files()
    {
        // The loader throws on a line with a wrong field count, an empty required field or an unknown kind; the counts
        // are those the converter reported, so a dropped line fails too.
        Assert.That(Gazetteer.People, Has.Count.EqualTo(3263));
        Assert.That(Gazetteer.Places, Has.Count.EqualTo(2648));
        Assert.That(Gazetteer.Bodies, Has.Count.EqualTo(467));
    }

    [Test]
    public void Every_person_has_a_category_and_is_found_by_each_of_their_names_and_categories()
    {
        var people = Gazetteer.People;
        Gen.Int[0, people.Count - 1].Sample(index =>
        {
            var person = people[index];
            Assert.That(person.Categories, Is.Not.Empty, person.Name);
            Assert.That(person.AllNames().Where(name => !Gazetteer.IsPerson(name) || !Gazetteer.PeopleNamed(name).Contains(person)), Is.Empty, person.Name);
            Assert.That(person.Categories.Where(category => !Gazetteer.PeopleInCategory(category).Contains(person)), Is.Empty, person.Name);
        });
    }

    [Test]
    public void Every_place_is_found_by_its_names_and_lies_only_in_known_places_without_cycles()
    {
        var places = Gazetteer.Places;
        Gen.Int[0, places.Count - 1].Sample(index =>
        {
            var place = places[index];
            Assert.That(place.AllNames().Where(name => !Gazetteer.PlacesNamed(name).Contains(place)), Is.Empty, place.Name);
            Assert.That(place.PartOfIds.Where(id => Gazetteer.PlaceById(id) is null), Is.Empty, place.Name);
            Assert.That(Gazetteer.WholesOf(place), Has.None.EqualTo(place), place.Name);
            Assert.That(place.Demonyms.Where(demonym => !Gazetteer.PlacesOfDemonym(demonym).Contains(place)), Is.Empty, place.Name);
        });
    }

    [Test]
    public void Places_like_a_place_share_its_kind_and_are_never_a_part_or_whole_of_it()
    {
        var places = Gazetteer.Places;
        Gen.Int[0, places.Count - 1].Sample(index =>
        {
            var place = places[index];
            foreach (var other in Gazetteer.PlacesLike(place))
            {
                Assert.That(other.Kind, Is.EqualTo(place.Kind), $"{place.Name} / {other.Name}");
                Assert.That(Gazetteer.IsPartOf(other, place) || Gazetteer.IsPartOf(place, other), Is.False, $"{place.Name} / {other.Name}");
            }
        }, iter: 50);
    }

    [Test]
    public void Every_body_is_found_by_its_names_and_acronyms()
    {
        Assert.That(Gazetteer.Bodies.Where(body => !body.AllNames().All(name => Gazetteer.BodiesNamed(name).Contains(body))), Is.Empty);
    }

    [Test]
    public void Lincoln_is_a_President_of_the_United_States_from_the_United_States()
    {
        var lincoln = Gazetteer.PeopleNamed("Abraham Lincoln").Single();

        Assert.That(lincoln.Categories, Does.Contain("President of the United States").And.Contain("lawyer"));
        Assert.That(lincoln.Nationality, Is.EqualTo("United States"));
        Assert.That((lincoln.Born, lincoln.Died), Is.EqualTo(((int?)1809, (int?)1865)));
        Assert.That(lincoln.OtherNames, Does.Contain("Lincoln"));
    }

    [Test]
    public void Other_presidents_of_the_United_States_are_peers_of_Lincoln_and_he_is_not_his_own()
    {
        var lincoln = Gazetteer.PeopleNamed("Abraham Lincoln").Single();

        var peers = Gazetteer.PeersOf(lincoln).Select(person => person.Name).ToList();

        Assert.That(peers, Does.Contain("George Washington").And.Contain("Thomas Jefferson").And.Not.Contain("Abraham Lincoln"));
    }

    [Test]
    public void Peers_of_the_same_nationality_keep_the_nationality()
    {
        var gaulle = Gazetteer.PeopleNamed("Charles de Gaulle").Single();

        var peers = Gazetteer.PeersOf(gaulle, sameNationality: true).ToList();

        Assert.That(peers, Is.Not.Empty);
        Assert.That(peers, Has.All.Property(nameof(KnownPerson.Nationality)).EqualTo("France"));
    }

    [Test]
    public void Nationality_comes_from_a_demonym_at_the_start_of_the_gloss()
    {
        Assert.That(Gazetteer.PeopleNamed("Winston Churchill").Single().Nationality, Is.EqualTo("United Kingdom"));
        Assert.That(Gazetteer.PeopleNamed("Mikhail Gorbachev").Single().Nationality, Is.EqualTo("Soviet Union"));
    }

    [Test]
    public void Paris_is_in_France_which_is_in_Europe()
    {
        var paris = Gazetteer.PlacesNamed("Paris").Single(place => place.Class == "national capital");

        Assert.That(paris.Kind, Is.EqualTo(KnownPlaceKind.City));
        Assert.That(Gazetteer.CountryOf(paris)?.Name, Is.EqualTo("France"));
        Assert.That(Gazetteer.ContinentOf(paris)?.Name, Is.EqualTo("Europe"));
        Assert.That(Gazetteer.WholesOf(paris).Select(place => place.Name).Take(2), Is.EqualTo(new[] { "France", "Europe" }));
    }

    [Test]
    public void A_name_two_places_share_gives_both()
    {
        Assert.That(Gazetteer.PlacesNamed("Paris").Select(place => Gazetteer.CountryOf(place)?.Name), Is.EquivalentTo(new[] { "France", "United States" }));
    }

    [Test]
    public void French_is_the_demonym_of_France_and_back()
    {
        var france = Gazetteer.PlacesNamed("France").Single();

        Assert.That(france.Demonyms, Does.Contain("French"));
        Assert.That(Gazetteer.PlacesOfDemonym("French"), Is.EqualTo(new[] { france }));
    }

    [TestCase("Scotland", "Great Britain")]
    [TestCase("Great Britain", "Scotland")]
    [TestCase("Paris", "Europe")]
    [TestCase("Texas", "United States")]
    public void A_place_and_what_it_lies_in_are_part_and_whole(string first, string second)
    {
        Assert.That(Gazetteer.ArePartAndWhole(first, second), Is.True);
    }

    [TestCase("France", "Germany")]
    [TestCase("Paris", "Lyon")]
    [TestCase("Paris", "Berlin")]
    [TestCase("Atlantis", "Europe")]
    public void Places_side_by_side_are_not_part_and_whole(string first, string second)
    {
        Assert.That(Gazetteer.ArePartAndWhole(first, second), Is.False);
    }

    [Test]
    public void Places_like_Paris_are_other_French_cities()
    {
        var paris = Gazetteer.PlacesNamed("Paris").Single(place => place.Class == "national capital");

        var like = Gazetteer.PlacesLike(paris).ToList();

        Assert.That(like.Select(place => place.Name), Does.Contain("Marseille").And.Contain("Lyon").And.Not.Contain("Paris"));
        Assert.That(like.Where(place => Gazetteer.CountryOf(place)?.Name != "France"), Is.Empty);
    }

    [Test]
    public void Places_like_France_are_other_European_countries()
    {
        var france = Gazetteer.PlacesNamed("France").Single();

        var like = Gazetteer.PlacesLike(france).Select(place => place.Name).ToList();

        Assert.That(like, Does.Contain("Germany").And.Contain("Spain").And.Not.Contain("France").And.Not.Contain("Japan"));
    }

    [TestCase("NATO", "International")]
    [TestCase("Federal Bureau of Investigation", "Agency")]
    [TestCase("Democratic Party", "Party")]
    [TestCase("Royal Air Force", "ArmedForce")]
    public void Knows_bodies_and_their_kind(string name, string kind)
    {
        Assert.That(Gazetteer.IsBody(name), Is.True);
        Assert.That(Gazetteer.BodiesNamed(name).Select(body => body.Kind.ToString()), Does.Contain(kind));
    }

    [TestCase("River")]
    [TestCase("Island")]
    [TestCase("Sea")]
    public void Words_that_end_many_place_names_are_place_head_words(string word)
    {
        Assert.That(Gazetteer.PlaceHeadWords, Does.Contain(word));
    }

    [Test]
    public void Place_head_words_are_the_capitalised_last_words_of_three_place_names_that_repeat_their_class()
    {
        // Worked out from the places themselves: the gazetteer reads the head words with the names, without the entries.
        var expected = Gazetteer.Places
            .SelectMany(place => place.AllNames().Select(name => (Last: name[(name.LastIndexOf(' ') + 1)..], Space: name.LastIndexOf(' '), Class: place.Class[(place.Class.LastIndexOf(' ') + 1)..])))
            .Where(name => name.Space > 0 && char.IsUpper(name.Last[0]) && name.Last.Equals(name.Class, StringComparison.OrdinalIgnoreCase))
            .GroupBy(name => name.Last, StringComparer.Ordinal)
            .Where(group => group.Count() >= 3)
            .Select(group => group.Key);

        Assert.That(Gazetteer.PlaceHeadWords, Is.EquivalentTo(expected).And.Not.Empty);
    }

    [Test]
    public void A_name_nobody_has_is_no_person_place_or_body()
    {
        Assert.That(Gazetteer.IsPerson("Virgie Oberbrunner") || Gazetteer.IsPlace("Virgie Oberbrunner") || Gazetteer.IsBody("Virgie Oberbrunner"), Is.False);
    }

    [Test]
    public void The_years_of_a_state_come_from_its_gloss()
    {
        var soviet = Gazetteer.PlacesNamed("Soviet Union").Single();
        var slovenia = Gazetteer.PlacesNamed("Slovenia").Single(place => place.Kind == KnownPlaceKind.Country);

        Assert.That((soviet.State.Since, soviet.State.Until), Is.EqualTo(((int?)1922, (int?)1991)));
        Assert.That((slovenia.State.Since, slovenia.State.Until), Is.EqualTo(((int?)1991, (int?)null)));
    }

    [TestCase(1921, false)]
    [TestCase(1922, true)]
    [TestCase(1991, true)]
    [TestCase(1992, false)]
    public void A_state_existed_from_the_year_it_began_to_the_year_it_ceased(int year, bool existed) =>
        Assert.That(new StateYears(1922, 1991, Former: false).ExistedIn(year), Is.EqualTo(existed));

    [Test]
    public void A_former_state_without_a_year_existed_in_no_year_after_the_source_and_cannot_be_told_before()
    {
        var former = new StateYears(null, null, Former: true);

        Assert.That(former.ExistedIn(StateYears.SourceYear + 1), Is.False);
        Assert.That(former.ExistedIn(1950), Is.Null);
    }

    [Test]
    public void A_country_whose_gloss_names_no_year_has_no_state_years()
    {
        Assert.That(Gazetteer.PlacesNamed("France").Where(place => place.Kind == KnownPlaceKind.Country).Select(place => place.State), Is.All.EqualTo(StateYears.Unknown));
    }

    [Test]
    public void A_death_year_before_the_birth_year_is_a_slip_of_the_gloss_and_neither_is_kept_but_a_life_BC_is()
    {
        // WordNet: "29th President of the United States ... (1865-1823)"; "Aristotle ... (384-322)" is BC.
        Assert.That((Gazetteer.PeopleNamed("Warren Harding").Single().Born, Gazetteer.PeopleNamed("Warren Harding").Single().Died), Is.EqualTo(((int?)null, (int?)null)));
        Assert.That(Gazetteer.PeopleNamed("Aristotle").Single().Died, Is.EqualTo(322));
    }
}

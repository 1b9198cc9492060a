using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation.Kinds.Cloze;

namespace StudyDecks.Core.Tests.Generation.Kinds.Cloze;

public class SentenceStemTests
{
    private static string? Blank(string sentence, string answer, string? weMeans = null)
    {
        var start = sentence.IndexOf(answer, StringComparison.Ordinal);
        return SentenceStem.Build(sentence, start, start + answer.Length, Card.Blank, weMeans);
    }

    [Test]
    public void Drops_a_leading_discourse_marker_and_capitalises()
    {
        // Act
        var stem = Blank("Notably, in November 2015, an attack in Paris killed 130 people.", "130");

        // Assert
        Assert.That(stem, Is.EqualTo("In November 2015, an attack in Paris killed _____ people."));
    }

    [Test]
    public void Closes_a_space_the_source_left_before_a_stop()
    {
        // Act
        var stem = Blank("Full relations were established on July 29, 1858 with a treaty signed at Edo (Tokyo) .", "July 29, 1858");

        // Assert
        Assert.That(stem, Is.EqualTo("Full relations were established on _____ with a treaty signed at Edo (Tokyo)."));
    }

    [Test]
    public void Drops_a_pointer_to_another_part_of_the_article()
    {
        // Act
        var stem = Blank("In 1947, the Burmese established a provisional Government of Burma (see Diplomatic Relations below).", "1947");

        // Assert
        Assert.That(stem, Is.EqualTo("In _____, the Burmese established a provisional Government of Burma."));
    }

    [Test]
    public void Asks_nothing_of_a_sentence_that_is_only_a_pointer_to_another_part()
    {
        // Act
        var stem = Blank("(See Chinese Immigration and the Chinese Exclusion Acts.)", "Chinese Exclusion Acts");

        // Assert
        Assert.That(stem, Is.Null);
    }

    [Test]
    public void An_aside_between_dashes_without_spaces_leaves_the_space_between_its_words()
    {
        // Act
        var stem = Blank("Oakwood University and its small business partner—SSS Optical Technologies, LLC, a maker of optical fibers in Huntsville—were awarded a Small Business Technology Transfer Phase II contract by NASA’s Marshall Space Flight Center in November 2023 to continue their work on fibers.", "November 2023");

        // Assert
        Assert.That(stem, Does.Contain("partner were awarded"));
    }

    [Test]
    public void Drops_eventually_which_only_orders_the_events_told_before()
    {
        // Act
        var stem = Blank("Pedro Ramirez eventually broke relations with Germany and Japan in January 1944.", "January 1944");

        // Assert
        Assert.That(stem, Is.EqualTo("Pedro Ramirez broke relations with Germany and Japan in _____."));
    }

    [Test]
    public void Keeps_a_decimal_point_after_a_space()
    {
        // Act
        var stem = Blank("The index rose by .5 points in 2019.", "2019");

        // Assert
        Assert.That(stem, Is.EqualTo("The index rose by .5 points in _____."));
    }

    [Test]
    public void Keeps_in_addition_to_which_opens_a_phrase_not_a_discourse_marker()
    {
        // Act
        var stem = Blank("In addition to the agreement, the partners will build on future agreements for Japan’s participation.", "Japan");

        // Assert
        Assert.That(stem, Is.EqualTo("In addition to the agreement, the partners will build on future agreements for _____’s participation."));
    }

    [Test]
    public void Drops_a_weekday_that_only_the_article_date_explains()
    {
        // Act
        var stem = Blank("The Coalition, meeting in Rome on Monday, reaffirmed its commitment.", "Rome");

        // Assert
        Assert.That(stem, Is.EqualTo("The Coalition, meeting in _____, reaffirmed its commitment."));
    }

    [TestCase("Wednesday night, the Japan team beat Australia in Canberra.", "Canberra", "The Japan team beat Australia in _____.")]
    [TestCase("The team beat Australia in Canberra on Wednesday night.", "Canberra", "The team beat Australia in _____.")]
    [TestCase("On Sunday morning, the team beat Australia in Canberra.", "Canberra", "The team beat Australia in _____.")]
    public void Drops_the_part_of_the_day_with_its_weekday(string sentence, string answer, string expected)
    {
        Assert.That(Blank(sentence, answer), Is.EqualTo(expected));
    }

    [TestCase("The planet's surface temperature is more than 4000°C (7232°F), nearly as hot as the Sun.", "4000", "The planet's surface temperature is more than _____°C, nearly as hot as the Sun.")]
    [TestCase("The peak stands 345 feet (105 m) above sea level.", "345", "The peak stands _____ feet above sea level.")]
    public void Drops_the_same_quantity_in_other_units_after_the_blank(string sentence, string answer, string expected)
    {
        Assert.That(Blank(sentence, answer), Is.EqualTo(expected));
    }

    [Test]
    public void Keeps_a_parenthesis_after_the_blank_that_is_no_quantity()
    {
        Assert.That(Blank("The treaty was signed in Paris (France) in 1783.", "Paris"), Is.EqualTo("The treaty was signed in _____ (France) in 1783."));
    }

    [Test]
    public void Names_the_authors_of_a_joint_statement_instead_of_we()
    {
        // Act
        var stem = Blank("We urge Russia to protect our shared values.", "Russia", "The Leaders of the Group of Seven (G7)");

        // Assert
        Assert.That(stem, Is.EqualTo("The Leaders of the Group of Seven (G7) urge _____ to protect their shared values."));
    }

    [Test]
    public void Cuts_a_trailing_clause_after_the_blank_when_the_sentence_is_too_long()
    {
        // Arrange
        var sentence = "In the first year of the programme the agency trained 4,000 teachers across eleven regions of the country, which was far more than the ministry had planned for when it first set aside money for the scheme in its budget.";

        // Act
        var stem = Blank(sentence, "4,000");

        // Assert
        Assert.That(stem, Is.EqualTo("In the first year of the programme the agency trained _____ teachers across eleven regions of the country."));
    }

    [Test]
    public void Never_cuts_away_the_part_asked_about()
    {
        // Arrange
        var sentence = "In the first year of the programme the agency trained many teachers across eleven regions of the country, which was far more than the ministry had planned for when it first set aside 4,000 dollars in its budget.";

        // Act
        var stem = Blank(sentence, "4,000 dollars");

        // Assert
        Assert.That(stem, Is.Not.Null.And.Contains(Card.Blank));
    }

    // Round 84: "its price rose 65% from last year" became "rose _____ from in 2010" (GRAM from both blind reviewers).
    [TestCase("Its price rose 65% from last year.", "Its price rose _____ from 2010.")]
    [TestCase("Its price has risen 65% since last year.", "Its price has risen _____ since 2010.")]
    [TestCase("Its price was 65% higher than last year.", "Its price was _____ higher than in 2010.")]
    [TestCase("Since last year, its price has risen 65%.", "Since 2010, its price has risen _____.")]
    public void A_relative_year_after_a_preposition_becomes_the_year_alone(string sentence, string expected)
    {
        var start = sentence.IndexOf("65%", StringComparison.Ordinal);
        var stem = SentenceStem.Build(sentence, start, start + 3, Card.Blank, year: 2011);
        Assert.That(stem, Is.EqualTo(expected));
    }

    [Test]
    public void Dates_last_year_from_the_year_the_article_was_written()
    {
        // Act
        var start = "A record 45,756 migrants crossed the Channel last year, a record.".IndexOf("45,756", StringComparison.Ordinal);
        var stem = SentenceStem.Build("A record 45,756 migrants crossed the Channel last year, a record.", start, start + 6, Card.Blank, year: 2023);

        // Assert
        Assert.That(stem, Is.EqualTo("A record _____ migrants crossed the Channel in 2022, a record."));
    }

    [Test]
    public void Drops_a_leading_relative_time_that_only_the_article_date_explains()
    {
        // Act
        var stem = Blank("Two weeks ago, a summit of the G-7 was held in Cornwall.", "Cornwall");

        // Assert
        Assert.That(stem, Is.EqualTo("A summit of the G-7 was held in _____."));
    }

    [Test]
    public void Asks_only_the_clause_that_holds_the_blank_when_two_clauses_are_joined_by_and_the()
    {
        // Arrange
        const string Sentence = "Iraq has repatriated over 10,400 of its citizens, Blinken said, and the Kyrgyz Republic has repatriated over 432 of its citizens.";

        // Act
        var first = Blank(Sentence, "10,400");
        var second = Blank(Sentence, "432");

        // Assert
        Assert.That(first, Is.EqualTo("Iraq has repatriated over _____ of its citizens, Blinken said."));
        Assert.That(second, Is.EqualTo("The Kyrgyz Republic has repatriated over _____ of its citizens."));
    }

    [Test]
    public void Keeps_a_coordinated_object_that_has_no_verb_of_its_own()
    {
        // Act
        var stem = Blank("The Coalition is led by the U.S., and the United Arab Emirates.", "U.S.");

        // Assert
        Assert.That(stem, Is.EqualTo("The Coalition is led by the _____, and the United Arab Emirates."));
    }

    [TestCase("In 2022, the President appointed two Co-Chairs, followed by a full slate of Council Members in _____.", "2022-01-01")]
    [TestCase("The envoy arrived in 1853 and three years later signed a treaty in _____.", "1853-01-01")]
    [TestCase("In 2022, the President appointed two Co-Chairs and named the Council Members in _____.", null)]
    [TestCase("The bill, which cost $2,022 and was later amended, passed in _____.", null)]
    [TestCase("_____ came first, followed by the 2023 slate.", null)]
    public void A_year_named_before_the_blank_with_a_word_of_sequence_is_the_earliest_option(string stem, string? earliest) =>
        Assert.That(SentenceStem.SequencedEarliestDay(stem), Is.EqualTo(earliest is null ? (DateOnly?)null : DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture)));
}

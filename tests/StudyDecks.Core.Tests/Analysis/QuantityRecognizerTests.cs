using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Tests.Analysis;

public class QuantityRecognizerTests
{
    private static List<Mention> Mentions(string sentence) => ArticleText.Analyze(sentence).AllMentions().ToList();

    [TestCase("Almost half of all Australian primary school children are iodine deficient, researchers say.", "Almost half", 50)]
    [TestCase("Nearly a third of the schools took part in the survey.", "Nearly a third", 33.3)]
    [TestCase("One in three adults in the region live without clean water.", "One in three", 33.3)]
    [TestCase("The study found that three quarters of the farms used iodised salt.", "three quarters", 75)]
    public void A_share_of_a_group_is_a_percentage(string sentence, string text, decimal value)
    {
        // Act
        var share = Mentions(sentence).Single(mention => mention.Kind == MentionKind.Percent);

        // Assert
        Assert.That((share.Text, share.Value), Is.EqualTo((text, value)));
    }

    [TestCase("Pregnant women in Australia are getting about half as much as what they require.")]
    [TestCase("The team spent half the night in the control room.")]
    [TestCase("He was a third party to the agreement.")]
    [TestCase("Oregon was one of the major diplomatic issues of the first half of the 19th century.")]
    [TestCase("Trade grew quickly in the latter half of the decade.")]
    public void A_fraction_that_is_not_a_share_of_a_group_is_not_a_quantity(string sentence)
    {
        // Act
        var mentions = Mentions(sentence);

        // Assert
        Assert.That(mentions.Where(mention => mention.Kind == MentionKind.Percent), Is.Empty);
    }

    [TestCase("More than two billion people around the world live in areas prone to iodine deficiency.", "two billion", 2_000_000_000)]
    [TestCase("About 1.5 million children were tested across the country.", "1.5 million", 1_500_000)]
    public void A_count_with_a_scale_word_is_one_number(string sentence, string text, decimal value)
    {
        // Act
        var number = Mentions(sentence).Single(mention => mention.Kind == MentionKind.Number);

        // Assert
        Assert.That((number.Text, number.Value), Is.EqualTo((text, value)));
    }

    [TestCase("A cross-sectional survey of 1709 schoolchildren was carried out in Victoria.", "Number")]
    [TestCase("The survey was carried out in 2003 and repeated later.", "Year")]
    [TestCase("The elections of 2003 changed the government.", "Year")]
    [TestCase("Tesco sold its roughly 2000 Thai stores to Charoen Pokphand.", "Number")]
    [TestCase("Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand.", "Number")]
    public void A_four_digit_count_of_people_is_a_number_not_a_year(string sentence, string kind)
    {
        // Act
        var mention = Mentions(sentence).First(mention => mention.Kind is MentionKind.Number or MentionKind.Year);

        // Assert
        Assert.That(mention.Kind.ToString(), Is.EqualTo(kind));
    }

    [Test]
    public void A_sum_with_a_scale_word_stays_money()
    {
        // Act
        var mentions = Mentions("The U.S. is contributing $2 billion to the drive.");

        // Assert
        Assert.That(mentions.Where(mention => mention.Kind is MentionKind.Money or MentionKind.Number).Select(mention => (mention.Kind, mention.Text)), Is.EqualTo(new[] { (MentionKind.Money, "$2 billion") }));
    }

    [TestCase("The satellite launched successfully into orbit at 1:33 a.m. EST Thursday.", "1:33 a.m. EST", 93)]
    [TestCase("The polls close at 9 p.m. in every state.", "9 p.m.", 21 * 60)]
    [TestCase("The ceremony starts at 12:15am sharp.", "12:15am", 15)]
    public void A_time_of_day_is_one_mention_with_its_zone(string sentence, string text, int minutes)
    {
        // Act
        var time = Mentions(sentence).Single(mention => mention.Kind == MentionKind.Time);

        // Assert
        Assert.That((time.Text, time.Value), Is.EqualTo((text, (decimal)minutes)));
    }

    [TestCase("SpaceX launched its first crewed mission at 1922 UTC from Kennedy Space Center.", "1922 UTC", 19 * 60 + 22)]
    [TestCase("He was in the mosque at about 13:40 local time (0040 UTC).", "0040 UTC", 40)]
    public void A_time_on_the_24_hour_clock_with_its_zone_is_a_time_not_a_year_or_a_number_and_is_not_asked(string sentence, string text, int minutes)
    {
        // Act
        var mentions = Mentions(sentence);

        // Assert (set 38: "launched its first crewed mission at _____ UTC" asked the year 1922, and "0040" was an age option)
        var time = mentions.Single(mention => mention.Text == text);
        Assert.That((time.Kind, time.Value, time.IsUnusable), Is.EqualTo((MentionKind.Time, (decimal)minutes, true)));
        Assert.That(mentions.Select(mention => mention.Kind), Has.None.EqualTo(MentionKind.Year));
    }

    [TestCase("The asteroid 2024 BX1 was first observed three hours before its impact.", true)]
    [TestCase("The asteroid 2004 MN4 passed close to the Earth.", true)]
    [TestCase("Researchers studied the near-Earth asteroid (29075) 1950 DA for a decade.", true)]
    [TestCase("The asteroid was first observed in 2024 by an observatory.", false)]
    [TestCase("In 2024 NASA launched the PACE mission.", false)]
    public void A_year_before_a_code_of_capitals_and_digits_is_part_of_a_designation(string sentence, bool designation)
    {
        // Act
        var year = Mentions(sentence).Single(mention => mention.Kind == MentionKind.Year);

        // Assert
        Assert.That(year.IsUnusable, Is.EqualTo(designation));
    }

    [TestCase("Sweden beat South Korea 1:0 in Nizhny Novgorod.")]
    [TestCase("The rocket was a SpaceX Falcon 9 from Complex 40.")]
    [TestCase("She was 9 among the pm candidates.")]
    public void Scores_labels_and_bare_numbers_are_not_times_of_day(string sentence)
    {
        // Act
        var mentions = Mentions(sentence);

        // Assert
        Assert.That(mentions.Where(mention => mention.Kind == MentionKind.Time), Is.Empty);
    }
}

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Knowledge;
using StudyDecks.Core.Quality;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Distractors;

public class DistractorPickerTests
{
    private const string Text =
        "The Kurdish-led Syrian Democratic Forces (SDF) hold the camps. The Kurdistan Democratic Party (KDP) met in Erbil. " +
        "The Kurdistan Regional Government (KRG) agreed. The Popular Mobilization Forces (PMF) stayed. The Iraqi Security Forces fought in Mosul. The State Department spoke. " +
        "Secretary of State Antony Blinken met Iraqi Foreign Minister Fuad Hussein in Baghdad. Blinken said the SDF did well. " +
        "The U.S. is contributing $168 million, after $148 million last year and $535 million in aid. Some 31,000 people and 9,000 fighters remain. " +
        "In 2017 the Coalition took Mosul.";

    private static (DistractorPicker Picker, EntityTable Entities, ArticleAnalysis Analysis) Setup()
    {
        var analysis = ArticleText.Analyze(Text);
        var entities = new EntityTable(Lexicon.Default, [analysis]);
        return (new DistractorPicker(Lexicon.Default, entities, new DistractorPools([analysis])), entities, analysis);
    }

    /// <summary>A picker over one article read from plain text (title line, blank line, body), as the reader reads a file.</summary>
    private static (DistractorPicker Picker, ArticleAnalysis Analysis) PickerFor(string text, string fileName)
    {
        var article = StudyDecks.Core.Articles.ArticleReader.Read(System.Text.Encoding.UTF8.GetBytes(text), fileName);
        var analysis = new ArticleAnalyzer(Lexicon.Default).Analyze(article);
        return (new DistractorPicker(Lexicon.Default, new EntityTable(Lexicon.Default, [analysis]), new DistractorPools([analysis])), analysis);
    }

    [Test]
    public void Distractors_never_include_an_alias_of_the_answer()
    {
        // Arrange
        var (picker, entities, analysis) = Setup();
        var answer = new AnswerSpec("SDF", AnswerKind.Organization, analysis.Article.Id, "The _____ hold the camps.") { Entity = entities.Find("SDF") };

        // Act
        var distractors = picker.Pick(answer, new Random(1));

        // Assert
        Assert.That(distractors, Is.Not.Null);
        Assert.That(distractors!, Has.None.Matches<string>(option => entities.SameEntity(option!, "SDF") || option == "Syrian Democratic Forces"));
    }

    [Test]
    public void Person_distractors_are_other_full_names_never_the_answer_or_its_surname()
    {
        // Arrange
        var (picker, entities, analysis) = Setup();
        var answer = new AnswerSpec("Antony Blinken", AnswerKind.Person, analysis.Article.Id, "Who was the Secretary of State in 2024?") { Entity = entities.Find("Antony Blinken") };

        // Act
        var distractors = picker.Pick(answer, new Random(7));

        // Assert
        // Only people the deck names are offered: with fewer than three of them the card goes without options.
        Assert.That(distractors ?? [], Has.All.Contains(" ").And.None.Contains("Blinken"));
    }

    [Test]
    public void A_person_the_gazetteer_knows_gets_real_peers_of_a_shared_category_grown_up_in_the_card_s_year()
    {
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("James Madison", AnswerKind.Person, analysis.Article.Id, "In 1812, _____ asked Congress to declare war.");
        var gazetteer = Gazetteer.Default;
        var madison = gazetteer.PeopleNamed("James Madison").Single();

        var options = picker.Pick(answer, new Random(3)) as PickedOptions;

        Assert.That(options, Is.Not.Null);
        Assert.That(options!.Origins.Values, Has.All.EqualTo(OptionOrigin.Gazetteer));
        foreach (var option in options)
        {
            var person = gazetteer.PeopleNamed(option).Single();
            Assert.That(person.Categories.Intersect(madison.Categories), Is.Not.Empty, option);
            Assert.That(person.Nationality, Is.EqualTo("United States"), option);
            Assert.That(person.Born + 20, Is.LessThanOrEqualTo(1812), option);
            Assert.That(person.Died ?? int.MaxValue, Is.GreaterThanOrEqualTo(1812), option);
        }
    }

    [Test]
    public void An_unknown_person_in_a_stem_naming_no_role_gets_no_gazetteer_people()
    {
        var (picker, entities, analysis) = Setup();
        var answer = new AnswerSpec("Fuad Hussein", AnswerKind.Person, analysis.Article.Id, "Who asked for help with reconstruction in 2021?") { Entity = entities.Find("Fuad Hussein") };

        var options = picker.Pick(answer, new Random(3)) as PickedOptions;

        Assert.That(options?.Origins.Values ?? [], Has.None.EqualTo(OptionOrigin.Gazetteer));
    }

    [Test]
    public void An_unknown_person_in_a_stem_naming_a_role_gets_gazetteer_people_of_that_role_alive_in_the_year_or_none()
    {
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("Tim Kaine", AnswerKind.Person, analysis.Article.Id, "In 1880, the President of the United States _____ vetoed the bill.");
        var gazetteer = Gazetteer.Default;

        var options = picker.Pick(answer, new Random(3)) as PickedOptions;

        Assert.That(options, Is.Not.Null);
        Assert.That(options!, Has.All.Matches<string>(option => gazetteer.PeopleNamed(option!).Any(person =>
            person.Categories.Contains("President of the United States") && person.Born + 20 <= 1880 && (person.Died ?? int.MaxValue) >= 1880)));
    }

    [Test]
    public void A_role_question_gets_only_real_holders_of_the_office_it_names_grown_up_and_alive_in_its_year()
    {
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("Harry Truman", AnswerKind.Person, analysis.Article.Id, "Who was the U.S. President in 1951?") { RoleHoldersOnly = true };
        var gazetteer = Gazetteer.Default;

        var options = picker.Pick(answer, new Random(5)) as PickedOptions;

        Assert.That(options, Is.Not.Null);
        Assert.That(options!.Origins.Values, Has.All.EqualTo(OptionOrigin.Gazetteer), "never the deck's Blinken or Hussein");
        Assert.That(options, Has.All.Matches<string>(option => gazetteer.PeopleNamed(option!).Any(person =>
            person.Categories.Contains("President of the United States") && person.Born + 20 <= 1951 && (person.Died ?? int.MaxValue) >= 1951)));
    }

    [Test]
    public void A_role_many_hold_at_once_gets_no_gazetteer_people()
    {
        // Every general alive in 1863 was a general in 1863: all of them would be right.
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("Ulysses Grant", AnswerKind.Person, analysis.Article.Id, "Who was the Union general in 1863?") { RoleHoldersOnly = true };

        Assert.That(picker.Pick(answer, new Random(5)), Is.Null);
    }

    [Test]
    public void Money_distractors_share_the_unit_stay_within_half_to_double_and_are_sorted()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("$168 million", AnswerKind.Money, analysis.Article.Id, "The U.S. is contributing _____ to the drive.");

        // Act
        var distractors = picker.Pick(answer, new Random(3))!;
        var values = distractors.Select(option => QuantityForm.Parse(option, Lexicon.Default)!.Number).ToArray();

        // Assert
        Assert.That(distractors, Has.All.StartWith("$").And.All.EndWith(" million"));
        Assert.That(values, Has.All.InRange(84m, 336m));
        Assert.That(values, Does.Not.Contain(168m));
        Assert.That(values, Is.Ordered);
        Assert.That(distractors, Does.Not.Contain("$535 million"));
    }

    [Test]
    public void Number_distractors_keep_the_digit_grouping_and_exclude_numbers_of_the_stem()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("31,000", AnswerKind.Number, analysis.Article.Id, "Some _____ people and 9,000 fighters remain.");

        // Act
        var distractors = picker.Pick(answer, new Random(5))!;

        // Assert
        Assert.That(distractors, Has.All.Matches<string>(option => option!.Contains(',', StringComparison.Ordinal)));
        Assert.That(distractors, Does.Not.Contain("9,000"));
    }

    [Test]
    public void Year_distractors_are_nearby_years()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("2017", AnswerKind.Year, analysis.Article.Id, "In _____ the Coalition took Mosul.");

        // Act
        var years = picker.Pick(answer, new Random(2))!.Select(int.Parse).ToArray();

        // Assert
        Assert.That(years, Has.All.InRange(2007, 2027));
        Assert.That(years, Does.Not.Contain(2017));
    }

    [TestCase("On January 10, 2020, Qaboos bin Said, the long-serving Sultan of Oman, died aged _____.", "79")]
    [TestCase("Fields, now a _____-year-old man, was sentenced to life in prison.", "22")]
    [TestCase("She retired at the age of _____.", "98")]
    [TestCase("Walter Munk was _____ and died of pneumonia in La Jolla, California.", "101")] // set 36: offered 141, 152 and 202
    public void Age_options_are_a_few_years_either_side_and_never_past_a_long_life(string stem, string age)
    {
        // Arrange
        var analysis = ArticleText.Analyze("The sultan ruled Oman for nearly 50 years. He had no children.");
        var picker = new DistractorPicker(Lexicon.Default, new EntityTable(Lexicon.Default, [analysis]), new DistractorPools([analysis]));
        var key = int.Parse(age, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var ages = OptionsOverSeeds(picker, new AnswerSpec(age, AnswerKind.Number, analysis.Article.Id, stem), 10).Select(int.Parse).ToList();

        // Assert
        Assert.That(ages, Is.Not.Empty);
        Assert.That(ages, Has.All.InRange(Math.Max(1, key - 9), Math.Min(105, key + 9)));
    }

    [Test]
    public void Year_options_stay_on_the_answer_s_side_of_every_year_the_question_names()
    {
        // Arrange: the article's own years before 1756 are the options it would offer first.
        var analysis = ArticleText.Analyze("Fighting began in 1753. A fort fell in 1754 and another in 1755. The war began in 1756, and British armies conquered Canada in 1759.");
        var picker = new DistractorPicker(Lexicon.Default, new EntityTable(Lexicon.Default, [analysis]), new DistractorPools([analysis]));
        var stem = "The war began in 1756 and British armies conquered Canada in _____.";

        // Act
        var years = OptionsOverSeeds(picker, new AnswerSpec("1759", AnswerKind.Year, analysis.Article.Id, stem), 10).Select(int.Parse).ToList();

        // Assert
        Assert.That(years, Is.Not.Empty);
        Assert.That(years, Has.All.GreaterThan(1756));
    }

    [Test]
    public void An_answer_at_the_end_of_the_title_s_span_still_gets_options_outside_it()
    {
        // Arrange: the line will lose its years ("French and Indian War"), so only the span's inside is ruled out.
        var (picker, analysis) = PickerFor("French and Indian War, 1754–63\n\nThe French and Indian War began in 1754 and ended with the Treaty of Paris in 1763. Quebec fell in 1759.\n", "war.txt");
        var answer = new AnswerSpec("1763", AnswerKind.Year, analysis.Article.Id, "The French and Indian War began in 1754 and ended with the Treaty of Paris in _____.");

        // Act
        var years = picker.Pick(answer, new Random(4))?.Select(int.Parse).ToList();

        // Assert
        Assert.That(years, Is.Not.Null.And.Count.EqualTo(3));
        Assert.That(years, Has.All.GreaterThan(1763));
    }

    [TestCase("The Berlin Airlift, 1948–1949", "By spring 1949, the Berlin Airlift proved successful.", "1949", "By spring _____, the Berlin Airlift proved successful.", 1949, 9999)]
    [TestCase("The Berlin Airlift, 1948–1949", "The Berlin Airlift began in 1948, when Moscow closed the roads.", "1948", "The Berlin Airlift began in _____, when Moscow closed the roads.", 0, 1948)]
    public void An_answer_at_one_end_of_the_title_s_span_gets_options_beyond_that_end(string title, string sentence, string year, string stem, int after, int before)
    {
        // Arrange: an option on the other side of the span (1943 for the airlift's end) is a year the event had not begun.
        var (picker, analysis) = PickerFor($"{title}\n\nThe Soviet Union blockaded West Berlin. {sentence} The city was fed from the air.\n", "airlift.txt");
        var answer = new AnswerSpec(year, AnswerKind.Year, analysis.Article.Id, stem);

        // Act
        var years = OptionsOverSeeds(picker, answer, 8).Select(int.Parse).ToList();

        // Assert
        Assert.That(years, Is.Not.Empty);
        Assert.That(years, Has.All.GreaterThan(after).And.All.LessThan(before));
    }

    [Test]
    public void An_event_at_the_end_of_the_title_s_span_gets_options_inside_it()
    {
        // Arrange: "the capture of Fort Fisher" is one event of the blockade's years; 1869 is after the war had ended
        // (blind reviewers, set 23), while 1862 to 1864 are fair.
        var (picker, analysis) = PickerFor("The Blockade of Confederate Ports, 1861–1865\n\nThe blockade was announced in 1861. Until the capture of Fort Fisher in 1865, the Confederate Army was still able to obtain some supplies.\n", "blockade.txt");
        var answer = new AnswerSpec("1865", AnswerKind.Year, analysis.Article.Id, "Until the capture of Fort Fisher in _____, the Confederate Army was still able to obtain some supplies.");

        // Act
        var years = OptionsOverSeeds(picker, answer, 5).Select(int.Parse).ToList();

        // Assert
        Assert.That(years, Is.Not.Empty);
        Assert.That(years, Has.All.InRange(1861, 1864));
    }

    [Test]
    public void Date_options_stay_on_the_answer_s_side_of_a_day_the_question_names()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var stem = "Initial discussions between Henry Kissinger and Arab leaders began in _____ and culminated with the First Egyptian-Israeli Disengagement Agreement on January 18, 1974.";

        // Act
        var options = OptionsOverSeeds(picker, new AnswerSpec("November 1973", AnswerKind.Date, analysis.Article.Id, stem), 10).ToList();

        // Assert
        Assert.That(options, Is.Not.Empty);
        Assert.That(options.Select(option => DateTime.Parse("1 " + option, System.Globalization.CultureInfo.InvariantCulture)), Has.All.LessThan(new DateTime(1974, 1, 18)));
    }

    [Test]
    public void A_day_bounded_within_a_month_by_the_question_gets_days_of_its_own_month()
    {
        // Arrange: "ended on November 4" leaves September or July openings implausible, not merely wrong.
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("October 30, 1991", AnswerKind.Date, analysis.Article.Id, "The Madrid Conference opened _____, and ended on November 4.");

        // Act
        var options = Enumerable.Range(0, 5).Select(seed => picker.Pick(answer, new Random(seed))).ToList();

        // Assert
        Assert.That(options, Has.All.Not.Null.And.Count.EqualTo(3));
        Assert.That(options.SelectMany(set => set!).Select(option => DateTime.Parse(option, System.Globalization.CultureInfo.InvariantCulture)), Has.All.Matches<DateTime>(date => date.Month == 10 && date.Year == 1991 && date.Day < 30));
    }

    [TestCase("March 31, 1854", 31)]
    [TestCase("January 30, 1854", 30)]
    [TestCase("February 29, 1856", 29)]
    public void Date_distractors_keep_the_answers_day(string date, int day)
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec(date, AnswerKind.Date, analysis.Article.Id, "The two sides signed the treaty on _____.");

        // Act
        var options = picker.Pick(answer, new Random(3));

        // Assert
        Assert.That(options, Is.Not.Null.And.Count.EqualTo(3));
        Assert.That(options!.Select(option => DateTime.Parse(option, System.Globalization.CultureInfo.InvariantCulture).Day), Has.All.EqualTo(day));
    }

    [TestCase("Sep 26, 1984", @"^[A-Z][a-z]{2} 26, 1984$")]
    [TestCase("Sep. 26, 1984", @"^(?:May|[A-Z][a-z]{2}\.) 26, 1984$")]
    [TestCase("Sept. 26, 1984", @"^(?:May|[A-Z][a-z]{2}\.) 26, 1984$")]
    [TestCase("September 26, 1984", @"^(?:May|[A-Z][a-z]{3,}) 26, 1984$")]
    [TestCase("September 26 1984", @"^(?:May|[A-Z][a-z]{3,}) 26 1984$")] // set 35: "entered the consulate on October 2 2018"
    public void Date_options_write_their_month_and_comma_as_the_answer_does(string date, string pattern)
    {
        // Arrange (set 8 of unseen articles: "On Sep 26, 1984, the U.S. Liaison Office in Riyadh was raised …")
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec(date, AnswerKind.Date, analysis.Article.Id, "The office was raised to the rank of Embassy on _____.");

        // Act
        var options = picker.Pick(answer, new Random(3));

        // Assert
        Assert.That(options, Is.Not.Null.And.Count.EqualTo(3));
        Assert.That(options, Has.All.Match(pattern));
    }

    [Test]
    public void Date_options_of_an_answer_with_its_weekday_take_their_own_weekdays()
    {
        // Arrange (set 22 of unseen articles: "… was postponed _____." offered "Tuesday, Feb. 13, 2024" beside "Jan. 13, 2024")
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("Tuesday, Feb. 13, 2024", AnswerKind.Date, analysis.Article.Id, "The launch of the lander was postponed to _____.");

        // Act
        var options = picker.Pick(answer, new Random(3));

        // Assert
        Assert.That(options, Is.Not.Null.And.Count.EqualTo(3));
        foreach (var option in options!)
        {
            var comma = option.IndexOf(", ", StringComparison.Ordinal);
            var date = DateTime.Parse(option[(comma + 2)..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(option[..comma], Is.EqualTo(date.DayOfWeek.ToString()), option);
        }
    }

    [Test]
    public void A_round_figure_gets_round_options()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("10 per cent", AnswerKind.Percent, analysis.Article.Id, "Iodine is added to only _____ of Australian salt.");

        // Act
        var distractors = OptionsOverSeeds(picker, answer, 5).ToList();

        // Assert: "11 per cent" beside "10 per cent" would single out the round answer.
        Assert.That(distractors, Is.Not.Empty);
        Assert.That(distractors.Select(option => QuantityForm.Parse(option, Lexicon.Default)!.Number % 5), Has.All.EqualTo(0m));
    }

    [TestCase("$343.5 billion", "Ireland’s investment in the United States was approximately _____ in 2019.")]
    [TestCase("336,400", "The investment supported _____ U.S.-based jobs.")]
    public void A_precise_figure_gets_no_option_that_is_a_simple_multiple_of_it(string key, string stem)
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec(key, key.StartsWith('$') ? AnswerKind.Money : AnswerKind.Number, analysis.Article.Id, stem);
        var number = QuantityForm.Parse(key, Lexicon.Default)!.Number;

        // Act
        var distractors = OptionsOverSeeds(picker, answer, 5).ToList();

        // Assert: half, twice or 1.5 times the key lets a student work back to it.
        Assert.That(distractors, Is.Not.Empty);
        Assert.That(distractors.Select(option => QuantityForm.Parse(option, Lexicon.Default)!.Number * 20 / number), Has.None.Matches<decimal>(ratio => ratio == decimal.Truncate(ratio)));
    }

    [Test]
    public void A_level_past_a_hundred_percent_gets_options_past_it_too()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("111%", AnswerKind.Percent, analysis.Article.Id, "The new engines will power up to the _____ level to provide additional thrust.");

        // Act
        var distractors = OptionsOverSeeds(picker, answer, 5).ToList();

        // Assert: "80%" would be ruled out by "additional thrust"; a share of 100 % or less is another kind of figure.
        Assert.That(distractors, Is.Not.Empty);
        Assert.That(distractors.Select(option => QuantityForm.Parse(option, Lexicon.Default)!.Number), Has.All.GreaterThan(100m));
    }

    [Test]
    public void No_option_is_nearer_another_figure_of_the_question_than_the_answer()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("27 percent", AnswerKind.Percent, analysis.Article.Id, "By 2050, undernourishment would increase by either 49 percent or by _____, depending on the scenario.");

        // Act
        var distractors = OptionsOverSeeds(picker, answer, 5).ToList();

        // Assert: 46 or 50 beside the 49 the question gives would gather round it and single out 27.
        Assert.That(distractors, Is.Not.Empty);
        Assert.That(distractors.Select(option => QuantityForm.Parse(option, Lexicon.Default)!.Number), Has.All.Matches<decimal>(value => Math.Abs(value - 27) <= Math.Abs(value - 49)));
    }

    [Test]
    public void A_figure_of_the_question_next_to_the_answer_leaves_options_on_both_sides()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("33%", AnswerKind.Percent, analysis.Article.Id, "Polling indicated the outcome is too close to call, projecting the Conservatives with 34% of the vote and Labour _____.");

        // Act
        var distractors = OptionsOverSeeds(picker, answer, 5).ToList();

        // Assert: options all under 33 beside the 34 the question gives would leave 33 the one next to it.
        Assert.That(distractors, Is.Not.Empty);
        Assert.That(distractors.Select(option => QuantityForm.Parse(option, Lexicon.Default)!.Number), Has.Some.GreaterThan(33m));
    }

    [Test]
    public void Acronym_expansions_are_never_made_up()
    {
        // Arrange
        var (picker, entities, analysis) = Setup();
        var answer = new AnswerSpec("Syrian Democratic Forces", AnswerKind.Term, analysis.Article.Id, "What does SDF stand for?") { Entity = entities.Find("SDF") };

        // Act
        var distractors = picker.Pick(answer, new Random(11));

        // Assert: word-swapped expansions ("Support Democratic Federation") teach nonsense; the card is asked without options.
        Assert.That(distractors, Is.Null);
    }

    [Test]
    public void Options_already_in_the_stem_are_never_offered()
    {
        // Arrange
        var (picker, entities, analysis) = Setup();
        var answer = new AnswerSpec("Erbil", AnswerKind.Place, analysis.Article.Id, "The party met in _____, not in Baghdad.") { Entity = entities.Find("Erbil") };

        // Act
        var distractors = picker.Pick(answer, new Random(4));

        // Assert
        Assert.That(distractors ?? [], Has.None.EqualTo("Baghdad"));
        Assert.That(distractors ?? [], Has.None.Matches<string>(option => TextSimilarity.ContainsPhrase(answer.Stem, option!)));
    }

    [Test]
    public void A_continent_is_offered_only_continents_never_a_country_of_one_of_them()
    {
        // Arrange
        var analysis = ArticleText.Analyze("ISIS is making territorial gains in Asia and Africa.");
        var entities = new EntityTable(Lexicon.Default, [analysis]);
        var picker = new DistractorPicker(Lexicon.Default, entities, new DistractorPools([analysis]));
        var answer = new AnswerSpec("Africa", AnswerKind.Place, analysis.Article.Id, "ISIS is making territorial gains in Asia and _____.") { Entity = entities.Find("Africa") };

        // Act
        var distractors = OptionsOverSeeds(picker, answer, 20).ToList();

        // Assert
        Assert.That(distractors, Is.Not.Empty);
        Assert.That(distractors, Has.All.Matches<string>(option => Lexicon.Default.Places[option!].Kind == PlaceKind.Continent));
        Assert.That(distractors, Does.Not.Contain("Australia"));
    }

    [Test]
    public void Another_article_s_organisations_are_offered_only_when_they_are_the_same_kind_of_body()
    {
        // Arrange
        var own = ArticleText.Analyze("The Syrian Democratic Forces hold the camps in Hasakah.", "own");
        var other = ArticleText.Analyze(
            "The Iraqi Security Forces and the Popular Mobilization Forces met the Peshmerga Forces. BBC News, the World Bank Group and the Home Office reported it.", "other");
        var entities = new EntityTable(Lexicon.Default, [own, other]);
        var picker = new DistractorPicker(Lexicon.Default, entities, new DistractorPools([own, other]));
        var answer = new AnswerSpec("Syrian Democratic Forces", AnswerKind.Organization, own.Article.Id, "The _____ hold the camps in Hasakah.") { Entity = entities.Find("Syrian Democratic Forces") };

        // Act
        var distractors = OptionsOverSeeds(picker, answer, 10).ToList();

        // Assert
        Assert.That(distractors, Is.Not.Empty);
        Assert.That(distractors, Has.All.EndsWith(" Forces"));
    }

    [Test]
    public void Time_distractors_are_other_times_of_the_same_day_in_the_key_style_sorted_by_the_clock()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("1:33 a.m. EST", AnswerKind.Time, analysis.Article.Id, "The satellite launched into orbit at _____.");

        // Act
        var distractors = picker.Pick(answer, new Random(1));

        // Assert
        Assert.That(distractors, Is.Not.Null);
        Assert.That(distractors!, Has.All.Match(@"^(?:1[0-2]|[1-9]):[0-5]\d [ap]\.m\. EST$"));
        Assert.That(distractors!, Is.Ordered.Using<string>((a, b) => Minutes(a).CompareTo(Minutes(b))));
        Assert.That(distractors!, Does.Not.Contain("1:33 a.m. EST"));
    }

    [Test]
    public void Share_distractors_are_shares_of_the_same_style_and_qualifier()
    {
        // Arrange
        var (picker, _, analysis) = Setup();
        var answer = new AnswerSpec("Almost half", AnswerKind.Percent, analysis.Article.Id, "_____ of all children are iodine deficient.");

        // Act
        var distractors = picker.Pick(answer, new Random(1));

        // Assert
        Assert.That(distractors, Is.Not.Null);
        Assert.That(distractors!, Has.All.StartsWith("Almost ").And.All.Matches<string>(option => QuantityForm.Parse(option!, Lexicon.Default) is { Share: "part" }));
        var card = new Card("c1", CardType.Cloze, answer.Stem, answer.Text, distractors!, AnswerKind.Percent, "x", new CardSource("a", 0, 0, 1), ["cloze"]);
        Assert.That(CardLinter.Check(card).Where(finding => finding.Rule.JudgesOptions()), Is.Empty);
    }

    private static int Minutes(string time) => QuantityRecognizer.MinutesAfterMidnight(QuantityRecognizer.TimeOfDay().Match(time));

    [Test]
    public void People_of_an_article_on_an_unrelated_subject_are_never_offered()
    {
        // Arrange
        var own = ArticleText.Analyze("Professor Cres Eastman led the iodine study. Lydia Buchtmann of Food Standards Australia New Zealand agreed.", "iodine");
        var other = ArticleText.Analyze("Vladimir Putin met Emmanuel Macron and Olaf Scholz in Moscow.", "politics");
        var entities = new EntityTable(Lexicon.Default, [own, other]);
        var picker = new DistractorPicker(Lexicon.Default, entities, new DistractorPools([own, other]));
        var answer = new AnswerSpec("Cres Eastman", AnswerKind.Person, own.Article.Id, "Who led the iodine study?") { Entity = entities.Find("Cres Eastman") };
        string[] politicians = ["Vladimir Putin", "Emmanuel Macron", "Olaf Scholz"];

        // Act
        var distractors = OptionsOverSeeds(picker, answer, 10).ToList();

        // Assert
        Assert.That(politicians.Select(name => entities.Find(name)?.Kind), Has.All.EqualTo(MentionKind.Person), "the other article's people are known to the deck");
        Assert.That(distractors, Has.None.AnyOf(politicians));
        Assert.That(distractors, Has.All.EqualTo("Lydia Buchtmann"), "only people of the article itself, never invented ones");
    }

    /// <summary>Every option the picker offers over the first <paramref name="seeds"/> seeds, each once.</summary>
    private static IEnumerable<string> OptionsOverSeeds(DistractorPicker picker, AnswerSpec answer, int seeds) =>
        Enumerable.Range(0, seeds).SelectMany(seed => picker.Pick(answer, new Random(seed)) ?? []).Distinct();
}

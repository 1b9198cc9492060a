using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Generation.Kinds.Acronyms;
using StudyDecks.Core.Generation.Kinds.Cloze;
using StudyDecks.Core.Generation.Kinds.Roles;
using StudyDecks.Core.Generation.Scoring;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Scoring;

public sealed class CandidateScorerTests
{
    private const string Sentence = "Secretary of the Treasury Alexander Hamilton led the Federalist Party.";

    private static double KnownAnswer(string answer, AnswerKind kind, CardType type = CardType.Cloze)
    {
        var analysis = ArticleText.Analyze(Sentence, "a");
        var card = new Card("c1", type, "Secretary of the Treasury _____ led the Federalist Party.", answer, [], kind, Sentence, new CardSource("a", 0, 0, Sentence.Length), ["cloze", DeckNames.ToName(kind), "a"]);
        var scorer = new CandidateScorer(analysis, Lexicon.Default, FeatureWeights.Default);
        return scorer.Value(RankingFeature.KnownAnswer, new Candidate(card, new ClozeKind()));
    }

    [Test]
    public void A_person_the_gazetteer_knows_counts_as_a_known_answer()
    {
        // Act and assert
        Assert.That(KnownAnswer("Alexander Hamilton", AnswerKind.Person), Is.EqualTo(1));
    }

    [Test]
    public void A_person_only_the_article_names_is_no_known_answer()
    {
        // Act and assert
        Assert.That(KnownAnswer("Daniela Banda Sandoval", AnswerKind.Person), Is.EqualTo(0));
    }

    [Test]
    public void A_known_place_or_a_true_false_statement_is_not_raised()
    {
        // Act and assert
        Assert.That(KnownAnswer("Portugal", AnswerKind.Place), Is.EqualTo(0));
        Assert.That(KnownAnswer("Alexander Hamilton", AnswerKind.Person, CardType.TrueFalse), Is.EqualTo(0));
    }

    [TestCase(AnswerKind.Person, "Alexander Hamilton", true)]
    [TestCase(AnswerKind.Place, "Philadelphia", true)]
    [TestCase(AnswerKind.Number, "12", true)]
    [TestCase(AnswerKind.Year, "1792", false)]
    public void A_name_or_a_count_filled_in_as_a_blank_is_worth_less_than_one_a_question_asks_and_a_year_the_same(AnswerKind kind, string answer, bool lower)
    {
        // Arrange: blind reviewers of sets 26-37 accepted low-scored person, place and count fill-ins 28 % of the time.
        var analysis = ArticleText.Analyze(Sentence, "a");
        var scorer = new CandidateScorer(analysis, Lexicon.Default, FeatureWeights.Default);
        Card Asked(CardType type) => new("c1", type, type == CardType.Cloze ? "Secretary of the Treasury _____ led the Federalist Party." : "Who led the Federalist Party?", answer, [], kind, Sentence, new CardSource("a", 0, 0, Sentence.Length), ["cloze", DeckNames.ToName(kind), "a"]);

        // Act
        var blank = scorer.Value(RankingFeature.AnswerKind, new Candidate(Asked(CardType.Cloze), new ClozeKind()));
        var question = scorer.Value(RankingFeature.AnswerKind, new Candidate(Asked(CardType.ShortAnswer), new ClozeKind()));

        // Assert
        Assert.That(blank, lower ? Is.LessThan(question) : Is.EqualTo(question));
    }

    [Test]
    public void A_known_person_scores_higher_than_an_unknown_one_in_the_same_sentence()
    {
        // Arrange
        var analysis = ArticleText.Analyze(Sentence, "a");
        var scorer = new CandidateScorer(analysis, Lexicon.Default, FeatureWeights.Default);
        Card Cloze(string answer) => new("c1", CardType.Cloze, "Secretary of the Treasury _____ led the Federalist Party.", answer, [], AnswerKind.Person, Sentence, new CardSource("a", 0, 0, Sentence.Length), ["cloze", "person", "a"]);

        // Act
        var known = scorer.Score(new Candidate(Cloze("Alexander Hamilton"), new ClozeKind()));
        var unknown = scorer.Score(new Candidate(Cloze("Daniela Banda Sandoval"), new ClozeKind()));

        // Assert
        Assert.That(known.Total, Is.GreaterThan(unknown.Total));
        Assert.That(known.Features.Select(contribution => contribution.Feature), Does.Contain("known-answer"));
    }

    [TestCase("The Federalist Era, 1789–1801", CardType.Cloze, 1.0)]
    [TestCase("The Federalist Era, 1789–1801", CardType.TrueFalse, 0.0)] // statements that short were accepted half the time
    [TestCase("Hamilton's party wins 1792 vote", CardType.Cloze, 0.0)]
    public void A_question_of_an_account_of_a_period_of_history_is_raised(string title, CardType type, double expected)
    {
        // Arrange
        var article = Core.Articles.ArticleReader.Read(System.Text.Encoding.UTF8.GetBytes($"{title}\n\n{Sentence}\n"), "a.txt");
        var scorer = new CandidateScorer(new ArticleAnalyzer(Lexicon.Default).Analyze(article), Lexicon.Default, FeatureWeights.Default);
        var card = new Card("c1", type, type == CardType.TrueFalse ? Sentence : "Secretary of the Treasury Alexander Hamilton led the _____.", type == CardType.TrueFalse ? Card.True : "Federalist Party", [], AnswerKind.Organization, Sentence, new CardSource("a", 0, 0, Sentence.Length), ["cloze", "organization", "a"]);

        // Act
        var period = scorer.Value(RankingFeature.Period, new Candidate(card, new ClozeKind()));

        // Assert
        Assert.That(period, Is.EqualTo(expected));
    }

    [TestCase("\"In Rancagua, it all was really shaky,\" said _____, a user who commented on the town's page.")]
    [TestCase("“In Rancagua, it all was really shaky,” said _____, a user who commented on the town's page.")]
    public void Who_spoke_a_quotation_from_someone_named_once_is_trivia_in_straight_or_curly_quotes(string question)
    {
        // Arrange
        const string text = "\"In Rancagua, it all was really shaky,\" said Daniela Banda Sandoval, a user who commented on the town's page.";
        var (analysis, _) = ArticleText.Resolve(text);
        var scorer = new CandidateScorer(analysis, Lexicon.Default, FeatureWeights.Default);
        var card = new Card("c1", CardType.Cloze, question, "Daniela Banda Sandoval", [], AnswerKind.Person, text, new CardSource("a", 0, 0, text.Length), ["cloze", "person", "a"]);

        // Act
        var trivia = scorer.Value(RankingFeature.Trivia, new Candidate(card, new ClozeKind()));

        // Assert
        Assert.That(trivia, Is.GreaterThan(0));
    }

    [TestCase("About how many people were killed on October 25, 2009?", 1.0)] // names nothing but its date
    [TestCase("How many people were killed in 2009?", 1.0)]
    [TestCase("About how many people were killed in Baghdad on October 25, 2009?", 0.0)]
    public void A_count_question_that_names_nothing_but_its_date_is_trivia(string question, double expected)
    {
        const string text = "At least 132 people were killed in Baghdad on October 25, 2009, when two car bombs exploded.";
        var card = new Card("c1", CardType.MultipleChoice, question, "132", ["100", "150", "180"], AnswerKind.Number, text, new CardSource("a", 0, 0, text.Length), ["how-many", "number", "a"]);

        Assert.That(TriviaOfCard(card, new ClozeKind()), Is.EqualTo(expected));
    }

    [TestCase("CBO", "Congressional Budget Office", 0.0)] // the expansion is the fact
    [TestCase("CBS", "Congressional Budget Office", 1.0)] // an answer that does not spell the letters leaves a question of a handful of words
    public void A_short_question_asking_to_spell_out_its_acronym_is_not_trivia(string acronym, string expansion, double expected)
    {
        const string text = "The Congressional Budget Office (CBO) estimated that the program would cost $552 billion.";
        var card = new Card("c1", CardType.ShortAnswer, $"What does {acronym} stand for?", expansion, [], AnswerKind.Term, text, new CardSource("a", 0, 0, text.Length), ["acronym", "term", "a"])
        {
            Aliases = [acronym],
        };

        Assert.That(TriviaOfCard(card, new AcronymKind()), Is.EqualTo(expected));
    }

    [TestCase("The economy of the Maldives, reliant mainly on tourism and fishing, is worth _____ a year.", 0.5)]
    [TestCase("In 2008, the economy of the Maldives, reliant mainly on tourism and fishing, was worth _____ a year.", 0.0)]
    public void A_sum_stated_in_the_present_with_no_year_counts_as_trivia(string question, double expected)
    {
        // Arrange
        const string text = "The economy of the Maldives, reliant mainly on tourism and fishing, is worth $800 million a year.";
        var (analysis, _) = ArticleText.Resolve(text);
        var scorer = new CandidateScorer(analysis, Lexicon.Default, FeatureWeights.Default);
        var card = new Card("c1", CardType.Cloze, question, "$800 million", [], AnswerKind.Money, text, new CardSource("a", 0, 0, text.Length), ["cloze", "money", "a"]);

        // Act
        var trivia = scorer.Value(RankingFeature.Trivia, new Candidate(card, new ClozeKind()));

        // Assert
        Assert.That(trivia, Is.EqualTo(expected));
    }

    [TestCase("According to Keivan Stassun, a professor of physics and astronomy at _____, Tennessee, the star will swell in a few hundred million years.", "Vanderbilt University", AnswerKind.Organization, 0.6)]
    [TestCase("The first shaking in 2010, which according to the _____ had a 4.7 magnitude, took place at night.", "University of Chile Seismological Service", AnswerKind.Organization, 0.6)]
    [TestCase("Professor Scott Gaudi told _____ in 2017 that the planet was named as a joke.", "BBC", AnswerKind.Organization, 0.6)]
    [TestCase("“Research from PACE will advance our knowledge of the ocean,” said Karen St. Germain, director, Earth Science Division, at _____ in Washington.", "NASA Headquarters", AnswerKind.Organization, 0.6)]
    [TestCase("The treaty was signed at _____ in 1951, said Dean Acheson.", "San Francisco", AnswerKind.Place, 0.0)]
    [TestCase("Thomas Jefferson, then U.S. Minister to _____, tried to build a coalition of weaker naval powers in 1786.", "France", AnswerKind.Place, 0.0)]
    [TestCase("The _____ ratified Stephen Decatur's treaty on December 5, 1815.", "U.S. Senate", AnswerKind.Organization, 0.0)]
    public void Where_a_speaker_works_or_who_heard_it_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("_____ crossed in a well placed ball to Craig Bellamy after only 5 minutes.", "Steve Finnan", AnswerKind.Person, 1.0)]
    [TestCase("Two minutes later, _____ scored the equaliser for Liverpool against Barcelona.", "Craig Bellamy", AnswerKind.Person, 1.0)]
    [TestCase("The ceremony at Arlington National Cemetery lasted _____ minutes.", "45", AnswerKind.Number, 0.0)]
    [TestCase("Who was the head of the Ireland Palestine Solidarity Campaign in January 2018?", "Fatin al-Tamimi", AnswerKind.Person, 0.7)]
    [TestCase("Who was the Chief of the General Staff of the Turkish Armed Forces in January 2009?", "Ilker Basbug", AnswerKind.Person, 0.0)]
    [TestCase("Since the beginning of _____, 36 people have been executed in Saudi Arabia.", "2009", AnswerKind.Year, 0.8)]
    [TestCase("More than 400 people have died in Mexico since _____.", "2019", AnswerKind.Year, 0.8)]
    [TestCase("In _____, Canadian Public Safety Minister Stockwell Day said, \"We will not actively pursue bringing back to Canada murderers.\"", "October 2007", AnswerKind.Date, 0.8)]
    [TestCase("In _____, the minister said that the treaty “had failed”, and Parliament repealed it.", "2007", AnswerKind.Year, 0.8)]
    [TestCase("In _____ governor Derek McGill complained \"If we could eliminate overcrowding, we could do more with the prisoners.\"", "2011", AnswerKind.Year, 0.8)]
    [TestCase("In _____, the Soviet Union signed the treaty that “ended the war”.", "2007", AnswerKind.Year, 0.0)]
    [TestCase("Mexico is the largest trading partner, with two-way trade totaling $863.4 billion in _____.", "2022", AnswerKind.Year, 0.8)]
    [TestCase("Exports to Mexico rose 12 percent in _____.", "2022", AnswerKind.Year, 0.8)]
    [TestCase("In what year did the Internet Crime Complaint Center receive 206,884 complaints of online fraud?", "2007", AnswerKind.Year, 0.8)]
    [TestCase("Men lost more money to online fraud than women in _____, and accounted for 75 percent of cyber-crime perpetrators.", "2007", AnswerKind.Year, 0.8)]
    [TestCase("A 7.4-magnitude earthquake in Izmit killed 17,000 people in _____.", "1999", AnswerKind.Year, 0.0)]
    [TestCase("Estonia has been a member of the European Union since _____.", "2004", AnswerKind.Year, 0.0)]
    [TestCase("In summer _____ a tourist train plies between Ankara and Kars, with a two-hour stop in Erzurum.", "2019", AnswerKind.Year, 0.7)]
    [TestCase("In _____ the museum opens its doors to visitors on Sundays only.", "2019", AnswerKind.Year, 0.7)]
    [TestCase("In summer _____ a tourist train plied between Ankara and Kars, with a two-hour stop in Erzurum.", "2019", AnswerKind.Year, 0.0)]
    [TestCase("In _____, Mehr-un-Nissa caught the eye of Emperor Jahangir at the Meena Bazaar.", "1611", AnswerKind.Year, 0.0)]
    [TestCase("Zaha Hadid, born in _____ in Baghdad, is an architect.", "1950", AnswerKind.Year, 0.0)]
    [TestCase("La La Land received fourteen nominations, tied with All About Eve and _____'s Titanic.", "1997", AnswerKind.Year, 0.8)]
    [TestCase("On _____, President George H. W. Bush told Congress, “The time has come to put an end to the Arab-Israeli conflict.”", "March 6, 1991", AnswerKind.Date, 0.0)]
    [TestCase("The Internet security firm Secunia.com has said that as of _____, IE6 has 277 vulnerabilities.", "March 4, 2011", AnswerKind.Date, 0.8)]
    [TestCase("Thomas Sam, 42, and his wife Manju Sam, 36, from _____, Australia, are undergoing trial for manslaughter.", "Sydney", AnswerKind.Place, 0.7)]
    [TestCase("Jane Roe, 36, of _____ was named the winner of the county fair's baking prize.", "Ohio", AnswerKind.Place, 0.7)]
    [TestCase("Thomas Sam and his wife Manju Sam, from _____, Australia, are undergoing trial for manslaughter.", "Sydney", AnswerKind.Place, 0.0)]
    public void Details_of_a_news_report_count_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("The bill was introduced on _____ by Rep. Patrick Kennedy of Rhode Island.", "March 9, 2007", AnswerKind.Date, 0.6)]
    [TestCase("When did the U.S. Senate ratify Stephen Decatur's Algerian treaty?", "December 5, 1815", AnswerKind.Date, 0.6)]
    [TestCase("Abdelbaset al-Megrahi was transferred from Barlinnie prison to Greenock in _____.", "2005", AnswerKind.Year, 0.6)]
    [TestCase("The smuggler was arrested on _____ at the border crossing near Dover.", "July 28, 2009", AnswerKind.Date, 0.6)]
    [TestCase("When did President Donald Trump claim on social media that the government had identified the new leader?", "1 November 2019", AnswerKind.Date, 0.6)]
    [TestCase("The ANZUS Treaty was ratified by the United States and entered into force in _____.", "1952", AnswerKind.Year, 0.0)]
    [TestCase("The Treaty of Paris ended the French and Indian War in _____.", "1763", AnswerKind.Year, 0.0)]
    public void The_date_of_a_procedural_step_or_the_year_of_a_private_one_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("Hugh MacDonell left Gibraltar on _____, headed for Algiers to take up his post.", "30 March 1811", AnswerKind.Date, 0.7)]
    [TestCase("_____, he resigned as commander of the Third Army for personal reasons.", "February 15, 2013", AnswerKind.Date, 0.7)]
    [TestCase("_____ left Gibraltar on 30 March 1811, headed for Algiers to take up his post.", "Hugh MacDonell", AnswerKind.Person, 0.7)]
    [TestCase("Richard Nixon resigned on _____, after the Watergate hearings.", "August 9, 1974", AnswerKind.Date, 0.0)]
    [TestCase("Hugh MacDonell left Gibraltar in _____, headed for Algiers to take up his post.", "March 1811", AnswerKind.Date, 0.0)]
    [TestCase("The British fleet left Boston on _____ with the last loyalists aboard.", "March 17, 1776", AnswerKind.Date, 0.0)]
    [TestCase("The Ticonderoga left the United States on _____, and arrived in Liberia on January 15, 1879.", "December 7, 1878", AnswerKind.Date, 0.7)]
    [TestCase("Britain left the European Union on _____, after 47 years of membership.", "January 31, 2020", AnswerKind.Date, 0.0)]
    public void The_day_of_a_step_in_the_life_of_someone_the_gazetteer_does_not_know_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("When was Hubert H. D. Peirce appointed Minister to Norway?", "June 22, 1906", AnswerKind.Date, 0.7)]
    [TestCase("Christian Hauge was promoted to Minister and presented his new credentials on _____.", "April 25, 1906", AnswerKind.Date, 0.7)]
    [TestCase("When was Henry A. Muhlenberg appointed as the first U.S. Minister to Austria?", "February 8, 1838", AnswerKind.Date, 0.0)]
    [TestCase("Diplomatic relations were established on _____, when Costa Rican Minister Felipe Molina presented his credentials in Washington.", "March 24, 1851", AnswerKind.Date, 0.0)]
    [TestCase("Hubert H. D. Peirce was appointed Minister to Norway in _____.", "1906", AnswerKind.Year, 0.0)]
    public void The_day_of_a_routine_step_of_an_office_counts_as_trivia_unless_it_marks_a_milestone(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("The first referendum is to be held from _____ to December 11, 2015, selecting a single new flag design.", "November 20", AnswerKind.Date, 0.8)]
    [TestCase("The Madrid Conference opened October 30, 1991, and ended on _____.", "November 4", AnswerKind.Date, 0.8)]
    [TestCase("The Madrid Conference opened on _____ in the Royal Palace of Madrid.", "October 30, 1991", AnswerKind.Date, 0.0)]
    public void A_day_whose_year_only_the_question_gives_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("Zaha Hadid was born on _____ in Baghdad, Iraq, to an upper-class Iraqi family.", "31 October 1950", AnswerKind.Date, 0.6)]
    [TestCase("Brock Holt graduated in _____ from Stephenville High School in Texas.", "2006", AnswerKind.Year, 0.6)]
    [TestCase("Zaha Hadid moved to London in _____ to study at the Architectural Association School of Architecture.", "1972", AnswerKind.Year, 0.0)]
    public void A_birthday_and_a_graduation_year_count_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("The Polaroids were all donated by the Andy Warhol Photographic Legacy Program, according to _____, curator of the exhibit.", "Kristen Wilkins", AnswerKind.Person, 0.6)]
    [TestCase("The Polaroids were all donated by the Andy Warhol Photographic Legacy Program, founded by _____ in 2007.", "Kristen Wilkins", AnswerKind.Person, 0.0)]
    public void The_person_a_fact_is_according_to_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("When the United States announced its independence from Great Britain in _____, Hesse was a sovereign, independent state.", "1776", AnswerKind.Year, 1.0)]
    [TestCase("When the United States declared independence in _____, the Kingdom of Piedmont-Sardinia was an independent and sovereign state.", "1776", AnswerKind.Year, 1.0)]
    [TestCase("The Grand Duchy of Tuscany was an independent and sovereign state in _____ when the United States declared independence from Great Britain.", "1776", AnswerKind.Year, 1.0)]
    [TestCase("When the first rumors of political change in France reached American shores in _____, the U.S. public was largely enthusiastic.", "1789", AnswerKind.Year, 0.0)]
    [TestCase("When the Treaty of Paris was signed in _____, France ceded Canada to Great Britain.", "1763", AnswerKind.Year, 0.0)]
    public void A_date_that_only_sets_the_scene_for_what_something_was_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("In 2016, observers at the Winer Observatory noticed a drop in the brightness of KELT-9 — about _____.", "0.5%", AnswerKind.Percent, 0.5)]
    [TestCase("In 2016, observers at the Winer Observatory — in _____ — noticed a drop in the brightness of KELT-9.", "Arizona", AnswerKind.Place, 0.0)]
    [TestCase("In 2016, observers at the Winer Observatory noticed a drop of _____ in the brightness of KELT-9.", "0.5%", AnswerKind.Percent, 0.0)]
    public void A_figure_in_an_aside_trailing_after_a_dash_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("Secretary of State _____ felt the Annapolis Conference was a success.", "Condoleezza Rice", 0.6)]
    [TestCase("Secretary of State _____ opened the Annapolis Conference in 2007.", "Condoleezza Rice", 0.0)]
    public void Who_held_a_view_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Person), Is.EqualTo(expected));
    }

    [TestCase("The _____ did not respond immediately to the newspaper's request for clarification in 2024.", "State Department", AnswerKind.Organization, 0.8)]
    [TestCase("A spokesman for the _____ declined to comment on the 2024 talks.", "State Department", AnswerKind.Organization, 0.8)]
    [TestCase("The _____ announced the transition to bilateral security ties in 2024.", "State Department", AnswerKind.Organization, 0.0)]
    public void Who_gave_no_answer_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("_____ from Food Standards Australia New Zealand says they are looking at mandatory guidelines on iodine.", "Lydia Buchtmann", 0.6)]
    [TestCase("_____ said the iodine guidelines of Food Standards Australia New Zealand would be mandatory.", "Lydia Buchtmann", 0.6)]
    [TestCase("_____ founded Food Standards Australia New Zealand in 1991.", "Lydia Buchtmann", 0.0)]
    public void Who_reported_a_fact_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Person), Is.EqualTo(expected));
    }

    [TestCase("The satellite was launched from Cape Canaveral Space Force Station in _____.", "Florida", 0.7)]
    [TestCase("The panel was held at the Fisht Stadium in _____, with Belgium facing Panama in 2018.", "Sochi", 0.7)]
    [TestCase("Secretary of State James Baker met King Hussein in _____ in 1991.", "Amman", 0.0)]
    [TestCase("Peace talks between Israel and its neighbours opened in _____ in 1991.", "Madrid", 0.0)]
    [TestCase("Teams at the agency’s Kennedy Space Center in _____ have made upgrades to the altitude chamber.", "Florida", 0.7)]
    [TestCase("Peace talks between Israel and its neighbours opened in _____ and lasted three days.", "Madrid", 0.0)]
    public void A_place_that_only_says_where_a_named_place_lies_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Place), Is.EqualTo(expected));
    }

    [TestCase("Swedish captain _____ scored from the penalty spot, putting Sweden 1 – 0 up.", "Andreas Granqvist", AnswerKind.Person, 1.0)]
    [TestCase("_____ scored twice to bring the game to 2 – 2 before half-time.", "Didier Drogba", AnswerKind.Person, 1.0)]
    [TestCase("A survey of 1709 schoolchildren aged 8–10 years, from _____ schools, was carried out in New South Wales in 2004.", "88", AnswerKind.Number, 0.0)]
    [TestCase("The United States fought a war with Tripoli from 1801 – 1805, led by President _____.", "Thomas Jefferson", AnswerKind.Person, 0.0)]
    public void A_running_score_written_with_a_spaced_dash_counts_as_trivia_and_a_range_does_not(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("The experiment provided backup to the lander’s navigation system, noted Dr. _____, project scientist at NASA’s Johnson Space Center.", "Susan Lederer", 0.6)]
    [TestCase("The experiment provided backup to the lander’s navigation system, said _____, project scientist at NASA’s Johnson Space Center.", "Susan Lederer", 0.6)]
    [TestCase("The expedition, led by _____, reached the South Pole in 1911.", "Roald Amundsen", 0.0)]
    public void Who_remarked_on_a_fact_named_after_the_remark_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Person), Is.EqualTo(expected));
    }

    [TestCase("_____ is an aerospace engineer at NASA’s Ames Research Center.", "Savvy Verma", 0.7)]
    [TestCase("_____ is Chief of the Aerospace Simulation and Development Branch at NASA’s Ames Research Center.", "Diana Acosta", 0.7)]
    [TestCase("_____ was appointed Chief of the Aerospace Simulation and Development Branch in 2019.", "Diana Acosta", 0.0)]
    public void Which_job_a_staff_member_holds_now_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Person), Is.EqualTo(expected));
    }

    [TestCase("Hatice Cengiz is a Turkish national living in _____.", "London", 0.7)]
    [TestCase("The physicist, who lived in _____ until his death, published the paper in 1905.", "Bern", 0.7)]
    [TestCase("Pale Tuli and John Fitisemanu, who had moved to _____, sued the State Department to be allowed to vote.", "Utah", 0.0)]
    public void Where_someone_lives_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Place), Is.EqualTo(expected));
    }

    [TestCase("Senator Elizabeth Warren of Massachusetts had 8 delegates, and Senator Amy Klobuchar of _____ had 7.", "Minnesota", 0.8)]
    [TestCase("Governor Ron DeSantis of _____ signed the bill on Monday.", "Florida", 0.8)]
    [TestCase("Senator Elizabeth Warren won the Democratic primary in _____ with 25.7% of the vote.", "Massachusetts", 0.0)]
    public void Which_state_a_lawmaker_represents_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Place), Is.EqualTo(expected));
    }

    [TestCase("A total of 34 universities applied for the _____ session.", "2024", 0.8)]
    [TestCase("NASA is partnering with the U.S. Air Force for the _____ Mission Concept Program.", "2023", 0.8)]
    [TestCase("The North German Union was the product of the _____ Austro-Prussian War.", "1866", 0.0)]
    [TestCase("A total of 34 universities applied for a session in _____.", "2024", 0.0)]
    public void A_year_of_the_article_labelling_an_edition_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Year, date: "2024-04-23"), Is.EqualTo(expected));
    }

    [TestCase("The Convention of 1818 set the boundary with British North America (later _____) at the forty-ninth parallel.", "Canada", AnswerKind.Place, 0.7)]
    [TestCase("The Convention of 1818 (signed in London) set the boundary with British North America at the _____ parallel.", "forty-ninth", AnswerKind.Term, 0.0)]
    public void A_blank_in_a_bracketed_aside_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("Between _____, and Sept. 30, 2023, more than 300 publications were reported by the station's researchers.", "Oct. 1, 2022", AnswerKind.Date, 1.0)]
    [TestCase("From _____ until its closing in 1997, the facility enabled astronauts to train underwater.", "1969", AnswerKind.Year, 1.0)]
    [TestCase("The facility enabled astronauts to train underwater from 1969 until its closing in _____.", "1997", AnswerKind.Year, 0.0)]
    public void The_start_of_a_period_counts_as_trivia(string question, string answer, AnswerKind kind, double expected)
    {
        Assert.That(TriviaOf(question, answer, kind), Is.EqualTo(expected));
    }

    [TestCase("The delegation included Foreign Secretary Marcelo Ebrard; Secretary of Security _____; Secretary of the Navy José Rafael Ojeda.", "Rosa Icela Rodríguez", 0.7)]
    [TestCase("The graduates are Nichole Ayers of Colorado; Marcos Berríos of Puerto Rico; _____ of Arizona.", "Chris Birch", 0.7)]
    [TestCase("President _____ appointed Thomas Pinckney minister to Spain; the treaty was signed in 1795.", "George Washington", 0.0)]
    [TestCase("Secretary of Economy Tatiana Clouthier, Secretary of Foreign Relations Marcelo Ebrard, Secretary of Finance and Public Credit Rogelio Ramírez, and Ambassador _____ chaired the meeting for Mexico.", "Esteban Moctezuma", 0.7)]
    [TestCase("NASA astronaut Jasmin Moghbeli, ESA (European Space Agency) astronaut Andreas Mogensen, and JAXA (Japan Aerospace Exploration Agency) astronaut _____ will answer media questions.", "Satoshi Furukawa", 0.7)]
    [TestCase("NASA astronaut _____, ESA (European Space Agency) astronaut Andreas Mogensen, and JAXA (Japan Aerospace Exploration Agency) astronaut Satoshi Furukawa will answer media questions.", "Jasmin Moghbeli", 0.7)]
    [TestCase("The delegation included Foreign Secretary _____, Ambassador Esteban Moctezuma Barragán, and Chief Officer Roberto Velasco.", "Marcelo Ebrard", 0.7)]
    [TestCase("The Mexican high-level delegation included Foreign Secretary Marcelo Ebrard, Secretary of Security Rosa Icela Rodríguez and Mexican Ambassador to the United States Esteban Moctezuma Barragán, and Chief Officer for North America at the Foreign Ministry _____.", "Roberto Velasco", 0.7)]
    [TestCase("In Paris, Berlin, and Rome, President _____ met the leaders of France, Germany, and Italy.", "Joe Biden", 0.0)]
    public void One_name_of_a_roster_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Person), Is.EqualTo(expected));
    }

    [TestCase("Charles J. Fillmore was Professor of Linguistics at the _____, Berkeley.", "University of California", 1.0)]
    [TestCase("The polarimeter was designed and built by the _____, Baltimore County.", "University of Maryland", 1.0)]
    [TestCase("The polarimeter was designed and built by the _____, a partner of NASA.", "University of Maryland", 0.0)]
    public void A_body_whose_campus_follows_the_blank_counts_as_trivia(string question, string answer, double expected)
    {
        Assert.That(TriviaOf(question, answer, AnswerKind.Organization), Is.EqualTo(expected));
    }

    [TestCase("Which Russian post did Vladimir Putin hold in March 2022?", "President", 1.0)]
    [TestCase("Which US post did Antony Blinken hold in March 2022?", "Secretary of State", 0.0)]
    public void The_office_of_someone_the_dictionary_knows_counts_as_trivia(string question, string answer, double expected)
    {
        var text = "Russian President Vladimir Putin and US Secretary of State Antony Blinken met in Geneva in March 2022.";
        Assert.That(TriviaOfPost(text, question, answer), Is.EqualTo(expected));
    }

    [TestCase("Which French post did Emmanuel Macron hold in June 2021?", "President", 1.0)]
    [TestCase("Which Italian post did Mario Draghi hold in June 2021?", "Prime Minister", 1.0)]
    [TestCase("Which Italian post did Luigi Di Maio hold in June 2021?", "Foreign Minister", 0.0)]
    public void The_office_of_a_head_of_state_or_government_counts_as_trivia(string question, string answer, double expected)
    {
        var text = "French President Emmanuel Macron, Italian Prime Minister Mario Draghi and Italian Foreign Minister Luigi Di Maio met in Rome in June 2021.";
        Assert.That(TriviaOfPost(text, question, answer), Is.EqualTo(expected));
    }

    /// <summary>The trivia feature of a which-post card, scored against an article of its source sentence alone.</summary>
    private static double TriviaOfPost(string text, string question, string answer)
    {
        var (analysis, _) = ArticleText.Resolve(text, "2022-03-11");
        var scorer = new CandidateScorer(analysis, Lexicon.Default, FeatureWeights.Default);
        var card = new Card("c1", CardType.MultipleChoice, question, answer, ["Interior Minister", "Justice Minister", "Finance Minister"], AnswerKind.Role, text, new CardSource("a", 0, 0, text.Length), ["which-post", DeckNames.ToName(AnswerKind.Role), "a"]);
        return scorer.Value(RankingFeature.Trivia, new Candidate(card, new WhichPostKind()));
    }

    /// <summary>The trivia feature of a card, scored against an article of its source sentence alone.</summary>
    private static double TriviaOfCard(Card card, IQuestionKind kind)
    {
        var (analysis, _) = ArticleText.Resolve(card.Explanation);
        return new CandidateScorer(analysis, Lexicon.Default, FeatureWeights.Default).Value(RankingFeature.Trivia, new Candidate(card, kind));
    }

    /// <summary>The trivia feature of a cloze whose article is its own sentence, the blank filled with the answer.</summary>
    private static double TriviaOf(string question, string answer, AnswerKind kind, string? date = null)
    {
        var text = question.Replace("_____", answer, StringComparison.Ordinal);
        var (analysis, _) = ArticleText.Resolve(text, date);
        var scorer = new CandidateScorer(analysis, Lexicon.Default, FeatureWeights.Default);
        var card = new Card("c1", CardType.Cloze, question, answer, [], kind, text, new CardSource("a", 0, 0, text.Length), ["cloze", DeckNames.ToName(kind), "a"]);
        return scorer.Value(RankingFeature.Trivia, new Candidate(card, new ClozeKind()));
    }
}

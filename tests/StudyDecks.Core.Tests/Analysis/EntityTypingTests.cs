using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Tests.Analysis;

/// <summary>Issue 12, item 6: a capitalised name is a person only with evidence; a quantity is money only with a currency.</summary>
public sealed class EntityTypingTests
{
    [TestCase("The shuttle landed on Merritt Island at dawn.", "Merritt Island")]
    [TestCase("The rally moved on to Carson City in the afternoon.", "Carson City")]
    [TestCase("The film crew drove to Beverly Hills in the evening.", "Beverly Hills")]
    [TestCase("The boat sank in the Hudson River near the city.", "Hudson River")]
    [TestCase("The delegates flew on to Mary Island.", "Mary Island")]
    public void A_place_with_a_first_name_in_it_is_a_place_not_a_person(string sentence, string name)
    {
        var kinds = KindsOf(sentence, name);

        Assert.That(kinds, Is.EqualTo(new[] { MentionKind.Place }));
    }

    [TestCase("Students at a school in Santa Clarita, California, asked the astronauts questions.", "Santa Clarita")]
    [TestCase("The family moved from Gloria Rosa, Mexico, in 1990.", "Gloria Rosa")]
    public void A_name_after_in_or_from_and_set_off_before_a_region_is_a_town_there(string sentence, string name)
    {
        var kinds = KindsOf(sentence, name);

        Assert.That(kinds, Is.EqualTo(new[] { MentionKind.Place }));
    }

    [TestCase("Prosecutors said Stefan W is fit for trial.", "Stefan W")]
    [TestCase("The police named the suspect as Anna K. on Monday.", "Anna K")]
    public void A_name_whose_surname_is_cut_to_an_initial_is_no_person_to_ask_about(string sentence, string name)
    {
        var kinds = ArticleText.Analyze(sentence).AllMentions().Where(mention => mention.Text.StartsWith(name, StringComparison.Ordinal)).Select(mention => mention.Kind).ToList();

        Assert.That(kinds, Is.Not.Empty.And.None.EqualTo(MentionKind.Person));
    }

    [TestCase("Awards went to the engineers in Mary Smith, Joan Lee and the rest of the team.", "Mary Smith")]
    [TestCase("The prize was given to Mary Smith, California's first astronaut.", "Mary Smith")]
    public void A_person_set_off_before_other_words_stays_a_person(string sentence, string name)
    {
        var kinds = KindsOf(sentence, name);

        Assert.That(kinds, Does.Contain(MentionKind.Person));
    }

    [TestCase("This is the third in a Marshall Star series profiling team members.", "Marshall Star")]
    [TestCase("Smith, a Media Fusion employee and the Marshall Star editor, supports the office.", "Marshall Star")]
    public void A_name_between_an_article_and_the_noun_it_modifies_is_no_person(string sentence, string name)
    {
        var kinds = KindsOf(sentence, name);

        Assert.That(kinds, Has.Count.EqualTo(1).And.None.EqualTo(MentionKind.Person));
    }

    [TestCase("The prize went to the John Smith who led the team.", "John Smith")]
    [TestCase("Officials met a John Smith of the ministry.", "John Smith")]
    public void A_person_after_an_article_stays_a_person_when_no_noun_follows(string sentence, string name)
    {
        var kinds = KindsOf(sentence, name);

        Assert.That(kinds, Is.EqualTo(new[] { MentionKind.Person }));
    }

    [TestCase("Gwendolyn graduated from Walton High School in the Bronx.", "Walton High School")]
    [TestCase("She then studied at Lehman College in the Bronx.", "Lehman College")]
    [TestCase("Students from Emblem Academy asked the astronauts questions.", "Emblem Academy")]
    public void A_name_ending_in_a_word_for_a_school_is_an_organisation_not_a_person(string sentence, string name)
    {
        var kinds = KindsOf(sentence, name);

        Assert.That(kinds, Is.EqualTo(new[] { MentionKind.Organization }));
    }

    [TestCase("Officials met Mazloum Abdi, the head of the group, in Syria.", "Mazloum Abdi")]
    [TestCase("The talks were led by Secretary of State Antony Blinken.", "Antony Blinken")]
    [TestCase("Linda Park said the plan would work.", "Linda Park")]
    [TestCase("The talks were chaired by Dr. Linda Park.", "Linda Park")]
    [TestCase("The study was led by Professor Durham of the university.", "Durham")]
    public void A_person_with_evidence_stays_a_person_even_if_the_surname_ends_place_names(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Person));
    }

    [TestCase("CBS Radio replaced him with Van Halen guitarist David Lee Roth on the East Coast.", "Van Halen", "David Lee Roth")]
    [TestCase("The cup was lifted by Chelsea skipper John Terry in Cardiff.", "Chelsea", "John Terry")]
    public void A_name_before_a_noun_for_a_person_and_their_name_is_whose_not_a_person(string sentence, string owner, string person)
    {
        var analysis = ArticleText.Analyze(sentence);

        var mentions = analysis.AllMentions().ToList();

        Assert.That(mentions.Single(mention => mention.Text == person).Kind, Is.EqualTo(MentionKind.Person));
        Assert.That(mentions.Where(mention => mention.Text == owner).Select(mention => mention.Kind), Has.None.EqualTo(MentionKind.Person));
    }

    [TestCase("The first U.S. consul assigned to a Japanese port was Townsend Harris.", "Townsend Harris")]
    [TestCase("Townsend Harris was a New York merchant dealing with Chinese imports.", "Townsend Harris")]
    public void A_name_a_copula_ties_to_a_noun_for_a_kind_of_person_is_a_person(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Person));
    }

    [TestCase("The capital of the province was Santa Cruz.", "Santa Cruz")]
    [TestCase("Harris Treaty was a commercial agreement with Japan.", "Harris Treaty")]
    [TestCase("Alpha Centauri is a bright star near the Sun.", "Alpha Centauri")]
    public void A_copula_with_a_noun_for_a_thing_makes_no_person(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Where(mention => mention.Text == name).Select(mention => mention.Kind), Has.None.EqualTo(MentionKind.Person));
    }

    [TestCase("Chelsea Clinton thanked Hillary Clinton at the dinner.", "Chelsea Clinton")]
    [TestCase("Gene Krupa, drummer Buddy Rich and others played there.", "Gene Krupa")]
    public void A_person_before_a_verb_or_a_comma_stays_a_person(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Person));
    }

    [TestCase("The peace talks began in the final year of Ronald Reagan’s Presidency.", "Ronald Reagan")]
    [TestCase("James Baker flew to Damascus in the spring.", "James Baker")]
    public void A_first_name_only_the_male_or_female_list_holds_is_a_first_name(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Person));
    }

    [TestCase("Arab states joined the coalition against Saddam Hussein.", "Saddam Hussein")]
    [TestCase("Her records with Thelonious Monk sold well.", "Thelonious Monk")]
    public void A_full_name_the_gazetteer_knows_as_a_person_is_a_person(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Person));
    }

    [TestCase("The ball was stripped by linebacker Von Miller in the first quarter.", "Von Miller")]
    [TestCase("The show featured former performers Kony Ealy and others.", "Kony Ealy")]
    public void A_name_right_after_a_noun_for_a_kind_of_person_is_a_person(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Person));
    }

    [Test]
    public void A_people_and_where_they_live_are_not_one_body()
    {
        var analysis = ArticleText.Analyze("In December 1987, the Palestinians of the West Bank and the Gaza Strip had risen up against Israeli military rule.");

        Assert.Multiple(() =>
        {
            Assert.That(analysis.AllMentions().Select(mention => mention.Text), Has.None.Contains("Palestinians of"));
            Assert.That(analysis.AllMentions().Single(mention => mention.Text == "West Bank").Kind, Is.EqualTo(MentionKind.Place));
        });
    }

    [TestCase("The talks were opened by Prime Minister Hau Lung-bin.", "Hau Lung-bin")]
    [TestCase("The second goal was scored by striker Kim Min-Woo.", "Kim Min-Woo")]
    public void A_hyphenated_name_is_a_name(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Person));
    }

    [TestCase("The Kurdish-led Syrian Democratic Forces hold the camps.", "Kurdish-led")]
    [TestCase("The Mexican-American War ended in 1848.", "Mexican-American")]
    public void A_hyphenated_word_with_a_people_or_a_participle_is_no_name(string sentence, string word)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Where(mention => mention.Text.Contains(word, StringComparison.Ordinal)).Select(mention => mention.Kind), Has.None.EqualTo(MentionKind.Person));
    }

    [Test]
    public void A_name_that_opens_a_sentence_before_one_opening_with_he_is_a_person()
    {
        var analysis = ArticleText.Analyze("Abdelbaset al-Megrahi has been buried in the town of Janzur. He was convicted of the Lockerbie bombing.");

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == "Abdelbaset al-Megrahi").Kind, Is.EqualTo(MentionKind.Person));
    }

    [Test]
    public void A_name_that_opens_a_sentence_before_one_opening_otherwise_stays_unknown()
    {
        var analysis = ArticleText.Analyze("Abdelbaset al-Megrahi has been buried in the town of Janzur. The trial was held in the Netherlands.");

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == "Abdelbaset al-Megrahi").Kind, Is.EqualTo(MentionKind.Name));
    }

    [TestCase("Jeff Gordon of Hendrick Motorsports won the race.", "Jeff Gordon", "Hendrick Motorsports")]
    [TestCase("Rep. Charles Rangel of New York opposed the bill.", "Charles Rangel", "New York")]
    public void A_person_of_a_body_or_place_is_two_names(string sentence, string person, string other)
    {
        var analysis = ArticleText.Analyze(sentence);

        var mentions = analysis.AllMentions().ToList();

        Assert.That(mentions.Single(mention => mention.Text == person).Kind, Is.EqualTo(MentionKind.Person));
        Assert.That(mentions.Select(mention => mention.Text), Does.Contain(other));
    }

    [TestCase("The Duke of Newcastle wrote to the governor.", "Duke of Newcastle")]
    [TestCase("Catherine of Aragon died in 1536.", "Catherine of Aragon")]
    public void A_title_or_a_single_name_before_of_is_not_split(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Select(mention => mention.Text), Does.Contain(name));
    }

    [TestCase("The Denver Broncos defeated the Carolina Panthers in the final.", "Denver Broncos")]
    [TestCase("The Denver Broncos defeated the Carolina Panthers in the final.", "Carolina Panthers")]
    public void A_place_and_a_plural_name_is_a_team(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Organization));
    }

    [TestCase("The Virgin Islands voted on the measure.", "Virgin Islands")]
    [TestCase("Victoria Adams sang at the opening.", "Victoria Adams")]
    public void A_place_name_in_the_plural_or_a_surname_is_no_team(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Where(mention => mention.Text == name).Select(mention => mention.Kind), Has.None.EqualTo(MentionKind.Organization));
    }

    [TestCase("The two sides signed the Treaty of Kanagawa in 1854.", "Treaty of Kanagawa")]
    [TestCase("He fought in the Mexican-American War as a young officer.", "Mexican-American War")]
    [TestCase("Japan exchanged the ratified Harris Treaty in 1860.", "Harris Treaty")]
    [TestCase("The Smithsonian Agreement set new exchange rates.", "Smithsonian Agreement")]
    public void A_name_with_an_event_word_is_a_named_event(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Event));
    }

    [TestCase("The United Nations Climate Change Conference met in Bali.", "United Nations Climate Change Conference")]
    public void A_name_with_an_organisation_word_stays_a_body(string sentence, string name)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Single(mention => mention.Text == name).Kind, Is.EqualTo(MentionKind.Organization));
    }

    [TestCase("The largest fish weighed 47.5 pounds.", "47.5")]
    [TestCase("Each bag held 20 pounds of rice.", "20")]
    public void Pounds_without_a_currency_are_a_weight_not_money(string sentence, string number)
    {
        var analysis = ArticleText.Analyze(sentence);

        var mentions = analysis.AllMentions().Select(mention => (mention.Kind, mention.Text)).ToList();

        Assert.That(mentions, Does.Contain((MentionKind.Number, number)));
        Assert.That(mentions.Where(mention => mention.Kind == MentionKind.Money), Is.Empty);
    }

    [TestCase("The club paid 40 million pounds sterling for the striker.", "40 million pounds")]
    [TestCase("The fine, 500 pounds, was paid in £ notes.", "500 pounds")]
    [TestCase("The ship cost 47.5 dollars a ton.", "47.5 dollars")]
    [TestCase("The deal was worth 12 billion yen.", "12 billion yen")]
    public void A_sum_with_a_currency_is_money(string sentence, string money)
    {
        var analysis = ArticleText.Analyze(sentence);

        Assert.That(analysis.AllMentions().Select(mention => (mention.Kind, mention.Text)), Does.Contain((MentionKind.Money, money)));
    }

    [TestCase("The Palestinians of the West Bank and the Gaza Strip had risen up against Israeli occupation.", "Gaza Strip", "Region")]
    [TestCase("Merchant ships in the Atlantic Ocean remained safe for a time.", "Atlantic Ocean", "Region")]
    [TestCase("The United States also faced the critical situation in West Germany in 1951.", "West Germany", "Country")]
    [TestCase("On Monday, Nevada became the first state with a female majority legislature.", "Nevada", "Region")]
    public void A_name_real_world_knowledge_holds_as_a_place_is_a_place_of_its_kind(string sentence, string name, string kind)
    {
        var mentions = ArticleText.Resolve(sentence).Analysis.AllMentions().Where(mention => mention.Text == name).ToList();

        Assert.That(mentions.Select(mention => (mention.Kind, mention.Entity?.PlaceKind)), Is.EqualTo(new[] { (MentionKind.Place, (PlaceKind?)Enum.Parse<PlaceKind>(kind)) }));
    }

    [TestCase("The satellite will sit at 98.5° East longitude.", "East")]
    [TestCase("Weaker Atlantic powers paid tribute to the Barbary States.", "Atlantic")]
    [TestCase("Reading the report, the ministers agreed on a plan.", "Reading")]
    [TestCase("The ministers met in Reading on Saturday.", "Reading")]
    public void A_single_word_the_gazetteer_knows_only_as_a_region_river_or_town_is_no_place(string sentence, string name)
    {
        var mentions = ArticleText.Resolve(sentence).Analysis.AllMentions().Where(mention => mention.Text == name);

        Assert.That(mentions.Select(mention => mention.Kind), Has.None.EqualTo(MentionKind.Place));
    }

    /// <summary>The kind of each mention of <paramref name="name"/> in the analysed sentence.</summary>
    private static List<MentionKind> KindsOf(string sentence, string name) =>
        ArticleText.Analyze(sentence).AllMentions().Where(mention => mention.Text == name).Select(mention => mention.Kind).ToList();
}

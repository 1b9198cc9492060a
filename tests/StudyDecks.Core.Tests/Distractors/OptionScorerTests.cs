using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Distractors;

/// <summary>Each option feature on its own, and how they make a score.</summary>
public sealed class OptionScorerTests
{
    private const string Text =
        "Officials met in the Netherlands on Monday. Officials met in Iraq on Tuesday. Officials met in the Philippines later. " +
        "Officials then met in Syria and Jordan.";

    private static OptionScorer Scorer(AnswerSpec answer, string text = Text)
    {
        var analysis = ArticleText.Analyze(text);
        var entities = new EntityTable(Lexicon.Default, [analysis]);
        return new OptionScorer(answer with { ArticleId = analysis.Article.Id }, Lexicon.Default, new DistractorPools([analysis]), entities, OptionWeights.Default);
    }

    private static AnswerSpec Answer(string text, AnswerKind kind, string stem, string context = "") => new(text, kind, "a", stem) { Context = context };

    [Test]
    public void A_place_of_another_type_is_not_of_the_answer_s_class()
    {
        var scorer = Scorer(Answer("France", AnswerKind.Place, "The treaty was signed in _____."));

        Assert.That(scorer.Value(OptionFeature.SameClass, "Italy"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameClass, "Antarctica"), Is.Zero);
    }

    [Test]
    public void An_expansion_is_of_the_acronym_s_class_only_when_it_spells_the_same_letters()
    {
        var scorer = Scorer(Answer("Syrian Democratic Forces", AnswerKind.Term, "What does SDF stand for?") with { Acronym = "SDF" });

        Assert.That(scorer.Value(OptionFeature.SameClass, "Self-Defense Forces"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameClass, "Kurdistan Regional Government"), Is.Zero);
    }

    [Test]
    public void A_nationality_before_the_slot_rules_out_a_known_person_of_another_country()
    {
        var scorer = Scorer(Answer("Alessandro Manzoni", AnswerKind.Person, "The Italian writer _____ finished the novel."));

        Assert.That(scorer.Value(OptionFeature.SameRegion, "Amedeo Avogadro"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameRegion, "Thomas Jefferson"), Is.Zero);
        Assert.That(scorer.Value(OptionFeature.SameRegion, "Luigi Di Maio"), Is.EqualTo(OptionScore.CannotTell));
    }

    [Test]
    public void A_place_of_the_answer_s_region_fits_and_one_of_another_region_fits_less()
    {
        var scorer = Scorer(Answer("Syria", AnswerKind.Place, "Coalition forces fight ISIS in _____."));

        Assert.That(scorer.Value(OptionFeature.SameRegion, "Iraq"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameRegion, "Mauritania"), Is.LessThan(OptionWeights.Default.Threshold + 0.01));
    }

    [Test]
    public void A_person_dead_or_unborn_in_the_year_the_stem_names_is_of_another_era()
    {
        var scorer = Scorer(Answer("James Madison", AnswerKind.Person, "In 1812, _____ asked Congress to declare war."));

        Assert.That(scorer.Value(OptionFeature.SameEra, "Thomas Jefferson"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameEra, "Richard Nixon"), Is.Zero);
        Assert.That(scorer.Value(OptionFeature.SameEra, "Woodrow Wilson"), Is.Zero);
    }

    [Test]
    public void Without_a_year_a_contemporary_of_the_answer_fits_better_than_a_man_of_another_century()
    {
        var scorer = Scorer(Answer("James Madison", AnswerKind.Person, "Who wrote the Federalist papers with Hamilton?"));

        Assert.That(scorer.Value(OptionFeature.SameEra, "Thomas Jefferson"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameEra, "Richard Nixon"), Is.LessThan(scorer.Value(OptionFeature.SameEra, "Thomas Jefferson")));
    }

    [Test]
    public void Contemporaries_are_grown_up_at_the_same_time_not_merely_alive()
    {
        var scorer = Scorer(Answer("Calvin Coolidge", AnswerKind.Person, "Who followed Warren Harding as president?"));

        Assert.That(scorer.Value(OptionFeature.SameEra, "Herbert Hoover"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameEra, "Franklin Pierce"), Is.LessThan(OptionWeights.Default.Threshold), "dead when Coolidge was a boy of three");
    }

    [Test]
    public void A_person_of_the_year_the_stem_names_rules_out_presidents_dead_long_before()
    {
        var scorer = Scorer(Answer("Warren Harding", AnswerKind.Person, "The 1920 election of Republican _____ to the presidency ended the experiment with lower tariffs."));

        Assert.That(scorer.Value(OptionFeature.SameEra, "Franklin Pierce"), Is.Zero);
        Assert.That(scorer.Value(OptionFeature.SameEra, "Calvin Coolidge"), Is.EqualTo(1));
    }

    [Test]
    public void A_year_the_answer_did_not_live_in_is_not_the_card_s_time()
    {
        var scorer = Scorer(Answer("James Madison", AnswerKind.Person, "In 1950, a statue of _____ was unveiled in Virginia."));

        Assert.That(scorer.Value(OptionFeature.SameEra, "Thomas Jefferson"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameEra, "Richard Nixon"), Is.LessThan(1), "no longer ruled out by the year, but no contemporary");
    }

    [TestCase("Soviet Union", 2014, "Russia")]
    [TestCase("Slovenia", 1985, "Austria")]
    [TestCase("East Germany", 2010, "Poland")]
    [TestCase("Eritrea", 1985, "Sudan")]
    public void A_country_that_was_no_state_in_the_card_s_year_is_of_another_era(string candidate, int year, string answer)
    {
        var scorer = Scorer(Answer(answer, AnswerKind.Place, $"In {year}, the ministers met in _____."));

        Assert.That(scorer.Value(OptionFeature.SameEra, candidate), Is.Zero);
        Assert.That(scorer.Score(candidate).Total, Is.LessThan(OptionWeights.Default.Threshold));
    }

    [TestCase("Soviet Union", 1980)]
    [TestCase("Slovenia", 2014)]
    [TestCase("France", 1985)]
    public void A_country_that_was_a_state_in_the_card_s_year_or_of_which_the_gazetteer_says_nothing_fits_the_era(string candidate, int year)
    {
        var scorer = Scorer(Answer("Poland", AnswerKind.Place, $"In {year}, the ministers met in _____."));

        Assert.That(scorer.Value(OptionFeature.SameEra, candidate), Is.EqualTo(1));
    }

    [Test]
    public void The_year_of_the_sentence_counts_when_the_stem_has_none()
    {
        var scorer = Scorer(Answer("Poland", AnswerKind.Place, "Where did the ministers meet?", "In 1985, the ministers met in Poland."));

        Assert.That(scorer.Value(OptionFeature.SameEra, "Slovenia"), Is.Zero);
    }

    [Test]
    public void A_year_the_answer_was_no_state_in_says_nothing_of_the_options()
    {
        // A stem about the Soviet Union written in 2014 is about its past: the year is not the card's time.
        var scorer = Scorer(Answer("Soviet Union", AnswerKind.Place, "In 2014, historians opened the archives of the _____."));

        Assert.That(scorer.Value(OptionFeature.SameEra, "Yugoslavia"), Is.EqualTo(1));
    }

    [Test]
    public void What_is_joined_is_a_body_one_joins_not_an_armed_unit_or_a_place()
    {
        var scorer = Scorer(Answer("NATO", AnswerKind.Organization, "In 2023, Finland joined _____."));

        Assert.That(scorer.Value(OptionFeature.FitsFrame, "European Union"), Is.Not.Zero);
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Iraqi Security Forces"), Is.Zero);
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Jordan"), Is.Zero);
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Kurdistan Regional Government"), Is.Not.Zero, "a body nothing knows: cannot tell");
    }

    [Test]
    public void What_imposes_an_embargo_is_a_state_or_an_international_body()
    {
        var scorer = Scorer(Answer("European Union", AnswerKind.Organization, "The _____ embargo on Iranian oil began in 2012."));

        Assert.That(scorer.Value(OptionFeature.FitsFrame, "United Nations"), Is.Not.Zero);
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Syrian Democratic Forces"), Is.Zero);
    }

    [Test]
    public void What_leads_is_a_person_or_a_body_not_a_city()
    {
        var scorer = Scorer(Answer("United States", AnswerKind.Place, "The coalition was led by the _____ from 2014."));

        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Baghdad"), Is.Zero);
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "United Kingdom"), Is.Not.Zero);
    }

    [Test]
    public void A_frame_the_answer_itself_does_not_fit_says_nothing_of_the_options()
    {
        // Soldiers join an army: "joined the _____" here asks for a unit, not for a body countries join.
        var scorer = Scorer(Answer("Iraqi Security Forces", AnswerKind.Organization, "In 2015, thousands of volunteers joined the _____."));

        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Syrian Democratic Forces"), Is.Not.Zero);
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Kurdistan Regional Government"), Is.Not.Zero);
    }

    [Test]
    public void A_man_s_name_does_not_fit_a_stem_that_says_her()
    {
        var scorer = Scorer(Answer("Anita O'Day", AnswerKind.Person, "_____, best known for her rendition of \"Sweet Georgia Brown\", died in her sleep."));

        Assert.That(scorer.Value(OptionFeature.FitsFrame, "George Shearing"), Is.Zero);
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Mary Lou Williams"), Is.EqualTo(1));
    }

    [Test]
    public void A_pronoun_inside_a_quotation_says_nothing_about_the_speaker()
    {
        var scorer = Scorer(Answer("Jon Alterman", AnswerKind.Person, "Who said, “Neither has the control of his government”?"));

        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Condoleezza Rice"), Is.EqualTo(1));
    }

    [Test]
    public void A_slot_after_the_takes_names_the_deck_writes_with_the()
    {
        var scorer = Scorer(Answer("Netherlands", AnswerKind.Place, "Officials met in the _____ on Monday."));

        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Philippines"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Iraq"), Is.LessThan(1));
        Assert.That(scorer.Value(OptionFeature.FitsFrame, "Chile"), Is.EqualTo(OptionScore.CannotTell));
    }

    [Test]
    public void Form_counts_words_and_capitals()
    {
        var scorer = Scorer(Answer("Secretary of the Treasury", AnswerKind.Role, "Which US post did John Connally hold in 1971?"));
        var acronym = Scorer(Answer("NATO", AnswerKind.Organization, "_____ met in Brussels."));

        Assert.That(scorer.Value(OptionFeature.SameForm, "Secretary of State"), Is.EqualTo(1));
        Assert.That(scorer.Value(OptionFeature.SameForm, "Attorney General"), Is.LessThan(1));
        Assert.That(acronym.Value(OptionFeature.SameForm, "European Union"), Is.LessThan(scorer.Value(OptionFeature.SameForm, "Attorney General")));
    }

    [Test]
    public void One_feature_at_zero_puts_a_candidate_below_the_threshold_however_well_the_rest_fit()
    {
        var scorer = Scorer(Answer("James Madison", AnswerKind.Person, "In 1812, _____ asked Congress to declare war."));

        var contemporary = scorer.Score("Thomas Jefferson");
        var later = scorer.Score("Richard Nixon");

        Assert.That(contemporary.Total, Is.GreaterThanOrEqualTo(OptionWeights.Default.Threshold));
        Assert.That(later[OptionFeature.SameClass], Is.EqualTo(1), "both Presidents of the United States");
        Assert.That(later.Total, Is.Zero);
    }

    [Test]
    public void A_candidate_nothing_is_known_about_passes_the_threshold()
    {
        var scorer = Scorer(Answer("Mazloum Abdi", AnswerKind.Person, "Who called on the Coalition to repatriate the foreigners?"));

        Assert.That(scorer.Score("Fuad Hussein").Total, Is.GreaterThanOrEqualTo(OptionWeights.Default.Threshold));
    }

    [Test]
    public void Every_feature_has_a_name_and_a_weight()
    {
        foreach (var feature in Enum.GetValues<OptionFeature>())
        {
            Assert.That(feature.Name(), Does.Match("^[a-z]+(-[a-z]+)*$"));
            Assert.That(OptionWeights.Default[feature], Is.GreaterThan(0), feature.Name());
        }
    }
}

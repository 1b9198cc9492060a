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

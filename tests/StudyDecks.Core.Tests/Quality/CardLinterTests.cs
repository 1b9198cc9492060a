using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Tests.Quality;

public class CardLinterTests
{
    private const string WhoSentence = "Acting US Special Envoy for the Global Coalition, John Godfrey, visited Erbil.";
    private const string ClozeSentence = "In November 2015, an attack in Paris killed 130 people and wounded another 400.";

    private static Card Who() => new(
        "c1",
        CardType.MultipleChoice,
        "Who was the Acting US Special Envoy for the Global Coalition in 2021?",
        "John Godfrey",
        ["Antony Blinken", "Luigi Di Maio", "Mazloum Abdi"],
        AnswerKind.Person,
        WhoSentence,
        new CardSource("a", 0, 0, WhoSentence.Length),
        ["who-role"]);

    private static Card Cloze() => new(
        "c2",
        CardType.Cloze,
        "In November 2015, an attack in Paris killed _____ people and wounded another 400.",
        "130",
        ["90", "170", "260"],
        AnswerKind.Number,
        ClozeSentence,
        new CardSource("a", 1, 100, 100 + ClozeSentence.Length),
        ["cloze"]);

    private static readonly object[] FailingCards =
    [
        new object[] { "S1", Who() with { Answer = "Jane Roe", Distractors = ["Antony Blinken", "Luigi Di Maio", "Mazloum Abdi"] } },
        new object[] { "S1", Who() with { Source = new CardSource("a", 0, 0, 5) } },
        new object[] { "S2", Who() with { Question = "Who was the envoy John Godfrey replaced in 2021?" } },
        new object[] { "S2", Cloze() with { Question = "In 1837, the naval officer Matthew Perry promoted the _____'s conversion to steam power.", Answer = "United States Navy", AnswerKind = AnswerKind.Organization, Distractors = [] } },
        new object[] { "S3", Cloze() with { Question = "In November 2015, an attack in Paris killed _____ people and wounded another _____." } },
        new object[] { "S3", Who() with { Question = "Name the Acting US Special Envoy for the Global Coalition in 2021." } },
        new object[] { "S3", Who() with { Question = "Who said, “the Acting US Special Envoy for the Global Coalition?" } },
        new object[] { "S4", Cloze() with { Question = "He said an attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S4", Cloze() with { Question = "Two weeks ago, an attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S4", Cloze() with { Question = "As stated in Friday’s briefing, an attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S5", Who() with { Question = "How many envoys did the Global Coalition have in 2021?" } },
        new object[] { "S6", Cloze() with { Question = "In November 2015, in what was a long and very carefully coordinated attack by three separate teams of gunmen and bombers across the French capital of Paris, attackers killed _____ people and wounded another 400 in one night." } },
        new object[] { "S7", Who() with { Question = "Who was not the Acting US Special Envoy for the Global Coalition in 2021?" } },
        new object[] { "D1", Who() with { Distractors = ["john godfrey", "Luigi Di Maio", "Mazloum Abdi"] } },
        new object[] { "D1", Who() with { Aliases = ["Godfrey"], Distractors = ["Godfrey", "Luigi Di Maio", "Mazloum Abdi"] } },
        new object[] { "D2", Cloze() with { Distractors = ["170", "260", "400"] } },
        new object[] { "D3", Who() with { Distractors = ["Antony Blinken", "2021", "Mazloum Abdi"] } },
        new object[] { "D4", Who() with { Distractors = ["Antony Blinken", "luigi di maio", "Mazloum Abdi"] } },
        new object[] { "D5", Who() with { Distractors = ["Antony Blinken", "Luigi Di Maio", "Abdulrahman Mustafa al-Qadiri Abdi"] } },
        new object[] { "D6", Who() with { Distractors = ["John Godfreys", "Luigi Di Maio", "Mazloum Abdi"] } },
        new object[] { "D7", Who() with { Distractors = ["Antony Blinken", "None of the above", "Mazloum Abdi"] } },
        new object[] { "D8", Cloze() with { Question = "In November 2015, an attack in _____ killed 130 people and wounded another 400.", Answer = "Paris", AnswerKind = AnswerKind.Place, Distractors = ["Brussels", "Europe", "London"] } },
        new object[] { "D9", Who() with { Distractors = ["Antony Blinken", "Mazloum Abdi"] } },
        new object[] { "D11", Cloze() with { Distractors = ["170", "90", "260"] } },
        new object[] { "D12", Cloze() with { Distractors = ["90", "170", "60,000"] } },
        new object[] { "S10", Cloze() with { Question = "In November 2015, the attack also killed _____ people and wounded another 400." } },
        new object[] { "S10", Cloze() with { Question = "In November 2015, the ban led to _____ people being detained in Paris." } },
        new object[] { "S10", Cloze() with { Question = "In November 2015, these attacks in Paris killed _____ people." } },
        new object[] { "S10", Cloze() with { Question = "In November 2015, we counted _____ dead in Paris." } },
        new object[] { "S10", Cloze() with { Question = "In November 2015, the next two attacks in Paris killed _____ people." } },
        new object[] { "S10", Cloze() with { Question = "In November 2015, it killed _____ people and wounded another 400 in Paris." } },
        new object[] { "S10", Cloze() with { Question = "“_____ people were killed in Paris in November 2015.”" } },
        new object[] { "S10", Who() with { Type = CardType.MultipleChoice, Question = "Who said, “They’re all from the area”?", Answer = "John Godfrey" } },
        new object[] { "S11", Cloze() with { Question = "On June 28, an attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S12", Cloze() with { Question = "In November 2015, a shameful attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S3", Cloze() with { Question = "Killed _____ people in Paris in November 2015." } },
        new object[] { "S3", Cloze() with { Question = "In November 2015, an attack in Paris killed _____ people, The U.S. Government said." } },
        new object[] { "S3", Cloze() with { Answer = "130,", Question = "In November 2015, an attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S3", Who() with { Question = "How many people did the attack kill between 2015?", Type = CardType.ShortAnswer, Distractors = [] } },
        new object[] { "D12", Cloze() with { Question = "In November 2015, an attack in Paris killed around _____ people and wounded another 400.", Distractors = ["90", "120", "260"] } },
        new object[] { "D12", Cloze() with { Question = "The conference opened on _____, and ended on November 4, 1991.", Answer = "October 30, 1991", AnswerKind = AnswerKind.Date, Distractors = ["September 30, 1991", "October 4, 1991", "December 30, 1991"] } },
        new object[] { "D12", Cloze() with { Question = "The war began in 1754 and ended in _____.", Answer = "1763", AnswerKind = AnswerKind.Year, Distractors = ["1750", "1761", "1766"] } },
    ];

    [Test]
    public void A_well_made_question_passes_every_rule()
    {
        // Arrange
        var cards = new[] { Who(), Cloze() };

        // Act
        var findings = cards.SelectMany(card => CardLinter.Check(card)).ToList();

        // Assert
        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void A_place_written_as_town_and_blank_gives_the_answer_away()
    {
        var card = Cloze() with { Question = "Her last public performance was at Hollywood, _____'s Cinegrill Cabaret Lounge in 2006.", Answer = "California", AnswerKind = AnswerKind.Place, Distractors = [] };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Contain("S2"));
    }

    [TestCase("Talks were held in Washington, _____, and Moscow in 1992.")]
    [TestCase("However, _____ refused to attend the talks in 1992.")]
    public void A_place_in_a_list_or_after_an_opening_word_is_no_town_and_blank(string question)
    {
        var card = Cloze() with { Question = question, Answer = "Madrid", AnswerKind = AnswerKind.Place, Distractors = [] };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message), Has.None.Contains("lies in"));
    }

    [Test]
    public void A_derived_word_of_another_noun_gives_nothing_away()
    {
        // "naval" is made from "navy", not from any word of "United States Marine Corps".
        var card = Cloze() with { Question = "In 1837, the naval officer Matthew Perry served beside the _____.", Answer = "United States Marine Corps", AnswerKind = AnswerKind.Organization, Distractors = [] };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Not.Contain("S2"));
    }

    [TestCaseSource(nameof(FailingCards))]
    public void A_card_breaking_a_rule_is_reported_under_that_rule(string rule, Card card)
    {
        // Act
        var findings = CardLinter.Check(card);

        // Assert
        Assert.That(findings.Select(finding => finding.Code), Does.Contain(rule));
    }

    [Test]
    public void A_year_written_in_other_digits_is_passed_over_by_the_year_order_check()
    {
        // Arrange: "17٥٤" matches the year pattern (\d is any decimal digit) but is no number to parse; 1754 still orders the options.
        var card = Cloze() with { Question = "The war began in 1754 (17٥٤ in the source) and ended in _____.", Answer = "1763", AnswerKind = AnswerKind.Year, Distractors = ["1750", "1761", "1766"] };

        // Act
        var findings = CardLinter.Check(card);

        // Assert
        Assert.That(findings.Select(finding => finding.Code), Does.Contain("D12"));
    }

    [Test]
    public void A_true_false_statement_needs_true_and_false_as_its_options()
    {
        // Arrange
        var statement = new Card("c3", CardType.TrueFalse, "An attack in Paris killed 130 people and wounded another 400.", Card.True, [Card.False], AnswerKind.Number, ClozeSentence, new CardSource("a", 1, 0, ClozeSentence.Length), ["true-false"]);

        // Act
        var good = CardLinter.Check(statement);
        var bad = CardLinter.Check(statement with { Distractors = ["Maybe"] });

        // Assert
        Assert.That(good, Is.Empty);
        Assert.That(bad.Select(finding => finding.Code), Does.Contain("D3"));
    }

    [Test]
    public void Near_duplicate_stems_in_a_deck_are_reported()
    {
        // Arrange
        var deck = new Deck("t", new GeneratorInfo("g", "1", 1), [], [Who(), Who() with { Id = "c9", Question = "Who was the Acting U.S. Special Envoy for the Global Coalition in 2021?" }]);

        // Act
        var findings = CardLinter.Check(deck);

        // Assert
        Assert.That(findings.Select(finding => (finding.CardId, finding.Code)), Does.Contain(("c9", "S9")));
    }

    [Test]
    public void Near_duplicate_stems_from_different_articles_are_reported()
    {
        // Arrange
        var later = Who() with { Id = "c9", Question = "Who was the Acting US Special Envoy for the Global Coalition in 2024?", Source = new CardSource("b", 3, 0, WhoSentence.Length) };
        var deck = new Deck("t", new GeneratorInfo("g", "1", 1), [], [Who(), later]);

        // Act
        var findings = CardLinter.Check(deck);

        // Assert
        Assert.That(findings.Select(finding => (finding.CardId, finding.Code)), Does.Contain(("c9", "S9")));
    }

    [Test]
    public void Template_questions_about_different_answers_are_not_duplicates()
    {
        // Arrange
        var sdf = Who() with { Id = "c5", Question = "What does SDF stand for?", Answer = "Syrian Democratic Forces", AnswerKind = AnswerKind.Organization, Distractors = [] };
        var krg = sdf with { Id = "c6", Question = "What does KRG stand for?", Answer = "Kurdistan Regional Government" };
        var deck = new Deck("t", new GeneratorInfo("g", "1", 1), [], [sdf, krg]);

        // Act
        var findings = CardLinter.Check(deck);

        // Assert
        Assert.That(findings.Select(finding => finding.Code), Does.Not.Contain("S9"));
    }

    [Test]
    public void A_key_stated_in_another_stem_of_the_same_sentence_is_reported()
    {
        // Arrange
        var giveaway = Who() with { Id = "c8", Type = CardType.Cloze, Question = "Acting US Special Envoy for the Global Coalition, John Godfrey, visited _____.", Answer = "Erbil", Distractors = [], AnswerKind = AnswerKind.Place };
        var deck = new Deck("t", new GeneratorInfo("g", "1", 1), [], [Who(), giveaway]);

        // Act
        var findings = CardLinter.Check(deck);

        // Assert
        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S8"));
    }
}

using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;
using StudyDecks.Core.Tests.Analysis;

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
        new object[] { "S2", Cloze() with { Question = "The 25th _____ will remove mention of the tribal areas from the Constitution.", Answer = "Constitutional Amendment", AnswerKind = AnswerKind.Term, Distractors = [] } },
        new object[] { "S2", Cloze() with { Question = "After its defeat in the _____ of 1898, Spain ceded its longstanding colony of the Philippines to the United States in the Treaty of Paris.", Answer = "Spanish-American War", AnswerKind = AnswerKind.Term, Distractors = [] } },
        new object[] { "S2", Cloze() with { Question = "As the _____ gained momentum, leaders saw the advantages of a government that could coordinate the Revolutionary War.", Answer = "American Revolution", AnswerKind = AnswerKind.Term, Distractors = [] } },
        new object[] { "S2", Cloze() with { Question = "The Geneva Agreements signed after the fall of _____ prevented Vietnam, Cambodia and Laos from joining any alliance.", Answer = "French Indochina", AnswerKind = AnswerKind.Place, Distractors = [] } },
        new object[] { "S2", Cloze() with { Question = "_____ left SEATO in 1973 over its conflict against India.", Answer = "Pakistan", AnswerKind = AnswerKind.Place, Distractors = [] } },
        new object[] { "S2", Cloze() with { Question = "During the _____, a cash-strapped Continental Congress accepted loans from France.", Answer = "American Revolution", AnswerKind = AnswerKind.Term, Distractors = [] } },
        new object[] { "S3", Cloze() with { Question = "In November 2015, an attack in Paris killed _____ people and wounded another _____." } },
        new object[] { "S3", Who() with { Question = "Name the Acting US Special Envoy for the Global Coalition in 2021." } },
        new object[] { "S3", Who() with { Question = "Who said, “the Acting US Special Envoy for the Global Coalition?" } },
        new object[] { "S4", Cloze() with { Question = "He said an attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S4", Cloze() with { Question = "Two weeks ago, an attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S4", Cloze() with { Question = "As stated in Friday’s briefing, an attack in Paris killed _____ people and wounded another 400." } },
        new object[] { "S4", Cloze() with { Question = "In Paris, attacks killed _____ people in the last five months." } },
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
        new object[] { "D12", Cloze() with { Question = "Some _____ people remain.", Answer = "31,000", Distractors = ["19000", "24,000", "45,000"] } },
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
        new object[] { "D12", Cloze() with { Question = "Walker, who had led an expedition to Baja California in 1853, launched an expedition to Nicaragua in _____.", Answer = "1855", AnswerKind = AnswerKind.Year, Distractors = ["1851", "1856", "1859"] } },
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
    public void A_sum_under_a_thousand_may_be_offered_sums_past_it_written_grouped()
    {
        // "$863.4 billion" cannot show whether its writer groups digits; "$1,269.2 billion" is how a sum past it is written.
        var card = Cloze() with { Question = "Two-way trade totaled _____ in 2022.", Answer = "$863.4 billion", AnswerKind = AnswerKind.Money, Distractors = ["$543.9 billion", "$716.6 billion", "$1,269.2 billion"] };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Not.Contain("D12"));
    }

    [TestCase("The Soviet Union condemned the outbreak of the _____ in 1950.", "American Civil War", AnswerKind.Term)]
    [TestCase("Secretary of the Treasury _____ led the party.", "Alexander Hamilton", AnswerKind.Person)]
    public void A_tied_name_inside_a_longer_name_gives_nothing_away(string question, string answer, AnswerKind kind)
    {
        // "Union" (the North, a party to the American Civil War) and "Treasury" (which Hamilton's definition names) are
        // words of other names here.
        var card = Cloze() with { Question = question, Answer = answer, AnswerKind = kind, Distractors = [] };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message), Has.None.Contains($"gives away \"{answer}\""));
    }

    [Test]
    public void A_place_written_as_town_and_blank_gives_the_answer_away()
    {
        var card = Cloze() with { Question = "Her last public performance was at Hollywood, _____'s Cinegrill Cabaret Lounge in 2006.", Answer = "California", AnswerKind = AnswerKind.Place, Distractors = [] };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Contain("S2"));
    }

    [TestCase("The study took its samples in the Kwa-Zulu-Natal province of _____.", true)]
    [TestCase("The study took its samples in the Western Cape province of _____.", false)]
    public void A_place_inside_the_answer_spelled_with_other_hyphens_gives_it_away(string question, bool flagged)
    {
        var card = Cloze() with { Question = question, Answer = "South Africa", AnswerKind = AnswerKind.Place, Distractors = [] };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message).Any(message => message.Contains("lies in it", StringComparison.Ordinal)), Is.EqualTo(flagged));
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
    public void A_question_and_a_cloze_asking_one_fact_are_duplicates()
    {
        // Arrange (set 20: one consulate's opening asked twice, from two sentences of the article)
        const string sentence = "The United States opened its first consulate in Kuwait on June 27, 1951.";
        var question = new Card("c5", CardType.MultipleChoice, "When did the United States open its first consulate in Kuwait?", "June 27, 1951", ["May 27, 1951", "July 27, 1951", "October 27, 1951"],
            AnswerKind.Date, sentence, new CardSource("a", 3, 0, sentence.Length), ["when-did"]);
        var cloze = question with { Id = "c6", Type = CardType.Cloze, Question = "The United States opened its first consulate in Kuwait on _____.", Source = new CardSource("a", 9, 500, 500 + sentence.Length) };
        var otherFact = cloze with { Id = "c7", Question = "The United States opened its embassy in Kuwait on _____.", Answer = "June 27, 1961" };

        // Act
        var findings = CardLinter.Check(new Deck("t", new GeneratorInfo("g", "1", 1), [], [question, cloze, otherFact]));

        // Assert
        Assert.That(findings.Where(finding => finding.Code == "S9").Select(finding => finding.CardId), Is.EquivalentTo(new[] { "c6" }));
    }

    [Test]
    public void One_question_asked_of_two_times_with_one_answer_is_a_duplicate()
    {
        // Arrange (round 131: "Which UK post did David Miliband hold in 2007?" beside "… in February 2010?")
        const string sentence = "Foreign Secretary David Miliband said the court should not publish the paragraphs.";
        var first = new Card("c5", CardType.MultipleChoice, "Which UK post did David Miliband hold in 2007?", "Foreign Secretary", ["Defence Secretary", "Prime Minister", "Home Secretary"],
            AnswerKind.Role, sentence, new CardSource("a", 3, 0, sentence.Length), ["which-post"]);
        var second = first with { Id = "c6", Question = "Which UK post did David Miliband hold in February 2010?", Source = new CardSource("a", 9, 500, 500 + sentence.Length) };
        var otherAnswer = second with { Id = "c7", Question = "Which UK post did David Miliband hold in 2005?", Answer = "Minister of State for School Standards" };

        // Act
        var findings = CardLinter.Check(new Deck("t", new GeneratorInfo("g", "1", 1), [], [first, second, otherAnswer]));

        // Assert
        Assert.That(findings.Where(finding => finding.Code == "S9").Select(finding => finding.CardId), Is.EquivalentTo(new[] { "c6" }));
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

    /// <summary>A typed cloze (no options) on a sentence of the Atlantic Conference, with that sentence as its source.</summary>
    /// <summary>The rule codes the linter finds in a fill-in of <paramref name="question"/>.</summary>
    private static IEnumerable<string> CodesOf(string question, string answer, AnswerKind kind) =>
        CardLinter.Check(Typed(question, answer, kind)).Select(finding => finding.Code);

    /// <summary>The linter's messages on a fill-in of <paramref name="question"/>.</summary>
    private static IEnumerable<string> MessagesOf(string question, string answer, AnswerKind kind) =>
        CardLinter.Check(Typed(question, answer, kind)).Select(finding => finding.Message);

    private static Card Typed(string question, string answer, AnswerKind kind, string? context = null)
    {
        var sentence = question.Replace(Card.Blank, answer, StringComparison.Ordinal);
        return new Card("c9", CardType.Cloze, question, answer, [], kind, sentence, new CardSource("a", 2, 0, sentence.Length), ["cloze"]) { Context = context };
    }

    [TestCase("The Coalition would remain in _____ “until at least September 2026, subject to conditions on the ground.”", "Erbil", true)]
    [TestCase("The Coalition would remain in _____ “until at least September 2026,” Antony Blinken said.", "Erbil", false)]
    [TestCase("The US views Iraq and _____ as the “core” of the terrorist organization.", "Syria", false)]
    [TestCase("The briefing in _____ was entitled “Transition Plan for Combined Joint Task Force in Iraq.”", "Washington", false)]
    public void Someone_s_words_woven_into_the_stem_need_their_speaker(string question, string answer, bool flagged)
    {
        var messages = MessagesOf(question, answer, AnswerKind.Place);

        Assert.That(messages.Contains("a quotation without its speaker"), Is.EqualTo(flagged));
    }

    [TestCase("Japan may soon be outspent in aid to China by _____, Germany and Italy.", "France")]
    [TestCase("The leaders discussed the fate of _____ and Germany in the postwar period.", "Poland")]
    [TestCase("Colonial subjects from Algeria to _____ fought for independence.", "Vietnam")]
    [TestCase("Colonial subjects from _____ to Vietnam fought for independence.", "Algeria")]
    [TestCase("New ports opened on the islands of Hainan, Taiwan and _____.", "Formosa")]
    [TestCase("The floats in the parade showed _____, Ann Lee (as a pirate) and Mayor Bob Stone.", "Tom Hart")]
    public void A_typed_blank_that_any_member_of_its_list_fits_has_no_single_answer(string question, string answer)
    {
        var findings = CardLinter.Check(Typed(question, answer, AnswerKind.Place));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S13"));
    }

    [TestCase("NASA Administrator _____ and Japan’s Minister Masahito Moriyama signed the agreement in 2024.", "Bill Nelson")]
    [TestCase("_____, Iraq’s foreign minister, spoke in Rome in 2021.", "Fuad Hussein")]
    [TestCase("The President of France, _____, spoke in Rome in 2021.", "Emmanuel Macron")]
    public void A_typed_blank_its_own_words_single_out_has_one_answer(string question, string answer)
    {
        var findings = CardLinter.Check(Typed(question, answer, AnswerKind.Person));

        Assert.That(findings.Select(finding => finding.Code), Does.Not.Contain("S13"));
    }

    [TestCase("The United States, Great Britain, and China released the “_____” in 1945.", "Potsdam Declaration", AnswerKind.Term, "The Potsdam Conference, 1945")]
    [TestCase("In 1941 the _____ provided a broad statement of U.S. and British war aims.", "Atlantic Charter", AnswerKind.Term, "The Atlantic Conference & Charter, 1941")]
    [TestCase("In 1943 the three leaders pledged the territorial integrity of _____.", "Iran", AnswerKind.Place, "The Tehran Conference, 1943")]
    public void A_context_line_holding_a_word_of_the_answer_gives_it_away(string question, string answer, AnswerKind kind, string context)
    {
        var findings = CardLinter.Check(Typed(question, answer, kind, context));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S2"));
    }

    [Test]
    public void A_context_line_sharing_only_the_kind_of_name_gives_nothing_away()
    {
        var card = Typed("In 1854 the two nations signed the _____ at Yokohama.", "Treaty of Kanagawa", AnswerKind.Term, "The Treaty of Paris, 1783");

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Not.Contain("S2"));
    }

    [TestCase("_____, the head of the Metropolitan Police Counter Terrorism Command, said about Amman.", "Alexis Boon", AnswerKind.Person)]
    [TestCase("Home Secretary _____ told GB News.", "Priti Patel", AnswerKind.Person)]
    [TestCase("The director _____ wrote of Boseman.", "Ryan Coogler", AnswerKind.Person)]
    [TestCase("Loans to China total _____bn in 2004.", "$30", AnswerKind.Money)]
    [TestCase("Congress spelled out terms for peace on _____, which demanded British withdrawal.", "August 14, 1779", AnswerKind.Date)]
    public void A_blank_the_words_around_it_misread_is_ill_formed(string question, string answer, AnswerKind kind)
    {
        Assert.That(CodesOf(question, answer, kind), Does.Contain("S3"));
    }

    [TestCase("Imposed sweeping export bans and controls that cut _____ off from advanced technologies.", "Russia", AnswerKind.Place)]
    [TestCase("Blunted the _____'s ability to use its foreign reserves.", "Central Bank of Russia", AnswerKind.Organization)]
    public void A_list_item_opening_with_its_verb_is_a_fragment(string question, string answer, AnswerKind kind)
    {
        Assert.That(MessagesOf(question, answer, kind), Does.Contain("the stem opens with a verb: a fragment, not a sentence"));
    }

    [TestCase("Calm has been restored after a rally in Toledo, _____. led to a state of emergency being declared.", "Ohio", AnswerKind.Place, true)]
    [TestCase("Riots broke out in Toledo, Ohio. led to a state of emergency in _____.", "October 2005", AnswerKind.Date, true)]
    [TestCase("The company, Acme Inc. and its partners, opened a plant in _____.", "Toledo", AnswerKind.Place, false)]
    [TestCase("The rally drew 500 people, approx. half of them from _____.", "Michigan", AnswerKind.Place, false)]
    [TestCase("The U.S. led coalition entered _____ in 2003.", "Iraq", AnswerKind.Place, false)]
    public void A_full_stop_before_a_word_in_lower_case_runs_two_pieces_together(string question, string answer, AnswerKind kind, bool flagged)
    {
        Assert.That(MessagesOf(question, answer, kind).Any(message => message.EndsWith("a full stop in the middle of the sentence", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("Originally published as Geschichte der Orgel- und Klaviermusik bis _____ by Bärenreiter-Verlag, Kassel.", "1700", AnswerKind.Year, true)]
    [TestCase("Later reprinted in _____ by Oxford University Press.", "1956", AnswerKind.Year, true)]
    [TestCase("Originally published in _____, the book was translated into English in 1972.", "1967", AnswerKind.Year, false)]
    [TestCase("Also killed in the attack was _____, the mayor's driver.", "Ahmed Ali", AnswerKind.Person, false)]
    [TestCase("Kelly died in _____ in London.", "1958", AnswerKind.Year, false)]
    public void A_bibliography_line_of_adverb_and_participle_is_a_fragment(string question, string answer, AnswerKind kind, bool flagged)
    {
        Assert.That(MessagesOf(question, answer, kind), flagged ? Does.Contain("the stem opens with a verb: a fragment, not a sentence") : Does.Not.Contain("the stem opens with a verb: a fragment, not a sentence"));
    }

    [TestCase("Started in _____, the Taipei lantern festival continues a tradition of light festivals.", "1990", AnswerKind.Year)]
    [TestCase("Founded by monks in _____, the abbey became the richest in England.", "1150", AnswerKind.Year)]
    public void A_participle_set_off_before_its_subject_opens_a_sentence(string question, string answer, AnswerKind kind)
    {
        Assert.That(MessagesOf(question, answer, kind), Does.Not.Contain("the stem opens with a verb: a fragment, not a sentence"));
    }

    [TestCase("Bolek succeeded King Payne in _____ when he was killed.", "1812", AnswerKind.Year, true)]
    [TestCase("_____ succeeded King Payne in 1812 when he was killed.", "Bolek", AnswerKind.Person, true)]
    [TestCase("Bolek led the Seminole from _____ until he died.", "1812", AnswerKind.Year, false)]
    [TestCase("In March 1812, Bolek moved to Florida when he was forty.", "Florida", AnswerKind.Place, false)]
    [TestCase("Bolek visited the United States Congress in _____ when he was forty.", "1812", AnswerKind.Year, false)]
    public void A_pronoun_after_two_people_may_stand_for_either(string question, string answer, AnswerKind kind, bool flagged)
    {
        Assert.That(MessagesOf(question, answer, kind).Any(message => message.EndsWith("may stand for either of two people the stem names", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("Swing voters in the election of 1800 instead backed the pro-French _____ and his party.", "Thomas Jefferson")]
    [TestCase("_____, 42, and his wife, 36, are on trial for manslaughter after the death of their daughter in 2009.", "Thomas Sam")]
    public void A_pronoun_after_the_blank_may_stand_for_the_person_asked(string question, string answer)
    {
        Assert.That(MessagesOf(question, answer, AnswerKind.Person), Does.Not.Contain("the stem refers to someone only by a pronoun"));
    }

    [Test]
    public void A_pronoun_of_the_other_sex_than_the_person_asked_stays_unresolved()
    {
        var card = Typed("On October 8, 2019, chief constable _____ wrote asking to waive her diplomatic immunity.", "Nick Adderley", AnswerKind.Person);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message), Does.Contain("the stem refers to someone only by a pronoun"));
    }

    [TestCase("Both President Trump and some Democrats, such as former Representative _____, backed term limits in 2019.", "Beto O'Rourke", AnswerKind.Person)]
    [TestCase("In 1798 radicals were arrested for sedition, including Congressman _____ and two newspaper editors.", "Matthew Lyon", AnswerKind.Person)]
    [TestCase("As of March 17, 2020, _____ was one of six states that had decided to postpone its election.", "Ohio", AnswerKind.Place)]
    public void A_blank_given_as_one_example_of_many_has_no_single_answer(string question, string answer, AnswerKind kind)
    {
        Assert.That(CodesOf(question, answer, kind), Does.Contain("S13"));
    }

    [TestCase("Who had the British Government already dispatched as military commander in chief in North America?", "Edward Braddock", true)]
    [TestCase("How many soldiers had been sent to Boston?", "4,000", true)]
    [TestCase("How many soldiers had been sent to Boston by 1770?", "4,000", false)]
    [TestCase("Which team had the most shots in the 2017 final?", "Bayern Munich", false)]
    public void A_question_in_the_past_perfect_needs_a_later_time_to_be_before(string question, string answer, bool illFormed)
    {
        var card = Who() with { Question = question, Answer = answer, Type = CardType.ShortAnswer, Distractors = [] };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message).Contains("a past perfect (\"had …\") with nothing later to be before"), Is.EqualTo(illFormed));
    }

    [TestCase("The Albany Plan was not conceived out of a desire to secure independence from _____.", "Great Britain")]
    [TestCase("The treaty was never ratified by _____.", "France")]
    [TestCase("The delegates didn't invite _____ to the talks.", "Spain")]
    public void A_blank_in_a_clause_that_says_what_is_not_so_has_no_single_answer(string question, string answer)
    {
        Assert.That(MessagesOf(question, answer, AnswerKind.Place), Does.Contain("the blank is in a clause that says what is not so: many fit"));
    }

    [TestCase("The embargo did not end until _____.", "March 1974", AnswerKind.Date)]
    [TestCase("The talks were held not in Geneva but in _____.", "Madrid", AnswerKind.Place)]
    [TestCase("All members except _____ signed the treaty in 1951.", "France", AnswerKind.Place)]
    [TestCase("Although it did not join the league, _____ sent observers in 1920.", "United States", AnswerKind.Place)]
    public void A_blank_that_a_denial_points_to_or_lies_beyond_is_not_denied(string question, string answer, AnswerKind kind)
    {
        Assert.That(MessagesOf(question, answer, kind), Does.Not.Contain("the blank is in a clause that says what is not so: many fit"));
    }

    [TestCase("Customs officers found _____'s largest ever haul of cocaine in a port warehouse.", "Spain")]
    [TestCase("_____ woman Ann Lee was cleared of fraud by the state's Supreme Court.", "Sydney")]
    public void A_typed_place_standing_before_a_noun_has_no_single_answer(string question, string answer)
    {
        Assert.That(CodesOf(question, answer, AnswerKind.Place), Does.Contain("S13"));
    }

    [Test]
    public void A_person_described_only_as_one_of_a_kind_has_no_single_answer()
    {
        Assert.That(CodesOf("_____ is a Canadian novelist and teacher, serving on the board of the Writers' Trust.", "Ann Lee", AnswerKind.Person), Does.Contain("S13"));
    }

    [TestCase("In 1988, _____’s King Hussein renounced his kingdom’s links to the West Bank.", "Jordan")]
    [TestCase("_____ signed the treaty with the United States in 1951.", "Australia")]
    public void A_typed_place_before_a_name_or_a_verb_may_have_one_answer(string question, string answer)
    {
        Assert.That(MessagesOf(question, answer, AnswerKind.Place), Has.None.Contains("standing before a noun"));
    }

    [TestCase("In a 2005 paper in Science they argued that a small probe could nudge the asteroid.", "2005", AnswerKind.Year, true)]
    [TestCase("In 2005 the rebels of the northern province said that they would lay down their weapons.", "2005", AnswerKind.Year, false)]
    [TestCase("In 2005 the police of the northern province said that they had found the stolen paintings.", "2005", AnswerKind.Year, false)]
    public void A_plural_pronoun_deep_in_the_stem_needs_something_plural_before_it(string question, string answer, AnswerKind kind, bool flagged)
    {
        var typed = question.Replace(answer, Card.Blank, StringComparison.Ordinal);

        Assert.That(MessagesOf(typed, answer, kind).Contains("the stem refers to someone only by a pronoun"), Is.EqualTo(flagged));
    }

    [TestCase("In _____, the current chairman of the club described the stadium plan as a mistake.", "2016")]
    [TestCase("In _____, Ann Lee wrote in a recent essay that the stadium plan was a mistake.", "2016")]
    public void The_current_holder_and_a_recent_writing_are_relative_time(string question, string answer)
    {
        Assert.That(CodesOf(question, answer, AnswerKind.Year), Does.Contain("S4"));
    }

    [TestCase("2013", true)]
    [TestCase("2006", false)]
    [TestCase("2004", false)]
    public void A_year_after_the_articles_date_is_a_plan_not_what_happened(string year, bool flagged)
    {
        // Arrange: a report of 2006 holding the year
        var text = $"The tower is on track for completion in {year}, with ten floors finished so far.";
        var (analysis, _) = ArticleText.Resolve(text, "2006-07-01");
        var sentence = analysis.Sentences.Single();
        var question = sentence.Text.Replace(year, Card.Blank, StringComparison.Ordinal);
        var card = new Card("c9", CardType.Cloze, question, year, [], AnswerKind.Year, sentence.Text, new CardSource(analysis.Article.Id, sentence.Index, sentence.Start, sentence.End), ["cloze"]);

        // Act
        var findings = CardLinter.Check(card, analysis.Article);

        // Assert
        Assert.That(findings.Any(finding => finding.Rule == LintRule.FactNotOpinion), Is.EqualTo(flagged));
    }

    [TestCase("Tuesday morning's vote in the parliament of _____ approved the budget.", "Peru", true)]
    [TestCase("On Tuesday, March 4, 2003, the parliament of _____ approved the budget.", "Peru", false)]
    [TestCase("On Super Tuesday the voters of _____ chose their candidate.", "Texas", false)]
    public void A_weekday_with_no_date_means_nothing_outside_the_article(string question, string answer, bool flagged)
    {
        Assert.That(MessagesOf(question, answer, AnswerKind.Place).Any(message => message.StartsWith("a weekday with no date", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("In _____ British collector Tom Hart bought it for around £40,000.", true)]
    [TestCase("In _____ the museum sold the painting after the collector Tom Hart had offered it £40,000.", false)]
    [TestCase("In _____ Lloyd's of London insured it for £40,000.", false)]
    public void An_it_with_nothing_before_it_to_stand_for_is_unresolved(string question, bool flagged)
    {
        Assert.That(MessagesOf(question, "2012", AnswerKind.Year).Contains("\"it\" stands for nothing the stem names"), Is.EqualTo(flagged));
    }

    [TestCase("The 1970s car was sold at auction in _____ for £40,000.", "1996", true)]
    [TestCase("In the 1970s, the museum sold its collection of cars in _____.", "Paris", false)]
    public void A_decade_before_a_noun_does_not_say_which_thing(string question, string answer, bool flagged)
    {
        Assert.That(MessagesOf(question, answer, AnswerKind.Year).Any(message => message.Contains("1970s", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("_____ supported the new stadium, while 30 percent opposed it.", true)]
    [TestCase("_____ said the tax should be cut before the election.", true)]
    [TestCase("In a survey of 2,000 voters by Ipsos, _____ said the tax should be cut before the election.", false)]
    [TestCase("_____ of the budget went to schools in 2019.", false)]
    public void A_share_taking_a_stand_needs_its_poll_named(string question, bool flagged)
    {
        Assert.That(MessagesOf(question, "62 percent", AnswerKind.Percent).Any(message => message.StartsWith("a share of people's answers", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("The news agency reported that the four army officers were arrested in _____ on Monday.", "Ankara", true)]
    [TestCase("The Japanese agreed to the demands, and the two sides met in _____ in 1854.", "Kanagawa", false)]
    [TestCase("The three members of the crew landed in _____ in 1969.", "Houston", false)]
    public void A_count_after_the_points_back_to_a_group_unless_the_question_names_it(string question, string answer, bool flagged)
    {
        Assert.That(MessagesOf(question, answer, AnswerKind.Place).Any(message => message.EndsWith("points back to a group the question does not name", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("Ann Lee, another activist and winner of the _____, wrote that the vote was fair.", true)]
    [TestCase("The two leaders thanked one another for the _____ after the talks.", false)]
    public void Another_ties_the_question_to_an_earlier_sentence(string question, bool flagged)
    {
        Assert.That(MessagesOf(question, "Nobel Peace Prize", AnswerKind.Term).Any(message => message.StartsWith("\"another", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(flagged));
    }

    [TestCase("US President _____ has arrived in Israel, the first stop on a Middle East tour meant to revive the peace talks.", TestName = "A place does not say when an office was held")]
    [TestCase("A letter written to the Prime Minister of Canada _____ by a man facing the death penalty in Saudi Arabia has been obtained by The Canadian Press.", TestName = "A body does not say when an office was held")]
    [TestCase("_____, the Prime Minister of Ireland visited the White House to commemorate St. Patrick's Day.", TestName = "An office set off after the blank needs a time too, which a yearly day does not give")]
    public void An_office_holder_with_nothing_to_say_when_is_undated(string question)
    {
        Assert.That(CodesOf(question, "George W. Bush", AnswerKind.Person), Does.Contain("S11"));
    }

    [TestCase("At 06:34 UTC, an 8.8 magnitude earthquake hit _____, triggering a tsunami in the Pacific Ocean.", true, TestName = "A time of day with no date is undated")]
    [TestCase("At 3:15 p.m. the rebels entered _____.", true, TestName = "A time of day in the afternoon with no date is undated")]
    [TestCase("At 06:34 UTC on February 27, 2010, an 8.8 magnitude earthquake hit _____.", false, TestName = "A time of day on a date is dated")]
    [TestCase("A 1.5 magnitude tremor hit _____ in the night.", false, TestName = "A decimal figure is no time of day")]
    public void A_time_of_day_needs_its_date(string question, bool flagged)
    {
        Assert.That(MessagesOf(question, "Chile", AnswerKind.Place).Any(message => message.Contains("time of day", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("At the conclusion of the Annapolis Conference, United States President _____ read a statement.", TestName = "A named conference says when an office was held")]
    [TestCase("_____, the Prime Minister of Ireland, met Nelson Mandela in Dublin.", TestName = "Another person says when an office set off after the blank was held")]
    [TestCase("_____, the Prime Minister of Ireland, visited the White House in 2007.", TestName = "A year says when an office set off after the blank was held")]
    public void An_office_holder_placed_in_time_is_dated(string question)
    {
        Assert.That(CodesOf(question, "George W. Bush", AnswerKind.Person), Does.Not.Contain("S11"));
    }

    [TestCase("The scientists found reduction of crop yields by 2050 exceeded _____ of 2000 levels in all cases examined.", "10%", AnswerKind.Percent)]
    [TestCase("Sales of the phone surpassed _____ units in its first year on the market in Europe.", "1 million", AnswerKind.Number)]
    [TestCase("Temperatures in the valley stayed below _____ degrees for most of the winter of 2010.", "5", AnswerKind.Number)]
    public void A_figure_after_a_verb_of_exceeding_or_above_or_below_is_a_bound(string question, string answer, AnswerKind kind)
    {
        Assert.That(CodesOf(question, answer, kind), Does.Contain("S13"));
    }

    [Test]
    public void A_figure_after_a_verb_that_names_no_bound_has_one_answer()
    {
        Assert.That(CodesOf("Crop yields in the region fell by _____ of 2000 levels in all cases the scientists examined.", "10%", AnswerKind.Percent), Does.Not.Contain("S13"));
    }

    [Test]
    public void The_margin_after_a_plus_minus_sign_is_no_figure_to_learn()
    {
        Assert.That(CodesOf("The researchers measured a porosity of 51±_____ in the rock.", "19%", AnswerKind.Percent), Does.Contain("S13"));
    }

    [Test]
    public void A_typed_body_before_a_persons_noun_has_no_single_answer()
    {
        Assert.That(CodesOf("A _____ judge in Cardiff jailed two men for the robbery.", "Crown Court", AnswerKind.Organization), Does.Contain("S13"));
    }

    [TestCase("In the _____/20 fiscal year, Tesco's Polish branch had a 24 million pound operating loss.", "2019", true)]
    [TestCase("She joined the National Theatre Ballet for the _____/2005 season.", "2004", true)]
    [TestCase("She joined the National Theatre Ballet for the 2004/_____ season.", "2005", true)]
    [TestCase("The war lasted from 1914 to _____ and cost millions of lives.", "1918", false)]
    [TestCase("World War II (_____–1945) cost millions of lives.", "1939", false)]
    public void A_year_beside_the_other_year_of_its_season_is_given_away(string question, string answer, bool flagged)
    {
        var card = Typed(question, answer, AnswerKind.Year);

        Assert.That(CardLinter.Check(card).Any(finding => finding.Message == "the other year of the span gives this one away"), Is.EqualTo(flagged));
    }

    [TestCase("The partners built the Lyttelton Timeball Station, built of volcanic red stone, and which was completed in _____.", true)]
    [TestCase("The partners built the station, which was built of red stone and which was completed in _____.", false)]
    [TestCase("The station was designed by Harold Pennick, a builder from Leeds, and who had trained in _____.", true)]
    [TestCase("The station was designed by Harold Pennick, who came from Leeds and who had trained in _____.", false)]
    public void And_which_with_no_relative_clause_before_it_is_not_well_formed(string question, bool flagged)
    {
        var card = Typed(question, "1876", AnswerKind.Year);

        Assert.That(CardLinter.Check(card).Any(finding => finding.Message.Contains("clause before it to join", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("Americans reported losses of US$240 million in 2007, a $40 million increase from _____.", "2006", true)]
    [TestCase("The party won 34 seats in 1998, up from _____.", "1997", true)]
    [TestCase("Exports fell to 400 tonnes in 2010, fewer than in _____.", "2011", true)]
    [TestCase("Americans reported losses of US$240 million in 2007, a $40 million increase from _____.", "2001", false)]
    [TestCase("Americans reported losses of US$240 million in _____, a $40 million increase from 2006.", "2007", true)]
    [TestCase("He served from _____ to 2007.", "2006", false)]
    [TestCase("The party won 34 seats in _____, up from 1990.", "1998", false)]
    public void A_year_a_change_is_measured_from_next_to_a_year_the_stem_names_is_given_away(string question, string answer, bool flagged)
    {
        var card = Typed(question, answer, AnswerKind.Year);

        Assert.That(CardLinter.Check(card).Any(finding => finding.Message == "a change from the year next to one the stem names gives that year away"), Is.EqualTo(flagged));
    }

    [TestCase("The company was founded in _____, a year before Windows 95 was released.", "1994")]
    [TestCase("The bridge opened in _____, two years after the war ended.", "1947")]
    [TestCase("The treaty was signed on _____, 18 months before the election.", "March 3, 1990")]
    public void A_year_placed_by_its_distance_from_another_event_is_given_away(string question, string answer)
    {
        var card = Typed(question, answer, char.IsDigit(answer[0]) ? AnswerKind.Year : AnswerKind.Date);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message), Has.Some.Contains("placed by its distance"));
    }

    [TestCase("The company was founded in _____, many years before the war.")]
    [TestCase("The company was founded in _____, and two years later it moved to Leeds.")]
    public void A_year_beside_an_uncounted_or_later_stretch_of_time_is_not_given_away(string question)
    {
        var card = Typed(question, "1994", AnswerKind.Year);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message), Has.None.Contains("placed by its distance"));
    }

    [Test]
    public void A_question_ending_on_a_leftover_participle_is_ill_formed()
    {
        var card = Who() with { Question = "When did the United States send food aid via Operation Provide Comfort starting?", Answer = "August 1992", AnswerKind = AnswerKind.Date, Distractors = ["May 1992", "June 1992", "October 1992"], Explanation = "The United States sent food aid via Operation Provide Comfort starting in August 1992.", Source = new CardSource("a", 0, 0, 80) };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Contain("S3"));
    }

    [TestCase("In what year did Congress approved the treaty?", TestName = "A verb left in the past after the subject's name is ill-formed")]
    [TestCase("In what year did the army invade the city and seized it?", TestName = "A second verb left in the past after and is ill-formed")]
    public void A_verb_left_in_the_past_after_did_is_ill_formed(string question)
    {
        var card = Who() with { Question = question, Answer = "1851", AnswerKind = AnswerKind.Year, Distractors = ["1848", "1849", "1850"], Explanation = "Text.", Source = new CardSource("a", 0, 0, 5) };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message), Has.Some.Contains("stays in the past tense after \"did\""));
    }

    [Test]
    public void A_participle_after_a_name_behind_the_verb_is_no_verb_left_in_the_past()
    {
        var card = Who() with { Question = "In what year did President Millard Fillmore authorize an expedition to bring home Americans stranded in Japan?", Answer = "1851", AnswerKind = AnswerKind.Year, Distractors = ["1848", "1849", "1850"], Explanation = "Text.", Source = new CardSource("a", 0, 0, 5) };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message), Has.None.Contains("past tense"));
    }

    [Test]
    public void A_time_question_in_the_past_perfect_is_ill_formed()
    {
        var card = Who() with { Question = "In what year had Napoleon Bonaparte re-obtained Louisiana from Spain?", Answer = "1800", AnswerKind = AnswerKind.Year, Distractors = ["1797", "1803", "1806"], Explanation = "In 1800, Napoleon Bonaparte had re-obtained Louisiana from Spain.", Source = new CardSource("a", 0, 0, 60) };

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Contain("S3"));
    }

    [TestCase("Barring that, Churchill hoped the United States would warn _____ in 1941.", "Japan")]
    [TestCase("In 1818 the Society sent two representatives to _____.", "West Africa")]
    [TestCase("In 1776 Congress responded to Parliament’s actions by opening ports to _____.", "France")]
    [TestCase("In 1848 the affected British companies protested in _____.", "London")]
    [TestCase("The audience was shown a replay from the 2018 ceremony in _____.", "Los Angeles")]
    [TestCase("In 2019 the guidelines were changed by officials in _____.", "Geneva")]
    [TestCase("In 2019 _____ was running the train as loco pilot.", "India")]
    public void A_question_leaning_on_the_sentences_before_it_is_not_context_free(string question, string answer)
    {
        var findings = CardLinter.Check(Typed(question, answer, AnswerKind.Place));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S10"));
    }

    // A choice that does not say for what; an opening likening the fact to another occasion; a capitalised noun that
    // heads a longer name says which, as one before "of" does.
    [TestCase("President _____ selected South Carolinian Thomas Pinckney, who had been serving as United States minister to Great Britain.", "does not say for what", true)]
    [TestCase("President _____ chose Thomas Pinckney.", "does not say for what", true)]
    [TestCase("President _____ selected Thomas Pinckney to negotiate with Spain.", "does not say for what", false)]
    [TestCase("President _____ selected Thomas Pinckney as envoy extraordinary to Spain.", "does not say for what", false)]
    [TestCase("As in _____, Japan insisted that the ratio for auxiliary vessels be increased to 10:10:7.", "compares with an occasion", true)]
    [TestCase("As at Geneva, Japan insisted in _____ that the ratio for auxiliary vessels be increased.", "compares with an occasion", true)]
    [TestCase("As part of the deal, Japan accepted in _____ a ratio of 10:10:7 for auxiliary vessels.", "compares with an occasion", false)]
    [TestCase("The Conference held further meetings in Belgrade in _____.", "is not said in the question", true)]
    [TestCase("The Conference on Security and Cooperation in Europe held further meetings in Belgrade in _____.", "is not said in the question", false)]
    [TestCase("The Council for Mutual Economic Assistance met in Moscow in _____.", "is not said in the question", false)]
    [TestCase("James Ferguson became ensign in the battalion in September 1678, and lieutenant in _____.", "is not said in the question", true)]
    [TestCase("Fritzi Gordon represented Britain on nine other occasions and toured the USA in _____.", "counts them against something said before", true)]
    [TestCase("Fritzi Gordon and two other players toured the USA in _____.", "counts them against something said before", false)]
    [TestCase("James Ferguson became ensign in the battalion in Utrecht in September 1678, and lieutenant in _____.", "is not said in the question", false)]
    public void A_question_is_context_free_unless_it_leans_on_what_it_does_not_name(string question, string finding, bool flagged)
    {
        var (answer, kind) = question.StartsWith("President", StringComparison.Ordinal) ? ("George Washington", AnswerKind.Person) : ("1927", AnswerKind.Year);
        Assert.That(MessagesOf(question, answer, kind).Any(message => message.Contains(finding, StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("Fritzi Gordon won the European Women's teams in _____, 1951, 1952, 1959 and 1975.", true)]
    [TestCase("Fritzi Gordon won the European Women's teams in 1950, 1951, _____ and 1975.", true)]
    [TestCase("Fritzi Gordon won the European Women's teams in _____, and again in 1975.", false)]
    public void A_year_among_years_listed_with_it_is_not_single(string question, bool flagged)
    {
        Assert.That(MessagesOf(question, "1948", AnswerKind.Year).Any(message => message.Contains("one year of a list", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [TestCase("When did Richard M. Nixon convene a meeting of his top economic advisers?", true)]
    [TestCase("On _____, Nixon convened a meeting of his top economic advisers.", true)]
    [TestCase("When did Richard M. Nixon convene a meeting of his advisers at Camp David?", false)] // a name says which
    [TestCase("When did the leaders hold a summit of 20 nations?", false)] // so does a figure
    public void A_meeting_asked_for_its_date_with_nothing_saying_which_is_not_context_free(string question, bool flagged)
    {
        Assert.That(MessagesOf(question, "August 13, 1971", AnswerKind.Date).Any(message => message.Contains("one of many", StringComparison.Ordinal)), Is.EqualTo(flagged));
    }

    [Test]
    public void A_known_persons_country_in_his_possessive_gives_the_answer_away()
    {
        var card = Typed("The MPLA had long-established relations with Fidel Castro’s _____ by 1975.", "Cuba", AnswerKind.Place);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Contain("S2"));
    }

    [TestCase("Both men were affiliated with the Carnegie Endowment, established in _____.")]
    [TestCase("Some focused on disarmament, such as the naval conferences that began in Washington in _____.")]
    [TestCase("Trailing are South Korea with 13% and China with 8% of spam in _____.")]
    [TestCase("Truman asked Congress to aid Turkey in _____, since that nation, too, had depended on British aid.")]
    [TestCase("The Neutrality Act of _____ did contain one important concession to Roosevelt.")]
    [TestCase("Following Madrid, the delegations of Israel and Syria met in Washington in _____.")]
    [TestCase("When did the delegations of Israel and Syria meet in Washington after Madrid?")]
    public void A_statement_finishing_an_earlier_sentence_is_not_context_free(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1937", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S10"));
    }

    [TestCase("Officials said that funding for NASA’s Apollo program ended in _____.")]
    [TestCase("When did the Senate ratify the treaty with Algiers in _____?")]
    public void A_clause_after_that_or_a_question_with_did_stands_alone(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1937", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Code), Does.Not.Contain("S10"));
    }

    [TestCase("After Madrid fell to Francisco Franco, Juan Negrín went into exile in _____.")]
    [TestCase("After Texas, the candidates campaigned in Ohio in _____.")] // a state is a place, not a meeting
    public void A_city_in_a_clause_of_its_own_or_a_state_after_a_preposition_stands_alone(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1937", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Code), Does.Not.Contain("S10"));
    }

    [TestCase("The end of the pact means that security ties between _____ and members of the alliance will shift.", true)]
    [TestCase("The pact created security ties between Ankara and _____ in 1955.", true)]
    [TestCase("Nuri al-Said was born in _____ in 1888.", false)]
    public void A_city_on_one_side_of_a_relation_between_states_has_two_answers(string question, bool flagged)
    {
        var findings = CardLinter.Check(Typed(question, "Baghdad", AnswerKind.Place));

        Assert.That(findings.Select(finding => finding.Code), flagged ? Does.Contain("S13") : Does.Not.Contain("S13"));
    }

    // A term in office only with its office; a capitalised short name only after the name in full; an owner's report only
    // with what it held.
    [TestCase("After his term as President of Anjouan expired in _____, Mohamed Bacar held his own elections.", false)]
    [TestCase("Mohamed Bacar's term of office expired in _____.", false)]
    [TestCase("Relations with China were controversial for the remainder of President George H. W. Bush’s term and into _____.", false)]
    [TestCase("After his term expired in _____, Mohamed Bacar held his own elections.", true)]
    [TestCase("Mohamed Bacar's term expired in _____.", true)]
    [TestCase("While the Treaty of Versailles did not satisfy all parties, opinion favored ratification of the Treaty by _____.", false)]
    [TestCase("Opinion favored ratification of the Treaty by _____.", true)]
    [TestCase("In _____, the Inter-Allied Commission presented its findings.", true)]
    [TestCase("In _____, the committees released their report.", true)]
    [TestCase("In _____, the Inter-Allied Commission presented its findings on reparations.", false)]
    [TestCase("In _____, the Senate passed its first budget.", false)]
    [TestCase("In _____, the Vice President made the announcement in Philadelphia.", true)]
    [TestCase("In _____, the Vice President made the announcement of Medicare's new rule.", false)]
    [TestCase("In _____, the Vice President attended the meeting in Philadelphia.", false)]
    [TestCase("The first phase, from February to November of _____, was dominated by failed attempts at conventional war.", true)]
    [TestCase("The archipelago became an autonomous commonwealth in _____.", true)]
    [TestCase("In _____, China and Hong Kong joined the forum.", true)]
    [TestCase("In _____, half of the village was burned down.", true)]
    [TestCase("In _____, a further act allowed the Secretary to answer questions in Congress.", true)]
    [TestCase("In _____, U.S.-Soviet relations reached their nadir.", true)]
    [TestCase("In _____, the Dow Jones index reached its peak of the decade.", false)]
    [TestCase("In _____, 44 bunches of flowers from Djehuty's funeral were found in the site.", true)]
    [TestCase("In _____, the site of the Sainte-Marie Mission became a village.", false)]
    [TestCase("After a television documentary about the lagoon in _____, the place became a wreck diving destination.", true)]
    [TestCase("In _____ the British left Crosshaven and control of the forts passed to the Free State Army.", true)]
    [TestCase("Ghias Beg was made wazir of the whole dominion in _____.", true)]
    [TestCase("Born in Palestine, the Kohail brothers moved to Canada in _____, and became Canadian citizens in 2005.", false)]
    [TestCase("In _____ King Alvaro sought to remove the brothers and kill them.", true)]
    [TestCase("In _____, the empire lost its eastern provinces.", true)]
    [TestCase("In _____, the Ottoman Empire lost its eastern provinces.", false)]
    public void A_year_stem_is_context_free_only_when_it_says_what_its_words_mean(string question, bool flagged)
    {
        var findings = CardLinter.Check(Typed(question, "2007", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Code), flagged ? Does.Contain("S10") : Does.Not.Contain("S10"));
    }

    // A figure only with what it measures: names and function words alone do not say it.
    [TestCase("India is between Nigeria at _____, and Zambia and Rwanda at 20%.", AnswerKind.Percent, true)]
    [TestCase("India is between Nigeria at _____, and Zambia at $20 million.", AnswerKind.Money, true)]
    [TestCase("India's literacy rate is between Nigeria at _____, and Zambia and Rwanda at 20%.", AnswerKind.Percent, false)]
    [TestCase("World trade declined by some _____ between 1929 and 1934.", AnswerKind.Percent, false)]
    public void A_figure_is_asked_only_with_what_it_measures(string question, AnswerKind kind, bool flagged)
    {
        var findings = CardLinter.Check(Typed(question, kind == AnswerKind.Money ? "$14 million" : "14%", kind));

        Assert.That(findings.Select(finding => finding.Code), flagged ? Does.Contain("S10") : Does.Not.Contain("S10"));
    }

    // "other" with nothing named before it contrasts with something the article said.
    [TestCase("There have been other threats of military response by both the U.S. and _____.", true)]
    [TestCase("There have been threats of military response by both the U.S. and _____.", false)]
    [TestCase("The United States and other nations made threats of military response against _____.", false)]
    [TestCase("There were threats against _____, among other nations.", false)]
    public void Other_with_nothing_named_before_it_points_outside_the_question(string question, bool flagged)
    {
        var findings = CardLinter.Check(Typed(question, "Israel", AnswerKind.Place));

        Assert.That(findings.Select(finding => finding.Code), flagged ? Does.Contain("S10") : Does.Not.Contain("S10"));
    }

    // One party of a tie only with the other party's name: "its ally" alone leaves who unsaid.
    [TestCase("When _____ stood by its ally and declared war on the United States, Roosevelt faced war in Europe and Asia.", true)]
    [TestCase("In 1941, _____ declared war on Japan's ally.", true)]
    [TestCase("In 1941, _____ stood by its ally Japan and declared war on the United States.", false)]
    [TestCase("Bagot reached an agreement with his successor, Acting Secretary Richard Rush, in _____.", false)]
    [TestCase("In 1941, _____ and its allies declared war on the United States.", false)]
    public void A_counterparty_is_asked_about_only_with_its_name(string question, bool flagged)
    {
        var findings = CardLinter.Check(Typed(question, "Germany", AnswerKind.Place));

        Assert.That(findings.Select(finding => finding.Code), flagged ? Does.Contain("S10") : Does.Not.Contain("S10"));
    }

    [Test]
    public void A_blank_city_standing_for_a_meeting_after_following_has_two_answers()
    {
        var card = Typed("Following _____, the delegations of Israel and Syria met in Washington in December 1991.", "Madrid", AnswerKind.Place);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Contain("S13"));
    }

    [TestCase("The _____ publication of the book Merchants of Death by H.C. Engelbrecht.", "1934", AnswerKind.Year)]
    [TestCase("After the signing of the Treaty of Brest-Litovsk on _____, Japanese and Allied forces.", "March 3, 1918", AnswerKind.Date)]
    [TestCase("In _____ Shane Warne said he will target Stephen Fleming, and Glenn McGrath has revealed that he will be.", "2004", AnswerKind.Year)]
    [TestCase("The memory of tragic losses in _____ I pushed American opinion toward isolationism in the 1930s.", "World War", AnswerKind.Term)]
    [TestCase("Mozilla Firefox 1.0 has been released on _____ by the Mozilla Foundation.", "November 9, 2004", AnswerKind.Date)]
    [TestCase("Santa Anna needed money to fund an army, so on _____ he.", "December 30, 1853", AnswerKind.Date)]
    [TestCase("Recognizing the broad consensus as expressed by 44 countries around the world on _____.", "December 19, 2023", AnswerKind.Date)]
    [TestCase("As leaders of countries deeply concerned for the hostages held by Hamas in _____.", "Gaza", AnswerKind.Place)]
    [TestCase("The United States and the European Union have extended the scope of the U.S.-_____ annex for Pharmaceutical Good Manufacturing Practices.", "EU Mutual Recognition Agreement", AnswerKind.Term)]
    [TestCase("Shobhana Gupta is a physician scientist and serves as the Open Innovation and Community Applications manager with _____’s Applied Sciences Program at NASA Headquarters.", "Earth Science Division", AnswerKind.Organization)]
    public void A_fragment_or_a_blank_that_breaks_the_sentence_is_ill_formed(string question, string answer, AnswerKind kind)
    {
        Assert.That(CodesOf(question, answer, kind), Does.Contain("S3"));
    }

    [TestCase("At the conclusion of the conference in 2007, President _____ read a statement of joint understanding.", "George W. Bush")]
    [TestCase("In 2007 the leaders of Israel and _____ agree to resume talks.", "Palestine")]
    [TestCase("On March 6, 1991, President _____ told Congress, “The time has come.”", "George H. W. Bush")]
    [TestCase("In 2007 the armies of Israel and _____ besiege the town.", "Jordan")]
    public void A_sentence_whose_verb_the_lexicon_lists_only_as_a_base_or_irregular_form_is_whole(string question, string answer)
    {
        var findings = CardLinter.Check(Typed(question, answer, AnswerKind.Person));

        Assert.That(findings.Where(finding => finding.Code == "S3").Select(finding => finding.Message), Has.None.Contains("fragment"));
    }

    [TestCase("As the Cold War came to dominate U.S. foreign policy, America extended security commitments to _____.", "Japan", AnswerKind.Place)]
    [TestCase("Lockheed Martin and _____’s Skunk Works built the aircraft in Palmdale.", "Boeing", AnswerKind.Organization)]
    [TestCase("The aircraft was built in the mid-_____ by Lockheed Martin.", "1960s", AnswerKind.Term)]
    public void An_as_clause_with_its_main_clause_a_named_possessive_and_a_lowercase_prefix_are_well_formed(string question, string answer, AnswerKind kind)
    {
        Assert.That(MessagesOf(question, answer, kind), Has.None.Contains("fragment").And.None.Contains("hyphenated").And.None.Contains("possessive"));
    }

    [Test]
    public void A_district_after_the_blank_says_the_city()
    {
        var card = Typed("Between 1921 and 1922, the naval powers gathered in _____, D.C. for a conference on disarmament.", "Washington", AnswerKind.Place);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Contain("S2"));
    }

    [TestCase("In _____, controversy over U.S. participation in the World Court elicited similar opposition.")]
    [TestCase("In _____, the two banks were combined and Congress granted the new bank more powers.")]
    [TestCase("In _____, a military coup in Portugal led to the Alvor Accords, which handed power to the three movements.")]
    [TestCase("The two concluded the secret Taft-Katsura Agreement, which condoned the Anglo-Japanese alliance of _____.")]
    [TestCase("The recommendations complement the Transatlantic Technical Recommendations, which were presented at the fourth TTC ministerial meeting in _____.")]
    [TestCase("NASA completed an initial 12-test certification series with the upgraded components in _____.")]
    [TestCase("In _____, the three agreed to meet again in Geneva.")]
    [TestCase("The two approached Boris Shvirsky, the Soviet Union’s unofficial representative in Washington, with a letter from Franklin Roosevelt in _____.")]
    [TestCase("Yet, full diplomatic relations were never established before Tuscany joined the Kingdom of Italy in _____.")]
    [TestCase("Earlier in _____ British Foreign Minister George Canning suggested a joint declaration.")]
    [TestCase("Aided by such reports, the French learned of the British fort in _____.")]
    [TestCase("George Washington then returned hastily to Virginia in _____.")]
    [TestCase("Further south, George Washington surprised an encampment of French soldiers in _____.")]
    [TestCase("Mexican President Antonio de Santa Anna responded by sending troops into Texas in _____.")]
    public void A_comparison_or_count_of_things_said_before_is_not_context_free(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1935", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S10"));
    }

    [TestCase("The _____ building was home to over 1,000 people; 48 apartments were damaged.")]
    [TestCase("The _____ ship sank off the coast of Norway.")]
    public void A_thing_named_only_by_the_year_asked_is_not_context_free(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1973", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Message), Has.Some.Contains("is named only by the year asked"));
    }

    [Test]
    public void A_thing_named_only_by_its_year_is_not_context_free()
    {
        var findings = CardLinter.Check(Typed("The 1973 building was home to over 1,000 people; _____ apartments were damaged.", "48", AnswerKind.Number));

        Assert.That(findings.Select(finding => finding.Message), Has.Some.Contains("\"The 1973 building\" is not said"));
    }

    [TestCase("Prime Minister _____ noted on December 2, 2019, the fatalities were all unvaccinated.", "\"the fatalities\" is not said")]
    [TestCase("Vaccination before the outbreak began covered only _____ of the islanders.", "\"the outbreak\" is not said")]
    [TestCase("The journey took 22 minutes with one stop on the way to _____.", "\"The journey\" is not said")]
    public void A_happening_the_question_does_not_name_is_not_context_free(string question, string message)
    {
        var messages = CardLinter.Check(Typed(question, "Tuilaepa Sailele Malielegaoi", AnswerKind.Person)).Select(finding => finding.Message);

        Assert.That(messages, Has.Some.Contains(message));
    }

    [TestCase("In _____, the court abolished the examination system, which had limited political power to elites.")]
    [TestCase("The communist victory in the Chinese Revolution in _____ seemed to confirm fears in Washington.")]
    [TestCase("The advent of the _____ doomed the Young Plan from the start.")]
    [TestCase("Protests broke out in Poland and Hungary in the summer of _____, both with tragic consequences.")]
    public void A_happening_the_question_names_or_that_only_modifies_a_noun_is_context_free(string question)
    {
        var messages = CardLinter.Check(Typed(question, "1905", AnswerKind.Year)).Select(finding => finding.Message);

        Assert.That(messages, Has.None.Contains("is not said in the question"));
    }

    [TestCase("One truck driver was from _____, Florida, the other from Albuquerque, New Mexico.", "S10")]
    [TestCase("One of the two pilots was from _____, the other from Lyon.", "S10")]
    [TestCase("One survivor was flown to _____ for treatment.", null)]
    public void One_of_a_pair_told_of_before_is_not_context_free(string question, string? code)
    {
        var messages = CardLinter.Check(Typed(question, "West Palm Beach", AnswerKind.Place)).Select(finding => finding.Message);

        Assert.That(messages, code is null ? Has.None.Contains("the other") : Has.Some.Contains("the other"));
    }

    [TestCase("During the _____ election campaign, Republican candidate Herbert Hoover pledged to raise tariffs.")]
    [TestCase("The _____ building of the Reichstag burned in a fire.")]
    public void An_event_or_a_thing_said_by_more_than_its_year_is_context_free(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1928", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Message), Has.None.Contains("named only by the year"));
    }

    [TestCase("The Task Force will keep high LNG supplies to Europe of _____ in the coming months.")]
    [TestCase("Finalists will travel to Cocoa Beach, Florida next June to present their concepts to _____.")]
    [TestCase("During that period, the U.S. and PRC Governments met only at the Warsaw talks, which began in _____.")]
    [TestCase("At that time, _____ was the largest trading partner of Japan.")]
    [TestCase("By that summer, the French army had reached _____.")]
    [TestCase("Jamal Khashoggi was murdered last October in the Saudi consulate in _____.")]
    [TestCase("This June the council voted to close the port of _____.")]
    public void A_time_counted_from_the_article_or_an_earlier_sentence_is_relative(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1955", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Message), Has.Some.Contains("relative time"));
    }

    [TestCase("This may help explain why the embargo ended in _____.")]
    public void A_month_name_that_is_also_a_verb_is_no_relative_time(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1974", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Message), Has.None.Contains("relative time"));
    }

    [TestCase("Taft met Katsura Taro in Tokyo, and the two agreed in _____ to recognise each other's spheres.")]
    public void A_count_after_the_names_it_counts_is_context_free(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1905", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Message), Has.None.Contains("\"the two\""));
    }

    [TestCase("During that crisis, the United States sent the Seventh Fleet to _____.")]
    [TestCase("After that meeting, the two leaders signed a treaty in _____.")]
    [TestCase("That treaty gave the United States a naval base in _____.")]
    public void That_before_a_noun_said_earlier_after_any_preposition_points_outside(string question)
    {
        var findings = CardLinter.Check(Typed(question, "Taiwan", AnswerKind.Place));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S10"));
    }

    [TestCase("The moderate opposition organized a general strike in _____.")]
    [TestCase("After the Wall fell in _____, the two German states moved toward unity.")]
    [TestCase("In the aftermath, President Bush suspended military sales to China in _____.")]
    [TestCase("In the meantime, the Guard had surrendered its weapons in _____.")]
    public void A_group_place_or_aftermath_said_before_is_not_context_free(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1989", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S10"));
    }

    // Set 8 of unseen articles: Office of the Historian, "A Guide to the United States' History of Recognition,
    // Diplomatic, and Consular Relations", Solomon Islands and Two Sicilies (public domain).
    [TestCase("Relations remained mostly informal until after the Solomon Islands gained their independence in _____.")]
    [TestCase("Diplomatic relations were established on _____, when Mary S. Olmsted presented her credentials as Ambassador to the Solomon Islands.")]
    [TestCase("In fact, William Pinkney sailed to Naples in _____.")]
    // Round 94 (set 56): "Discussions started with the Helsinki Consultations in _____" — discussions between whom?
    [TestCase("Discussions started with the Helsinki Consultations in _____ and continued until July of 1973.")]
    public void Relations_between_parties_not_named_or_a_fact_answering_the_sentence_before_are_not_context_free(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1978", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S10"));
    }

    [TestCase("Diplomatic relations were established on _____, upon American recognition of Egyptian independence.")]
    [TestCase("Diplomatic relations with Lebanon were established in _____.")]
    [TestCase("The Washington talks had become deadlocked by _____.")]
    [TestCase("After months of negotiations, the Group of Ten agreed to new exchange rates in _____.")]
    public void Relations_whose_parties_the_question_names_stand_alone(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1978", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Message), Has.None.Contains("between whom"));
    }

    [Test]
    public void An_article_before_the_blank_that_an_option_does_not_take_is_a_form_finding()
    {
        // Set 9 of unseen articles ("Ecuador", Office of the Historian): "in a _____, letter" rules out April on grammar alone.
        var card = Typed("The United States recognized Ecuador in a _____, letter from Edward Livingston.", "June 4, 1832", AnswerKind.Date) with
        {
            Type = CardType.MultipleChoice,
            Distractors = ["October 4, 1832", "April 4, 1832", "May 4, 1832"],
        };

        var findings = CardLinter.Check(card).Where(finding => finding.Code == "D4").Select(finding => finding.Message).ToList();

        Assert.That(findings, Has.Count.EqualTo(2));
        Assert.That(findings, Has.Some.Contains("a April 4, 1832"));
    }

    [TestCase("Another indication of U.S. recognition of Ecuador came in _____.")]
    [TestCase("Another 400 people were wounded in _____.")]
    public void Another_opening_the_question_adds_to_something_said_before(string question)
    {
        var findings = CardLinter.Check(Typed(question, "1834", AnswerKind.Year));

        Assert.That(findings.Select(finding => finding.Code), Does.Contain("S10"));
    }

    [Test]
    public void A_noun_said_before_that_modifies_a_named_noun_is_resolved()
    {
        var card = Typed("The assassination of Pedro Joaquín Chamorro, the publisher of the opposition newspaper La Prensa, in _____ served as a catalyst for civil war.", "January 1978", AnswerKind.Date);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Message), Has.None.Contains("the opposition"));
    }

    [Test]
    public void A_noun_said_before_followed_by_a_verb_and_a_name_is_not_resolved_by_it()
    {
        var card = Typed("Absent from the meeting were Secretary of State William Rogers and National Security Adviser _____.", "Henry Kissinger", AnswerKind.Person);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Contain("S10"));
    }

    [Test]
    public void A_comparison_that_says_with_what_stands_alone()
    {
        var card = Typed("In _____, the Senate passed a bill similar to the 1794 treaty with Great Britain.", "1796", AnswerKind.Year);

        Assert.That(CardLinter.Check(card).Select(finding => finding.Code), Does.Not.Contain("S10"));
    }
}

using System.Globalization;
using StudyDecks.Core.Decks;

namespace StudyDecks.Testing;

/// <summary>
/// Hand-written decks of real cards from the seed articles, for tests of the exports, the PDF and the quiz runner
/// that must not depend on what the generator happens to produce.
/// </summary>
public static class SampleDecks
{
    private const string Rome = "seed-2021-d-isis-rome";
    private const string Washington = "seed-2024-d-isis-washington";

    /// <summary>The context line of <see cref="Coalition"/>'s first three cards, all from the Rome article.</summary>
    public const string RomeContext = "The D-ISIS Coalition meeting in Rome, 2021";

    /// <summary>The context line of <see cref="Coalition"/>'s true/false and year cards, from the Washington article.</summary>
    public const string WashingtonContext = "Defeat-ISIS ministers in Washington, 2024";

    /// <summary>The context line of the escaping card: markup and quotes that every output must show as text.</summary>
    public const string TrickyContext = "Tricky <i>context</i> & \"quotes\"";

    /// <summary>The score of <see cref="Coalition"/>'s first card: numbers as the generator stores them, rounded to 3 decimals.</summary>
    public static CardScore FirstCardScore { get; } = new(1.234, [
        new ScoreContribution("importance", 0.312),
        new ScoreContribution("self-contained", 0.5),
        new ScoreContribution("answer-kind", -0.2),
        new ScoreContribution("length", 0.622),
    ]);

    /// <summary>
    /// Eight cards covering every card type and several answer kinds, with text that needs escaping and curly quotes.
    /// Format version 2 fields: cards 1–3, 5, 6 and 8 have a context line (three, then two, sharing one), cards 4 and 7
    /// none (as in a version 1 deck); cards 1 and 2 have a score.
    /// </summary>
    public static Deck Coalition() => new(
        "Global Coalition to Defeat ISIS",
        new GeneratorInfo("studydecks", "0.1.0", 1),
        [
            new DeckSource(Rome, "Defeat ISIS Coalition confirms commitment to continued fight", "Kurdistan 24 (project seed document)", new string('a', 64), 1251),
            new DeckSource(Washington, "Defeat-ISIS Ministers Confirm Transition to Bilateral Security Ties", "Kurdistan 24 (project seed document)", new string('b', 64), 1267),
        ],
        [
            new Card(
                "c0000000000a1",
                CardType.MultipleChoice,
                "Who was the Acting U.S. Special Envoy for the Global Coalition in 2021?",
                "John Godfrey",
                ["Antony Blinken", "Luigi Di Maio", "Mazloum Abdi"],
                AnswerKind.Person,
                "Acting US Special Envoy for the Global Coalition, John Godfrey, visited Erbil.",
                new CardSource(Rome, 20, 3100, 3178),
                ["who", "person", Rome]) { Context = RomeContext, Score = FirstCardScore },
            new Card(
                "c0000000000a2",
                CardType.MultipleChoice,
                "How much is the U.S. contributing to the Coalition’s annual Stabilization Pledge Drive for Iraq and Syria?",
                "$168 million",
                ["$120 million", "$148 million", "$210 million"],
                AnswerKind.Money,
                "Blinken announced that the U.S. is contributing $168 million to the Coalition’s annual Stabilization Pledge Drive for Iraq and Syria.",
                new CardSource(Rome, 25, 4000, 4131),
                ["money", Rome])
            {
                Context = RomeContext,
                Score = new CardScore(1.0, [new ScoreContribution("importance", 0.1), new ScoreContribution("self-contained", 0.9)]),
            },
            new Card(
                "c0000000000a3",
                CardType.Cloze,
                "In November 2015, a coordinated attack among three ISIS teams in Paris killed _____ people and wounded another 400.",
                "130",
                ["90", "170", "260"],
                AnswerKind.Number,
                "Notably, in November 2015, a coordinated attack among three ISIS teams in Paris killed 130 people and wounded another 400, making it the single most lethal assault in France since World War II.",
                new CardSource(Rome, 12, 2000, 2190),
                ["cloze", "number", Rome]) { Context = RomeContext },
            new Card(
                "c0000000000a4",
                CardType.ShortAnswer,
                "What does SDF stand for?",
                "Syrian Democratic Forces",
                [],
                AnswerKind.Term,
                "On the eve of the D-ISIS conference, the head of the Coalition’s main partner in Syria, the Kurdish-led Syrian Democratic Forces (SDF), Mazloum Abdi, called on the Coalition to repatriate the foreigners associated with ISIS whom it holds in detention.",
                new CardSource(Rome, 30, 5000, 5243),
                ["acronym", Rome]) { Aliases = ["SDF"] },
            new Card(
                "c0000000000a5",
                CardType.TrueFalse,
                "Saudi Arabia co-leads the Coalition’s effort against ISIS in Africa with the U.S.",
                Card.True,
                [Card.False],
                AnswerKind.Place,
                "Saudi Arabia co-leads the Coalition’s effort against ISIS in Africa with the U.S.",
                new CardSource(Washington, 14, 2500, 2580),
                ["true-false", Washington]) { Context = WashingtonContext },
            new Card(
                "c0000000000a6",
                CardType.MultipleChoice,
                "In what year did the Coalition dismantle the last ISIS stronghold in Iraq?",
                "2017",
                ["2014", "2015", "2019"],
                AnswerKind.Year,
                "In 2017, it “dismantled the last ISIS stronghold in Iraq,” and “two years later,” it “did the same in Syria.”",
                new CardSource(Washington, 8, 1500, 1610),
                ["when", "year", Washington]) { Context = WashingtonContext },
            new Card(
                "c0000000000a7",
                CardType.MultipleChoice,
                "Who said, “There is a need for countries to take action to repatriate foreign fighters”?",
                "Antony Blinken",
                ["Luigi Di Maio", "John Godfrey", "Mazloum Abdi"],
                AnswerKind.Person,
                "Blinken affirmed, “There is a need for countries to take action to repatriate foreign fighters,” as he stood beside Luigi Di Maio.",
                new CardSource(Rome, 27, 4300, 4420),
                ["quote", "person", Rome]),
            new Card(
                "c0000000000a8",
                CardType.ShortAnswer,
                "Which <script>alert('x')</script> group & its \"allies\" held 43,000 people?",
                "Syrian Democratic Forces",
                [],
                AnswerKind.Organization,
                "Tricky <b>markup</b> & \"quotes\" stay text, not HTML.",
                new CardSource(Washington, 3, 400, 455),
                ["escaping", Washington]) { Aliases = ["SDF"], Context = TrickyContext },
        ]);

    /// <summary>The question <see cref="Reviewed"/>'s edited card (the money card) asks after its edit.</summary>
    public const string EditedQuestion = "How much did Blinken pledge to the Stabilization Pledge Drive for Iraq and Syria in 2021?";

    /// <summary>
    /// <see cref="Coalition"/> as a teacher left it in review (format version 3): the first card kept, with spare options;
    /// the money card edited (its question, and its third wrong option), the original kept; the cloze card dropped. The
    /// rest are not reviewed.
    /// </summary>
    public static Deck Reviewed()
    {
        var deck = Coalition();
        var cards = deck.Cards.ToArray();
        cards[0] = cards[0] with { Spares = ["Brett McGurk", "Ned Price"], Review = new CardReview(ReviewStatus.Kept) };
        cards[1] = cards[1] with
        {
            Question = EditedQuestion,
            Distractors = ["$120 million", "$148 million", "$250 million"],
            Spares = ["$210 million"],
            Review = new CardReview(ReviewStatus.Edited, CardOriginal.Of(cards[1])),
        };
        cards[2] = cards[2] with { Review = new CardReview(ReviewStatus.Dropped) };
        return deck with { Cards = cards };
    }

    /// <summary>
    /// A deck of <paramref name="count"/> cards made by cycling <see cref="Coalition"/>'s cards with distinct ids and
    /// numbered questions: for volume tests and benchmarks (a 60-question quiz, a 10,000-card export).
    /// </summary>
    public static Deck Large(int count)
    {
        var baseDeck = Coalition();
        var cards = new Card[count];
        for (var i = 0; i < count; i++)
        {
            var card = baseDeck.Cards[i % baseDeck.Cards.Count];
            var round = (i / baseDeck.Cards.Count) + 1;
            var suffix = round.ToString(CultureInfo.InvariantCulture);
            cards[i] = card with
            {
                Id = "c" + i.ToString("x12", CultureInfo.InvariantCulture),
                Question = card.Question.Contains('?', StringComparison.Ordinal)
                    ? card.Question.Replace("?", $" (round {suffix})?", StringComparison.Ordinal)
                    : $"{card.Question} (round {suffix})",
            };
        }

        return baseDeck with { Title = $"Global Coalition to Defeat ISIS ({count} cards)", Cards = cards };
    }
}

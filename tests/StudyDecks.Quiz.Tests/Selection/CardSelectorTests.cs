using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Scheduling;
using StudyDecks.Quiz.Selection;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Selection;

public sealed class CardSelectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<Card> Cards = SampleDecks.Coalition().Cards;

    // a1 overdue by 2 days, a2 overdue by 1 day, a3 due tomorrow (last answer wrong long ago), a4 missed and due now; the rest never asked.
    private static readonly Dictionary<string, MemoryState> States = new()
    {
        ["c0000000000a1"] = State(due: Now.AddDays(-2), lastCorrect: true, last: Now.AddDays(-5)),
        ["c0000000000a2"] = State(due: Now.AddDays(-1), lastCorrect: true, last: Now.AddDays(-4)),
        ["c0000000000a3"] = State(due: Now.AddDays(1), lastCorrect: false, last: Now.AddDays(-9)),
        ["c0000000000a4"] = State(due: Now, lastCorrect: false, last: Now.AddDays(-1)),
    };

    [Test]
    public void Due_mode_asks_due_cards_most_overdue_first_then_new_ones()
    {
        var chosen = Ids(CardSelector.Select(Cards, States, QuizMode.Due, 8, Now, new Random(1)));

        Assert.That(chosen.Take(3), Is.EqualTo(new[] { "c0000000000a1", "c0000000000a2", "c0000000000a4" }));
        Assert.That(chosen.Skip(3), Is.EquivalentTo(new[] { "c0000000000a5", "c0000000000a6", "c0000000000a7", "c0000000000a8" }));
    }

    [Test]
    public void Due_mode_leaves_out_cards_not_yet_due()
    {
        var chosen = Ids(CardSelector.Select(Cards, States, QuizMode.Due, 8, Now, new Random(1)));

        Assert.That(chosen, Does.Not.Contain("c0000000000a3"));
    }

    [Test]
    public void Missed_mode_asks_only_cards_last_answered_wrong_longest_ago_first()
    {
        var chosen = Ids(CardSelector.Select(Cards, States, QuizMode.Missed, 8, Now, new Random(1)));

        Assert.That(chosen, Is.EqualTo(new[] { "c0000000000a3", "c0000000000a4" }));
    }

    [Test]
    public void New_mode_asks_only_cards_never_answered()
    {
        var chosen = Ids(CardSelector.Select(Cards, States, QuizMode.New, 8, Now, new Random(1)));

        Assert.That(chosen, Is.EquivalentTo(new[] { "c0000000000a5", "c0000000000a6", "c0000000000a7", "c0000000000a8" }));
    }

    [Test]
    public void All_mode_asks_every_card_in_a_seeded_order_up_to_the_count()
    {
        var first = Ids(CardSelector.Select(Cards, States, QuizMode.All, 5, Now, new Random(4)));
        var again = Ids(CardSelector.Select(Cards, States, QuizMode.All, 5, Now, new Random(4)));

        Assert.That(first, Has.Length.EqualTo(5).And.Unique);
        Assert.That(again, Is.EqualTo(first));
    }

    [Test]
    public void Next_due_is_the_earliest_future_due_date() =>
        Assert.That(CardSelector.NextDue(Cards, States, Now), Is.EqualTo(Now.AddDays(1)));

    private static string[] Ids(IEnumerable<Card> cards) => cards.Select(card => card.Id).ToArray();

    private static MemoryState State(DateTimeOffset due, bool lastCorrect, DateTimeOffset last) => new(3, 5, last, due, 1, lastCorrect ? 0 : 1, lastCorrect);
}

using StudyDecks.Quiz.Scheduling;

namespace StudyDecks.Quiz.Tests.Scheduling;

public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FsrsScheduler _scheduler = FsrsScheduler.Default;

    [Test]
    public void A_first_right_answer_starts_with_the_published_good_stability_and_is_due_in_three_days()
    {
        var state = _scheduler.Review(null, correct: true, Now);

        Assert.That(state.Stability, Is.EqualTo(3.2602).Within(1e-9));
        Assert.That(state.Due, Is.EqualTo(Now.AddDays(3)));
        Assert.That(state.Reviews, Is.EqualTo(1));
        Assert.That(state.LastCorrect, Is.True);
    }

    [Test]
    public void A_first_wrong_answer_has_the_again_stability_and_comes_back_after_the_relearning_step()
    {
        var state = _scheduler.Review(null, correct: false, Now);

        Assert.That(state.Stability, Is.EqualTo(0.2172).Within(1e-9));
        Assert.That(state.Due, Is.EqualTo(Now + FsrsScheduler.RelearningStep));
        Assert.That(state.Lapses, Is.EqualTo(1));
    }

    [Test]
    public void Initial_difficulty_follows_the_fsrs_formula_and_a_miss_makes_a_card_harder()
    {
        var right = _scheduler.Review(null, correct: true, Now);
        var wrong = _scheduler.Review(null, correct: false, Now);

        // D0(G) = w4 - e^(w5 (G - 1)) + 1
        Assert.That(right.Difficulty, Is.EqualTo(7.0114 - Math.Exp(0.57 * 2) + 1).Within(1e-9));
        Assert.That(wrong.Difficulty, Is.EqualTo(7.0114 - 1 + 1).Within(1e-9));
        Assert.That(wrong.Difficulty, Is.GreaterThan(right.Difficulty));
    }

    [Test]
    public void Each_right_answer_on_its_due_day_lengthens_the_interval()
    {
        var state = _scheduler.Review(null, correct: true, Now);
        var intervals = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var next = _scheduler.Review(state, correct: true, state.Due);
            intervals.Add((next.Due - next.LastReview).TotalDays);
            state = next;
        }

        Assert.That(intervals, Is.Ordered.Ascending);
        Assert.That(intervals[^1], Is.GreaterThan(intervals[0] * 2));
    }

    [Test]
    public void Forgetting_a_well_known_card_cuts_its_stability()
    {
        var known = _scheduler.Review(_scheduler.Review(null, true, Now), true, Now.AddDays(3));

        var forgotten = _scheduler.Review(known, correct: false, known.Due);

        Assert.That(forgotten.Stability, Is.LessThan(known.Stability));
        Assert.That(forgotten.Lapses, Is.EqualTo(1));
        Assert.That(forgotten.Due, Is.EqualTo(known.Due + FsrsScheduler.RelearningStep));
    }

    [Test]
    public void Retrievability_is_ninety_percent_after_one_stability_of_days()
    {
        Assert.That(_scheduler.Retrievability(elapsedDays: 5, stability: 5), Is.EqualTo(0.9).Within(1e-9));
        Assert.That(_scheduler.Retrievability(elapsedDays: 0, stability: 5), Is.EqualTo(1).Within(1e-9));
    }
}

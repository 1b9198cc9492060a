using StudyDecks.Core.Decks;

namespace StudyDecks.Quiz.Tests;

public sealed class QuizSessionTests
{
    private QuizFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new QuizFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void The_running_score_counts_right_answers_as_they_are_given()
    {
        var session = _fixture.Start(count: 3);

        var first = session.Next()!;
        var afterFirst = session.Answer(first, QuizFixture.Right(first));
        var second = session.Next()!;
        var afterSecond = session.Answer(second, QuizFixture.Wrong(second));

        Assert.That((afterFirst.Correct, afterFirst.Score, afterFirst.Answered), Is.EqualTo((true, 1, 1)));
        Assert.That((afterSecond.Correct, afterSecond.Score, afterSecond.Answered), Is.EqualTo((false, 1, 2)));
    }

    [Test]
    public void The_summary_gives_score_time_and_the_weakest_answer_kinds_worst_first()
    {
        var session = _fixture.Start(count: 8);
        while (session.Next() is { } question)
        {
            _fixture.Clock.Advance(TimeSpan.FromSeconds(10));
            var wrong = question.Card.AnswerKind == AnswerKind.Person || question.Card.Id == "c0000000000a2";
            session.Answer(question, wrong ? QuizFixture.Wrong(question) : QuizFixture.Right(question));
        }

        var summary = session.Finish();

        Assert.That((summary.Correct, summary.Answered, summary.Asked), Is.EqualTo((5, 8, 8)));
        Assert.That(summary.Duration, Is.EqualTo(TimeSpan.FromSeconds(80)));
        Assert.That(summary.WeakestKinds.Select(kind => (kind.Kind, kind.Correct, kind.Answered)),
            Is.EqualTo(new[] { (AnswerKind.Person, 0, 2), (AnswerKind.Money, 0, 1) }));
    }

    [Test]
    public void A_wrong_answer_makes_the_card_come_back_in_missed_mode_and_a_right_one_does_not()
    {
        var session = _fixture.Start(count: 8);
        var missed = new List<string>();
        while (session.Next() is { } question)
        {
            var wrong = question.Number % 3 == 0;
            session.Answer(question, wrong ? QuizFixture.Wrong(question) : QuizFixture.Right(question));
            if (wrong)
            {
                missed.Add(question.Card.Id);
            }
        }

        session.Finish();
        var retry = _fixture.Start(QuizMode.Missed);

        Assert.That(retry.Cards.Select(card => card.Id), Is.EquivalentTo(missed));
    }

    [Test]
    public void Right_after_a_full_round_nothing_is_due_and_the_next_due_time_is_known()
    {
        var session = _fixture.Start(count: 8);
        while (session.Next() is { } question)
        {
            session.Answer(question, QuizFixture.Right(question));
        }

        session.Finish();
        var due = _fixture.Start(QuizMode.Due);

        Assert.That(due.Cards, Is.Empty);
        Assert.That(due.NextDue, Is.EqualTo(TestClock.Start.AddDays(3)));
    }

    [Test]
    public void A_typed_reply_is_judged_forgivingly_and_stored_as_typed()
    {
        var session = _fixture.Start(count: 8);
        Feedback? feedback = null;
        while (session.Next() is { } question)
        {
            var reply = question.Card.Id == "c0000000000a4" ? Reply.Typed("  the sdf ") : QuizFixture.Right(question);
            var given = session.Answer(question, reply);
            feedback = question.Card.Id == "c0000000000a4" ? given : feedback;
        }

        Assert.That(feedback!.Correct, Is.True);
        Assert.That(feedback.Choice, Is.EqualTo("the sdf"));
    }
}

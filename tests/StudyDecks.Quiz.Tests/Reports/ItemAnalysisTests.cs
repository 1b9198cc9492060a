using StudyDecks.Quiz.Reports;

namespace StudyDecks.Quiz.Tests.Reports;

public sealed class ItemAnalysisTests
{
    private QuizFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new QuizFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Counts_how_often_each_option_was_chosen_and_flags_a_distractor_nobody_picks()
    {
        // Twelve players answer the money card: 6 right, 4 pick $148 million, 2 pick $210 million, nobody $120 million.
        string[] picks = ["$168 million", "$168 million", "$168 million", "$168 million", "$168 million", "$168 million", "$148 million", "$148 million", "$148 million", "$148 million", "$210 million", "$210 million"];
        for (var i = 0; i < picks.Length; i++)
        {
            var session = QuizSession.Start(_fixture.Store, new QuizSetup(_fixture.Deck with { Cards = [_fixture.Card("c0000000000a2")] }, "coalition", $"p{i}", QuizMode.All, 1), _fixture.Clock, new Random(i));
            var question = session.Next()!;
            session.Answer(question, Reply.Option(question.IndexOf(picks[i])));
        }

        var item = ItemAnalysis.Analyse(_fixture.Store, new ScoreFilter(null, null)).Single();

        Assert.That((item.Answered, item.Correct, item.ShareCorrect), Is.EqualTo((12, 6, 0.5)));
        Assert.That(item.Options.Select(option => (option.Text, option.Picks, option.Status)), Is.EqualTo(new (string, int, DistractorStatus?)[]
        {
            ("$168 million", 6, null),
            ("$120 million", 0, DistractorStatus.NeverChosen),
            ("$148 million", 4, DistractorStatus.Working),
            ("$210 million", 2, DistractorStatus.Working),
        }));
    }

    [Test]
    public void With_few_answers_distractors_are_not_judged()
    {
        var session = _fixture.StartWith("c0000000000a2");
        var question = session.Next()!;
        session.Answer(question, QuizFixture.Right(question));

        var item = ItemAnalysis.Analyse(_fixture.Store, new ScoreFilter(null, null)).Single();

        Assert.That(item.Options.Where(option => !option.IsKey).Select(option => option.Status), Is.All.EqualTo(DistractorStatus.TooFewAnswers));
    }

    [Test]
    public void A_card_that_strong_sessions_get_right_and_weak_ones_wrong_discriminates_positively()
    {
        // Four sessions of the whole deck: two strong (all right), two weak (all wrong).
        for (var i = 0; i < 4; i++)
        {
            var strong = i < 2;
            var session = _fixture.Start(player: $"p{i}", seed: i);
            while (session.Next() is { } question)
            {
                session.Answer(question, strong ? QuizFixture.Right(question) : QuizFixture.Wrong(question));
            }
        }

        var items = ItemAnalysis.Analyse(_fixture.Store, new ScoreFilter(null, null));

        Assert.That(items, Has.Count.EqualTo(8));
        Assert.That(items.Select(item => item.Discrimination), Is.All.EqualTo(1.0).Within(1e-9));
        Assert.That(items.Select(item => item.ShareCorrect), Is.All.EqualTo(0.5));
    }

    [Test]
    public void Typed_cards_list_their_commonest_wrong_replies()
    {
        foreach (var reply in new[] { "Kurdish forces", "kurdish forces.", "" })
        {
            var session = _fixture.StartWith("c0000000000a4");
            session.Answer(session.Next()!, Reply.Typed(reply));
            _fixture.Clock.Advance(TimeSpan.FromHours(1)); // past the relearning step, so the card is due again
        }

        var item = ItemAnalysis.Analyse(_fixture.Store, new ScoreFilter(null, null)).Single();

        Assert.That(item.Options, Is.Empty);
        Assert.That(item.WrongReplies, Is.EqualTo(new[] { new ReplyCount("kurdish forces", 2), new ReplyCount("(gave up)", 1) }));
    }
}

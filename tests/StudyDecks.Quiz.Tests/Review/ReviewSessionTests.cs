using StudyDecks.Core.Decks;
using StudyDecks.Core.Review;
using StudyDecks.Quiz.Review;
using StudyDecks.Testing;

namespace StudyDecks.Quiz.Tests.Review;

public sealed class ReviewSessionTests
{
    private readonly List<Deck> _saved = [];

    [SetUp]
    public void SetUp() => _saved.Clear();

    private ReviewSession Start(Deck deck, bool all = false) => new(deck, all, _saved.Add);

    [Test]
    public void The_walk_takes_the_cards_not_yet_reviewed_in_deck_order_or_every_card_with_all()
    {
        Assert.That(Start(SampleDecks.Reviewed()).Count, Is.EqualTo(5));
        Assert.That(Start(SampleDecks.Reviewed()).Current!.Id, Is.EqualTo("c0000000000a4"));
        Assert.That(Start(SampleDecks.Reviewed(), all: true).Count, Is.EqualTo(8));
    }

    [Test]
    public void Every_decision_and_edit_is_saved_the_moment_it_is_made()
    {
        var session = Start(SampleDecks.Coalition());

        session.Keep();
        Assert.That(_saved, Has.Count.EqualTo(1));
        Assert.That(_saved[^1].Cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Kept));
        session.Drop();
        Assert.That(_saved[^1].Cards[1].IsDropped, Is.True);
        Assert.That(session.Edit(card => CardEdits.EditAnswer(card, "150")), Is.Null);
        Assert.That(_saved, Has.Count.EqualTo(3));
        Assert.That(_saved[^1].Cards[2].Answer, Is.EqualTo("150"));
        Assert.That(session.Current!.Id, Is.EqualTo("c0000000000a3"), "an edit stays on its card");
    }

    [Test]
    public void A_refused_edit_saves_nothing_and_leaves_the_card_as_it_was()
    {
        var deck = SampleDecks.Coalition();
        var session = Start(deck);

        var problem = session.Edit(card => CardEdits.ReplaceOption(card, 1, "John Godfrey"));

        Assert.That(problem, Does.Contain("the answer is also listed among the wrong options"));
        Assert.That(_saved, Is.Empty);
        Assert.That(session.Current, Is.SameAs(deck.Cards[0]));
        Assert.That(session.Rejected, Is.EqualTo(1));
    }

    [Test]
    public void Undo_takes_back_the_last_change_and_shows_its_card_again()
    {
        var session = Start(SampleDecks.Coalition());
        session.Keep();
        session.Drop();

        Assert.That(session.Undo(), Is.True);

        Assert.That(session.Current!.Id, Is.EqualTo("c0000000000a2"));
        Assert.That(session.Current.Review, Is.Null);
        Assert.That(_saved[^1].Cards[1].Review, Is.Null);
        Assert.That(_saved[^1].Cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Kept));
        Assert.That(session.Progress.Left, Is.EqualTo(7));
        Assert.That(session.Undo(), Is.True);
        Assert.That(session.Undo(), Is.False);
    }

    [Test]
    public void Moving_decides_nothing_and_stops_at_either_end()
    {
        var session = Start(SampleDecks.Coalition());

        session.Previous();
        Assert.That(session.Position, Is.Zero);
        session.Next();
        session.Next();
        Assert.That(session.Current!.Id, Is.EqualTo("c0000000000a3"));
        Assert.That(_saved, Is.Empty);
        for (var i = 0; i < 10; i++)
        {
            session.Next();
        }

        Assert.That(session.Finished, Is.True);
        Assert.That(session.Current, Is.Null);
    }

    [Test]
    public void A_decision_that_cannot_be_saved_is_not_made()
    {
        var session = new ReviewSession(SampleDecks.Coalition(), all: false, _ => throw new IOException("disk full"));

        Assert.Throws<IOException>(session.Keep);

        Assert.That(session.Current!.Review, Is.Null);
        Assert.That(session.Position, Is.Zero);
        Assert.That(session.CanUndo, Is.False);
    }

    [Test]
    public void Progress_counts_the_whole_deck_by_status_and_the_cards_of_the_walk_left()
    {
        var session = Start(SampleDecks.Reviewed());
        session.Keep();

        Assert.That(ReviewWording.Progress(session.Progress), Is.EqualTo("reviewed 4 · kept 2 · dropped 1 · edited 1 · left 4"));
    }
}

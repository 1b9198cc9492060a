using StudyDecks.Core.Review;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Review;

public sealed class DeckReviewTests
{
    [Test]
    public void An_output_leaves_dropped_cards_out_and_keeps_edited_cards_as_edited()
    {
        var deck = DeckReview.ForOutput(SampleDecks.Reviewed());

        Assert.That(deck.Cards.Select(card => card.Id), Does.Not.Contain("c0000000000a3"));
        Assert.That(deck.Cards, Has.Count.EqualTo(7));
        Assert.That(deck.Cards[1].Question, Is.EqualTo(SampleDecks.EditedQuestion));
    }

    [Test]
    public void Reviewed_only_takes_the_kept_and_edited_cards()
    {
        var deck = DeckReview.ForOutput(SampleDecks.Reviewed(), reviewedOnly: true);

        Assert.That(deck.Cards.Select(card => card.Id), Is.EqualTo(new[] { "c0000000000a1", "c0000000000a2" }));
    }

    [Test]
    public void A_deck_without_a_review_is_printed_whole()
    {
        var deck = SampleDecks.Coalition();

        Assert.That(DeckReview.ForOutput(deck), Is.SameAs(deck));
        Assert.That(DeckReview.ForOutput(deck, reviewedOnly: true).Cards, Is.Empty);
    }

    [Test]
    public void Cards_are_counted_by_review_status()
    {
        var counts = DeckReview.Count(SampleDecks.Reviewed());

        Assert.That(counts, Is.EqualTo(new ReviewCounts(Kept: 1, Dropped: 1, Edited: 1, Unreviewed: 5)));
        Assert.That(counts.Reviewed, Is.EqualTo(3));
    }
}

using StudyDecks.Pdf.Quiz.Planning;

namespace StudyDecks.Pdf.Tests.Quiz.Planning;

public sealed class KeyBalancerTests
{
    [TestCase(4)]
    [TestCase(10)]
    [TestCase(41)]
    public void Free_answers_are_spread_evenly_over_the_letters(int questions)
    {
        var slots = Enumerable.Repeat(new KeyBalancer.Slot(4, null), questions).ToArray();

        var positions = KeyBalancer.Assign(slots, new Random(7));
        var counts = Enumerable.Range(0, 4).Select(letter => positions.Count(position => position == letter)).ToArray();

        Assert.That(counts.Max() - counts.Min(), Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void Fixed_answers_keep_their_letter_and_the_free_ones_even_out_around_them()
    {
        // Six questions whose sorted options put the answer on C, six free ones.
        var slots = Enumerable.Repeat(new KeyBalancer.Slot(4, 2), 6).Concat(Enumerable.Repeat(new KeyBalancer.Slot(4, null), 6)).ToArray();

        var positions = KeyBalancer.Assign(slots, new Random(3));

        Assert.That(positions.Take(6), Has.All.EqualTo(2));
        Assert.That(positions.Skip(6), Has.None.EqualTo(2));
        Assert.That(positions.Skip(6).GroupBy(position => position).Select(group => group.Count()), Has.All.EqualTo(2));
    }

    [Test]
    public void The_same_seed_gives_the_same_letters()
    {
        var slots = Enumerable.Repeat(new KeyBalancer.Slot(4, null), 20).ToArray();

        var first = KeyBalancer.Assign(slots, new Random(11));
        var second = KeyBalancer.Assign(slots, new Random(11));

        Assert.That(second, Is.EqualTo(first));
    }
}

using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Distractors;

/// <summary>A candidate wrong option as collected, before it is scored.</summary>
/// <param name="Text">The option as it would be shown.</param>
/// <param name="Origin">Where it was found.</param>
/// <param name="FromText">A figure written in the deck's text (at most two of them are offered, never as spares).</param>
/// <param name="Order">Its place in the collection: the source's tier, then the seeded shuffle; breaks ties of score.</param>
internal sealed record OptionCandidate(string Text, OptionOrigin Origin, bool FromText, int Order);

/// <summary>The three words before and after the answer's slot in the stem; empty where the stem has no slot or fewer words.</summary>
internal sealed class SlotWords
{
    private const int Reach = 3;

    public SlotWords(AnswerSpec answer)
    {
        if (OptionSlot.Find(answer.Stem, answer.Text) is not { } slot)
        {
            return;
        }

        var before = OptionContext.WordsBefore(answer.Stem, slot, Reach);
        var after = OptionContext.WordsAfter(answer.Stem, slot + OptionSlot.Length(answer.Stem, answer.Text, slot), Reach);
        Before = before.Count == Reach ? before : [];
        After = after.Count == Reach ? after : [];
    }

    public IReadOnlyList<string> Before { get; } = [];

    public IReadOnlyList<string> After { get; } = [];
}

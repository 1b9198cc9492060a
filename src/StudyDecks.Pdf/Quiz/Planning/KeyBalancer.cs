namespace StudyDecks.Pdf.Quiz.Planning;

/// <summary>
/// Decides where the right answer goes among each question's options so that, across a version, the key letters
/// are spread as evenly as possible over A–D (card-quality D10). Questions whose options must stay in ascending
/// order (D11) have their letter fixed; the others fill whichever letters are used least.
/// </summary>
public static class KeyBalancer
{
    /// <summary>A question to place: its option count, and the answer's fixed position if its order is fixed.</summary>
    public readonly record struct Slot(int OptionCount, int? FixedPosition);

    /// <summary>The answer position for every slot, in the order given.</summary>
    public static IReadOnlyList<int> Assign(IReadOnlyList<Slot> slots, Random random)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(random);
        var width = slots.Count == 0 ? 0 : slots.Max(slot => slot.OptionCount);
        var counts = new int[Math.Max(width, 1)];
        var positions = new int[slots.Count];
        var free = new List<int>();
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].FixedPosition is { } position)
            {
                positions[i] = position;
                counts[position]++;
            }
            else
            {
                free.Add(i);
            }
        }

        // Visit the free questions in random order so no letter is favoured by question order.
        var order = free.ToArray();
        random.Shuffle(order);
        foreach (var index in order)
        {
            var allowed = slots[index].OptionCount;
            var least = int.MaxValue;
            for (var p = 0; p < allowed; p++)
            {
                least = Math.Min(least, counts[p]);
            }

            var candidates = Enumerable.Range(0, allowed).Where(p => counts[p] == least).ToArray();
            var chosen = candidates[random.Next(candidates.Length)];
            positions[index] = chosen;
            counts[chosen]++;
        }

        return positions;
    }
}

using System.Collections;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// The wrong options the picker chose, which a card shows, and the ones it would have taken next (<see cref="Spares"/>),
/// which a reviewing teacher can swap in. A list of the chosen options, so the question kinds pass it on unchanged.
/// </summary>
internal sealed class PickedOptions(IReadOnlyList<string> chosen, IReadOnlyList<string> spares, IReadOnlyDictionary<string, Decks.OptionOrigin> origins) : IReadOnlyList<string>
{
    /// <summary>Where each option and spare was found.</summary>
    public IReadOnlyDictionary<string, Decks.OptionOrigin> Origins => origins;

    /// <summary>Up to <see cref="Decks.Card.MaxSpares"/> more options that passed the same rules, in the order the picker met them.</summary>
    public IReadOnlyList<string> Spares => spares;

    /// <summary>Each option's and spare's score (<see cref="OptionScorer"/>), 0 to 1.</summary>
    public IReadOnlyDictionary<string, double> Scores { get; init; } = Decks.Card.NoScores;

    public int Count => chosen.Count;

    public string this[int index] => chosen[index];

    public IEnumerator<string> GetEnumerator() => chosen.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

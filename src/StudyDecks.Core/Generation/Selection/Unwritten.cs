using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Selection;

/// <summary>
/// One unwritten candidate: the proposals of one id (the same kind, sentence text and answer, of which the first that
/// passes is the card), with the highest bound of them and their earliest sentence.
/// </summary>
internal sealed class Unwritten(string articleId, Sentence first, string kind, double bound, string answer, Func<Card?> write)
{
    /// <summary>The proposing kind's name: the card's first tag.</summary>
    public string Kind { get; } = kind;

    /// <summary>
    /// The card's id, known before it is written (<see cref="GenerationContext.CardId"/>): hashed on first use, since
    /// most candidates of a long article are never compared by id nor written.
    /// </summary>
    public string Id => _id ??= GenerationContext.CardId(articleId, first.Text, Answer, Kind);

    private string? _id;

    /// <summary>The answer of every proposal of the id.</summary>
    public string Answer { get; } = answer;

    private List<Func<Card?>>? _more;

    public double Bound { get; private set; } = bound;

    /// <summary>The earliest sentence of the proposals.</summary>
    public int Sentence { get; private set; } = first.Index;

    /// <summary>Whether every proposal is of <see cref="Sentence"/> (a sentence of the same text elsewhere is not).</summary>
    public bool OneSentence { get; private set; } = true;

    /// <summary>Another proposal of the same id, tried when the earlier ones fail.</summary>
    public void Add(double bound, int sentence, Func<Card?> write)
    {
        (_more ??= []).Add(write);
        Bound = Math.Max(Bound, bound);
        OneSentence &= sentence == Sentence;
        Sentence = Math.Min(Sentence, sentence);
    }

    /// <summary>The card, scored: the first proposal's that passes, or <see langword="null"/>.</summary>
    public Card? Write()
    {
        if (write() is { } card)
        {
            return card;
        }

        foreach (var next in _more ?? [])
        {
            if (next() is { } other)
            {
                return other;
            }
        }

        return null;
    }
}

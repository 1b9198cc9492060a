using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Selection;

/// <summary>
/// One unwritten candidate: a proposal of one id (its kind, sentence text and answer) with the most it can score and
/// its sentence. The article's id and the sentence's text, with the kind and the answer, make the card's id, hashed only
/// when the selection's ranking needs it (when bounds and sentences tie).
/// </summary>
internal sealed class Unwritten(string articleId, string sentenceText, string kind, double bound, int sentence, string answer, bool asksAnswer, Func<Card?> write)
{
    /// <summary>The proposing kind's name: the card's first tag.</summary>
    public string Kind { get; } = kind;

    /// <summary>The card's id, known before it is written (<see cref="GenerationContext.CardId"/>).</summary>
    public string Id => _id ??= GenerationContext.CardId(articleId, sentenceText, Answer, Kind);

    private string? _id;

    /// <summary>The proposal's answer (of a statement to judge, the name it turns on).</summary>
    public string Answer { get; } = answer;

    /// <summary>Whether the card asks <see cref="Answer"/>: a statement to judge asks no name.</summary>
    public bool AsksAnswer { get; } = asksAnswer;

    public double Bound { get; } = bound;

    /// <summary>The sentence asked about.</summary>
    public int Sentence { get; } = sentence;

    /// <summary>
    /// The card, repaired and scored, or <see langword="null"/> when it does not pass: written once, however many
    /// selections ask (a speculative one and the deck's own).
    /// </summary>
    public Card? Write()
    {
        if (!_written)
        {
            _card = write();
            _written = true;
        }

        return _card;
    }

    private bool _written;
    private Card? _card;
}

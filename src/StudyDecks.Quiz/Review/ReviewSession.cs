using StudyDecks.Core.Decks;
using StudyDecks.Core.Review;

namespace StudyDecks.Quiz.Review;

/// <summary>
/// A teacher's walk through a deck's cards: keep, drop or edit the card shown, undo, or move on without deciding.
/// Every change is handed to the save callback the moment it is made (the command writes the deck file at once), so
/// stopping the review at any point loses nothing decided.
/// </summary>
public sealed class ReviewSession
{
    private readonly Deck _deck;
    private readonly Card[] _cards;
    private readonly int[] _queue;
    private readonly HashSet<int> _decided = [];
    private readonly Stack<Undoable> _changes = new();
    private readonly Action<Deck> _save;

    /// <summary>Starts a review of <paramref name="deck"/>.</summary>
    /// <param name="deck">The deck as loaded.</param>
    /// <param name="all">Walk every card; otherwise only the cards without a decision.</param>
    /// <param name="save">Writes the deck; called after every change, before the next command is read.</param>
    public ReviewSession(Deck deck, bool all, Action<Deck> save)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(save);
        _deck = deck;
        _cards = [.. deck.Cards];
        _queue = [.. Enumerable.Range(0, _cards.Length).Where(i => all || _cards[i].Review is null)];
        _save = save;
    }

    /// <summary>The deck as it now is, every decision included.</summary>
    public Deck Deck => _deck with { Cards = [.. _cards] };

    /// <summary>How many cards this review walks.</summary>
    public int Count => _queue.Length;

    /// <summary>The place of the card shown among <see cref="Count"/> (0-based); <see cref="Count"/> once the walk is over.</summary>
    public int Position { get; private set; }

    /// <summary>Whether the walk has passed its last card.</summary>
    public bool Finished => Position >= _queue.Length;

    /// <summary>The card shown, or <see langword="null"/> once the walk is over.</summary>
    public Card? Current => Finished ? null : _cards[_queue[Position]];

    /// <summary>Edits refused in this review.</summary>
    public int Rejected { get; private set; }

    /// <summary>The card-quality findings the last accepted edit brought (told, not refused).</summary>
    public IReadOnlyList<string> LastNotes { get; private set; } = [];

    /// <summary>Whether there is a change to undo.</summary>
    public bool CanUndo => _changes.Count > 0;

    /// <summary>Cards by review status, and the cards of this walk still without a decision.</summary>
    public ReviewProgress Progress
    {
        get
        {
            var counts = DeckReview.Count(Deck);
            return new ReviewProgress(counts, _queue.Count(index => !_decided.Contains(index)));
        }
    }

    /// <summary>Keeps the card shown and moves to the next.</summary>
    public void Keep() => Decide(CardEdits.Keep);

    /// <summary>Drops the card shown and moves to the next.</summary>
    public void Drop() => Decide(CardEdits.Drop);

    /// <summary>Applies an edit to the card shown, which stays shown; returns why it was refused, or <see langword="null"/>.</summary>
    public string? Edit(Func<Card, EditResult> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var card = Current ?? throw new InvalidOperationException("The review is over; there is no card to edit.");
        var result = edit(card);
        LastNotes = result.Notes;
        if (result.Card is not { } edited)
        {
            Rejected++;
            return result.Problem;
        }

        Apply(edited, move: false);
        return null;
    }

    /// <summary>Moves to the next card without deciding.</summary>
    public void Next() => Position = Math.Min(Position + 1, _queue.Length);

    /// <summary>The place of the first card of the walk with no decision made in this review, or <see langword="null"/>.</summary>
    public int? FirstUndecided()
    {
        for (var position = 0; position < _queue.Length; position++)
        {
            if (!_decided.Contains(_queue[position]))
            {
                return position;
            }
        }

        return null;
    }

    /// <summary>Shows the card at <paramref name="position"/> of the walk.</summary>
    public void MoveTo(int position) => Position = Math.Clamp(position, 0, _queue.Length);

    /// <summary>Moves to the previous card without deciding.</summary>
    public void Previous() => Position = Math.Max(Position - 1, 0);

    /// <summary>Takes back the last change (a decision or an edit) and shows its card again; false when there is none.</summary>
    public bool Undo()
    {
        if (!_changes.TryPop(out var change))
        {
            return false;
        }

        _cards[_queue[change.Position]] = change.Before;
        if (!change.WasDecided)
        {
            _decided.Remove(_queue[change.Position]);
        }

        Position = change.Position;
        _save(Deck);
        return true;
    }

    private void Decide(Func<Card, Card> decision)
    {
        var card = Current ?? throw new InvalidOperationException("The review is over; there is no card to decide on.");
        Apply(decision(card), move: true);
    }

    private void Apply(Card after, bool move)
    {
        var index = _queue[Position];
        var change = new Undoable(Position, _cards[index], _decided.Contains(index));
        _cards[index] = after;
        _decided.Add(index);
        try
        {
            _save(Deck);
        }
        catch
        {
            // Not written: the card stays as the file has it.
            _cards[index] = change.Before;
            if (!change.WasDecided)
            {
                _decided.Remove(index);
            }

            throw;
        }

        _changes.Push(change);
        if (move)
        {
            Next();
        }
    }

    private sealed record Undoable(int Position, Card Before, bool WasDecided);
}

/// <summary>The deck's cards by review status, and how many cards of the walk are still undecided.</summary>
/// <param name="Counts">The whole deck's cards by status.</param>
/// <param name="Left">Cards of this walk with no decision made in it.</param>
public sealed record ReviewProgress(ReviewCounts Counts, int Left);

using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Asking;
using StudyDecks.Quiz.Scores;
using StudyDecks.Quiz.Selection;

namespace StudyDecks.Quiz;

/// <summary>
/// One sitting of the quiz: picks the cards, hands out questions, judges and records each answer the moment it is
/// given, and keeps the running score. The screens (interactive and plain) only ask and show; this decides.
/// </summary>
public sealed class QuizSession
{
    private readonly ScoreStore _store;
    private readonly TimeProvider _clock;
    private readonly QuestionFactory _questions;
    private readonly List<(Card Card, bool Correct)> _results = [];
    private readonly DateTimeOffset _startedAt;
    private long? _sessionId;
    private bool _ended;
    private long _askedAt;
    private long? _firstAskedAt;
    private long _lastAnsweredAt;
    private int _next;

    private QuizSession(ScoreStore store, TimeProvider clock, Random random, QuizSetup setup, IReadOnlyList<Card> cards, DateTimeOffset startedAt, DateTimeOffset? nextDue)
    {
        _store = store;
        _clock = clock;
        _questions = new QuestionFactory(random);
        Setup = setup;
        Cards = cards;
        _startedAt = startedAt;
        NextDue = nextDue;
    }

    public QuizSetup Setup { get; }

    /// <summary>The cards this session asks, in order.</summary>
    public IReadOnlyList<Card> Cards { get; }

    /// <summary>When nothing is due: when the next card falls due (null if there are cards to ask, or none scheduled).</summary>
    public DateTimeOffset? NextDue { get; }

    /// <summary>Right answers so far.</summary>
    public int Score => _results.Count(result => result.Correct);

    /// <summary>Questions answered so far.</summary>
    public int Answered => _results.Count;

    /// <summary>
    /// Chooses the cards. The session is recorded with its first answer: a quiz left before any answer (end of input,
    /// Escape, Ctrl-C) records nothing, rather than an empty session the chart would show as 0 %.
    /// </summary>
    public static QuizSession Start(ScoreStore store, QuizSetup setup, TimeProvider clock, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(setup.Count, 1);
        var now = clock.GetUtcNow();
        var playerId = store.FindPlayer(setup.Player);
        var states = playerId is null ? new Dictionary<string, Scheduling.MemoryState>() : store.CardStatesOf(playerId.Value, setup.Deck.Title);
        var cards = CardSelector.Select(setup.Deck.Cards, states, setup.Mode, setup.Count, now, random);
        return cards.Count == 0
            ? new QuizSession(store, clock, random, setup, cards, now, CardSelector.NextDue(setup.Deck.Cards, states, now))
            : new QuizSession(store, clock, random, setup, cards, now, null);
    }

    /// <summary>The next question (options freshly shuffled), or null when every card has been asked.</summary>
    public Question? Next()
    {
        if (_next >= Cards.Count)
        {
            return null;
        }

        var question = _questions.Create(Cards[_next], _next + 1, Cards.Count);
        _next++;
        _askedAt = _clock.GetTimestamp();
        _firstAskedAt ??= _askedAt;
        return question;
    }

    /// <summary>Judges the reply, commits it to the score database and returns the verdict.</summary>
    public Feedback Answer(Question question, Reply reply)
    {
        var (choice, correct) = Judge(question, reply);
        _lastAnsweredAt = _clock.GetTimestamp();
        if (_sessionId is null)
        {
            _store.SaveCards(Setup.Deck.Title, Setup.Deck.Cards);
            _sessionId = _store.StartSession(new SessionStart(Setup.Player, Setup.Deck.Title, Setup.DeckFile, Setup.Mode, _startedAt));
        }

        _store.RecordAnswer(new AnswerRecord(
            _sessionId.Value,
            question.Card.Id,
            choice,
            correct,
            _clock.GetElapsedTime(_askedAt, _lastAnsweredAt),
            _clock.GetUtcNow(),
            question.Options));
        _results.Add((question.Card, correct));
        return new Feedback(question, correct, choice, Answered, Score);
    }

    /// <summary>Records the end of the session and sums it up.</summary>
    public QuizSummary Finish()
    {
        End();

        var duration = _firstAskedAt is { } first && _results.Count > 0 ? _clock.GetElapsedTime(first, _lastAnsweredAt) : TimeSpan.Zero;
        var weakest = _results.GroupBy(result => result.Card.AnswerKind)
            .Select(group => new KindScore(group.Key, group.Count(), group.Count(result => result.Correct)))
            .Where(kind => kind.Correct < kind.Answered)
            .OrderBy(kind => kind.Accuracy).ThenByDescending(kind => kind.Answered).ThenBy(kind => kind.Kind)
            .ToArray();
        return new QuizSummary(Answered, Score, Cards.Count, duration, weakest);
    }

    /// <summary>
    /// Records the session's end time, once, if it recorded any answer: called by <see cref="Finish"/>, and on its own when
    /// the quiz is interrupted (Ctrl-C) and no summary follows.
    /// </summary>
    public void End()
    {
        lock (_results)
        {
            if (_sessionId is { } id && !_ended)
            {
                _store.EndSession(id, _clock.GetUtcNow());
                _ended = true;
            }
        }
    }

    private static (string Choice, bool Correct) Judge(Question question, Reply reply)
    {
        if (question.Style == AskingStyle.Typed)
        {
            var text = reply.Text ?? throw new ArgumentException("A typed question needs a typed reply.", nameof(reply));
            return (text.Trim(), AnswerMatcher.Matches(question.Card, text));
        }

        var index = reply.OptionIndex ?? throw new ArgumentException("A choice question needs an option.", nameof(reply));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, question.Options.Count, nameof(reply));
        var chosen = question.Options[index];
        return (chosen, chosen == question.Card.Answer);
    }
}

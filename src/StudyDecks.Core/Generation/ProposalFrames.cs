namespace StudyDecks.Core.Generation;

/// <summary>
/// The frames of an article's proposals: each proposal's sentence without its answer, by kind. A frame the article
/// states with two answers ("The library of Carlow opened on May 4, 2026." and "The library of Carlow opened on July
/// 24, 1907.") makes a question with two right answers, so neither is asked. A statement to judge has no frame: it
/// asks no answer.
/// </summary>
internal sealed class ProposalFrames
{
    // The frame's one answer, or null once the article states it with a second.
    private readonly Dictionary<Frame, string?> _answers = [];

    /// <summary>Counts a proposal's answer for its frame.</summary>
    public void Add(string kind, Proposal proposal)
    {
        if (Of(kind, proposal) is not { } frame)
        {
            return;
        }

        if (!_answers.TryGetValue(frame, out var answer))
        {
            _answers[frame] = proposal.Answer;
        }
        else if (answer is not null && !string.Equals(answer, proposal.Answer, StringComparison.Ordinal))
        {
            _answers[frame] = null;
        }
    }

    /// <summary>Whether the article states the proposal's frame with another answer too.</summary>
    public bool HasTwoAnswers(string kind, Proposal proposal) => Of(kind, proposal) is { } frame && _answers.TryGetValue(frame, out var answer) && answer is null;

    private static Frame? Of(string kind, Proposal proposal)
    {
        if (proposal.IsStatement)
        {
            return null;
        }

        var text = proposal.Sentence.Text;
        var start = text.IndexOf(proposal.Answer, StringComparison.Ordinal);
        return start < 0 ? null : new Frame(kind, text, start, start + proposal.Answer.Length);
    }

    /// <summary>A sentence's text around its answer: equal when the words before and after the answer are.</summary>
    private readonly struct Frame(string kind, string text, int start, int end) : IEquatable<Frame>
    {
        private ReadOnlySpan<char> Before => text.AsSpan(0, start);

        private ReadOnlySpan<char> After => text.AsSpan(end);

        public bool Equals(Frame other) =>
            string.Equals(kind, other.Kind, StringComparison.Ordinal) && Before.SequenceEqual(other.Before) && After.SequenceEqual(other.After);

        public override bool Equals(object? obj) => obj is Frame other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(kind, string.GetHashCode(Before, StringComparison.Ordinal), string.GetHashCode(After, StringComparison.Ordinal));

        private string Kind => kind;
    }
}

namespace StudyDecks.Quiz.Tests;

/// <summary>A clock that stands still until a test moves it, so times in the database are exact.</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = start;

    public TestClock()
        : this(Start)
    {
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => _now;

    public override long GetTimestamp() => _now.UtcTicks;

    public void Advance(TimeSpan by) => _now += by;
}

using System.Collections.Frozen;
using System.Globalization;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Knowledge;

/// <summary>
/// The years named wars, battles and revolutions ran, by WordNet's definitions ("Korean War": 1950–1953), read once from
/// the embedded <c>Resources/wordnet-event-spans.tsv</c>. A year asked inside such a span ("the Korean War armistice in
/// _____") is told apart from years outside it by anyone who knows when the war was. Loaded on first use.
/// </summary>
internal sealed partial class EventSpans
{
    private static readonly Lazy<EventSpans> Instance = new(() => new EventSpans(Lexicon.Lines("wordnet-event-spans.tsv", keepTabs: true)));

    private readonly FrozenDictionary<string, (int From, int To)> _spans;

    /// <summary>Spans from lines of "name, tab, first year, tab, last year".</summary>
    internal EventSpans(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, (int From, int To)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length == 3 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var to) && from < to)
            {
                spans[fields[0]] = (from, to);
            }
        }

        _spans = spans.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The spans built from the embedded resource.</summary>
    public static EventSpans Default => Instance.Value;

    /// <summary>
    /// The span of the longest named event <paramref name="text"/> holds as whole words whose years include
    /// <paramref name="year"/>, or <see langword="null"/> when it names none. Not an event the text puts before the year
    /// ("after the end of World War I, Poland regained its status … in _____"): then years inside it are ruled out, not
    /// close (<see cref="EndBefore"/>).
    /// </summary>
    public (int From, int To)? Around(string text, int year) => Longest(text, span => year >= span.From && year <= span.To, after: false);

    /// <summary>
    /// The last year of the longest named event <paramref name="text"/> puts before a year it asks, by "after",
    /// "following", "since" or "the end of" ("after the end of World War I": 1918), when <paramref name="year"/> is not
    /// before it; otherwise <see langword="null"/>. A year before it is ruled out.
    /// </summary>
    public int? EndBefore(string text, int year) => Longest(text, span => year >= span.To, after: true)?.To;

    private (int From, int To)? Longest(string text, Func<(int From, int To), bool> fits, bool after)
    {
        ArgumentNullException.ThrowIfNull(text);
        (int From, int To)? found = null;
        var longest = 0;
        foreach (var (name, span) in _spans)
        {
            if (name.Length > longest && fits(span) && WordSpans.HoldsPhrase(text, name, StringComparison.Ordinal)
                && AfterWordBefore().IsMatch(text.AsSpan(0, text.IndexOf(name, StringComparison.Ordinal))) == after)
            {
                found = span;
                longest = name.Length;
            }
        }

        return found;
    }

    /// <summary>"after the end of ", "following the ", "since ": words before a name that put the event before what is asked.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[Aa]fter|[Ff]ollowing|[Ss]ince|end of|aftermath of)(?: the end of)? (?:the )?$")]
    private static partial System.Text.RegularExpressions.Regex AfterWordBefore();
}

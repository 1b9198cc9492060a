using System.Collections.Frozen;
using System.Globalization;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Knowledge;

/// <summary>
/// The years named wars, battles and revolutions ran, by WordNet's definitions ("Korean War": 1950–1953), read once from
/// the embedded <c>Resources/wordnet-event-spans.tsv</c>. A year asked inside such a span ("the Korean War armistice in
/// _____") is told apart from years outside it by anyone who knows when the war was. Loaded on first use.
/// </summary>
internal sealed class EventSpans
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
    /// <paramref name="year"/>, or <see langword="null"/> when it names none.
    /// </summary>
    public (int From, int To)? Around(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        (int From, int To)? found = null;
        var longest = 0;
        foreach (var (name, span) in _spans)
        {
            if (name.Length > longest && year >= span.From && year <= span.To && WordSpans.HoldsPhrase(text, name, StringComparison.Ordinal))
            {
                found = span;
                longest = name.Length;
            }
        }

        return found;
    }
}

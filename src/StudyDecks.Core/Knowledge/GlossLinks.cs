using System.Collections.Frozen;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Knowledge;

/// <summary>
/// Which proper names WordNet's definitions tie together ("Pakistan": formerly part of India; "French Indochina": Cambodia,
/// Laos and Vietnam; "Continental Congress": during the American Revolution), read once from the embedded
/// <c>Resources/wordnet-gloss-links.tsv</c>. A question that names one end of such a tie gives the other away to a student
/// who knows the world but not the article. Loaded on first use.
/// </summary>
internal sealed class GlossLinks
{
    private static readonly Lazy<GlossLinks> Instance = new(() => new GlossLinks(Lexicon.Lines("wordnet-gloss-links.tsv", keepTabs: true)));

    private readonly FrozenDictionary<string, string[]> _ties;

    /// <summary>Links from lines of "name, tab, the names its gloss gives (|)", made symmetric: a tie holds both ways.</summary>
    internal GlossLinks(IEnumerable<string> lines)
    {
        var ties = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var name = line[..tab];
            foreach (var other in line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                Tie(ties, name, other);
                Tie(ties, other, name);
            }
        }

        _ties = ties.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The links built from the embedded resource.</summary>
    public static GlossLinks Default => Instance.Value;

    /// <summary>The names tied to <paramref name="name"/> (empty when WordNet does not know it).</summary>
    public IReadOnlyList<string> TiedTo(string name) => _ties.TryGetValue(name, out var tied) ? tied : [];

    private static void Tie(Dictionary<string, HashSet<string>> ties, string name, string other)
    {
        if (!ties.TryGetValue(name, out var set))
        {
            ties[name] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(other);
    }
}

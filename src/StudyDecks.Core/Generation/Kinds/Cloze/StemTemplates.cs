using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation.Kinds.Cloze;

/// <summary>
/// The stem templates (<see cref="SentenceStem.Template"/>) of one article's mentions, each shaped once: the fill-in, the
/// statement and the WH question about a mention all start from the same one, and shaping it runs a dozen patterns.
/// Holds one article at a time, so a large deck does not keep every article's stems.
/// </summary>
internal sealed class StemTemplates
{
    /// <summary>The most templates kept at once: more than an ordinary article's mentions.</summary>
    private const int MaximumKept = 4096;

    private readonly Dictionary<(int Start, int End), string?> _templates = [];
    private ArticleAnalysis? _analysis;

    /// <summary>The template of <paramref name="mention"/> in <paramref name="sentence"/> of <paramref name="analysis"/>.</summary>
    public string? Of(ArticleAnalysis analysis, Sentence sentence, Mention mention)
    {
        if (!ReferenceEquals(analysis, _analysis))
        {
            _analysis = analysis;
            _templates.Clear();
        }

        // A mention's place in the article says which sentence it is in: the start and end are key enough.
        var key = (mention.Start, mention.End);
        if (!_templates.TryGetValue(key, out var template))
        {
            // A long article of figures has a hundred thousand mentions: kept all, their stems outlive the young
            // generation and every collection walks them. The kinds ask about a mention close together, so a bounded
            // store keeps nearly every reuse of an ordinary article.
            if (_templates.Count >= MaximumKept)
            {
                _templates.Clear();
            }

            _templates[key] = template = SentenceStem.Template(sentence.Text, mention.Start - sentence.Start, mention.End - sentence.Start, analysis.WeMeans, analysis.Year, analysis.Article.Published);
        }

        return template;
    }
}

using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation.Scoring;

/// <summary>
/// What the ranking needs to know about one article, worked out once: the title's content words, the paragraph of each
/// sentence, in how many paragraphs each entity is named and how often the most-named one is.
/// </summary>
internal sealed class ArticleProfile
{
    private readonly Dictionary<Entity, int> _mentions = [];
    private readonly Dictionary<Entity, HashSet<int>> _paragraphs = [];

    public ArticleProfile(ArticleAnalysis analysis, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Sentences = analysis.Sentences.Count;
        TitleWords = ContentWords(analysis.Article.Title, lexicon);
        var blocks = analysis.Article.Blocks;
        ParagraphOf = new int[analysis.Sentences.Count];
        var block = 0;
        foreach (var sentence in analysis.Sentences)
        {
            while (block + 1 < blocks.Count && blocks[block + 1].Start <= sentence.Start)
            {
                block++;
            }

            ParagraphOf[sentence.Index] = block;
            foreach (var mention in analysis.Mentions[sentence.Index])
            {
                if (mention.Entity is not { } entity)
                {
                    continue;
                }

                _mentions[entity] = _mentions.GetValueOrDefault(entity) + 1;
                if (!_paragraphs.TryGetValue(entity, out var paragraphs))
                {
                    _paragraphs[entity] = paragraphs = [];
                }

                paragraphs.Add(block);
            }
        }

        foreach (var count in _mentions.Values)
        {
            MostMentions = Math.Max(MostMentions, count);
        }
    }

    public int Sentences { get; }

    /// <summary>The title's words that are not function words, lower case.</summary>
    public HashSet<string> TitleWords { get; }

    /// <summary>The block (paragraph) index of each sentence.</summary>
    public int[] ParagraphOf { get; }

    /// <summary>How often the most-named entity of the article is named.</summary>
    public int MostMentions { get; }

    public int MentionsOf(Entity entity) => _mentions.GetValueOrDefault(entity);

    public int ParagraphsNaming(Entity entity) => _paragraphs.TryGetValue(entity, out var paragraphs) ? paragraphs.Count : 0;

    /// <summary>The lower-case words of <paramref name="text"/> that carry content: not function words, not one letter.</summary>
    public static HashSet<string> ContentWords(string text, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in new WordSpans(text))
        {
            // The function-word list holds capitalised words (it serves the name recogniser too).
            var capitalised = string.Concat(char.ToUpperInvariant(span[0]).ToString(), span[1..].ToString().ToLowerInvariant());
            var word = span.ToString().ToLowerInvariant();
            if (word.Length > 1 && !lexicon.FunctionWords.Contains(capitalised))
            {
                words.Add(word);
            }
        }

        return words;
    }
}

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
    }

    public int Sentences { get; }

    /// <summary>The title's words that are not function words, lower case.</summary>
    public HashSet<string> TitleWords { get; }

    /// <summary>The block (paragraph) index of each sentence.</summary>
    public int[] ParagraphOf { get; }

    public int MentionsOf(Entity entity) => _mentions.GetValueOrDefault(entity);

    public int ParagraphsNaming(Entity entity) => _paragraphs.TryGetValue(entity, out var paragraphs) ? paragraphs.Count : 0;

    /// <summary>
    /// How many of the <see cref="ContentWords"/> of <paramref name="text"/> <paramref name="listed"/> holds (each word
    /// counted once): the same count as intersecting the two sets, without a set of strings made for every card.
    /// </summary>
    public static int CountListed(string text, HashSet<string> listed, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var lookup = listed.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new List<string>();
        Span<char> buffer = stackalloc char[2 * StackWord];
        foreach (var span in new WordSpans(text))
        {
            if (Lowered(span, buffer, lexicon) is { Length: > 0 } word && lookup.TryGetValue(word, out var known) && !found.Contains(known))
            {
                found.Add(known);
            }
        }

        return found.Count;
    }

    /// <summary>
    /// Whether <paramref name="text"/> has at least <paramref name="count"/> different <see cref="ContentWords"/> or
    /// initialisms ("U.S."); stops there.
    /// </summary>
    public static bool HasContentWords(string text, int count, Lexicon lexicon)
    {
        var found = new List<string>(count);
        Span<char> buffer = stackalloc char[2 * StackWord];
        var spans = new WordSpans(text);
        while (spans.MoveNext() && found.Count < count)
        {
            // "U.S.", "U.N.": an initialism is a word, though its letters come one at a time.
            var span = spans.Current;
            var at = spans.Start;
            if (span.Length == 1 && char.IsUpper(span[0]) && at + 3 < text.Length && text[at + 1] == '.' && char.IsUpper(text[at + 2]) && text[at + 3] == '.'
                && (at < 2 || text[at - 1] != '.'))
            {
                var initialism = text.Substring(at, 4);
                if (!Holds(found, initialism))
                {
                    found.Add(initialism);
                }

                continue;
            }

            if (Lowered(span, buffer, lexicon) is { Length: > 0 } word && !Holds(found, word))
            {
                found.Add(word.ToString());
            }
        }

        return found.Count >= count;
    }

    private static bool Holds(List<string> words, ReadOnlySpan<char> word)
    {
        foreach (var known in words)
        {
            if (word.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Longest word lowered on the stack; a longer one gets an array.</summary>
    private const int StackWord = 64;

    /// <summary>
    /// The word in lower case when it is a content word (as <see cref="ContentWords"/> decides), else empty. Written into
    /// <paramref name="buffer"/> (twice the word's length: the capitalised form goes after it) unless the word is longer.
    /// </summary>
    private static ReadOnlySpan<char> Lowered(ReadOnlySpan<char> span, Span<char> buffer, Lexicon lexicon)
    {
        if (span.Length <= 1)
        {
            return [];
        }

        var room = span.Length <= StackWord ? buffer : new char[2 * span.Length];
        var lower = room[..span.Length];
        var capitalised = room.Slice(span.Length, span.Length);
        span.ToLowerInvariant(lower);
        capitalised[0] = char.ToUpperInvariant(span[0]);
        span[1..].ToLowerInvariant(capitalised[1..]);
        return lexicon.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(capitalised) ? [] : lower;
    }

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

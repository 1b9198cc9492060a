using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Analysis;

/// <summary>
/// Splits an article body into sentences, skipping headings and boilerplate. A period ends a sentence unless it ends
/// an abbreviation ("Sept.", "Dr."), an initial ("John J. Catherine") or sits inside a number; a quotation that
/// spans several sentences stays in one.
/// </summary>
internal sealed class SentenceSplitter(Lexicon lexicon)
{
    /// <summary>
    /// The most words a sentence may have. A longer run with no sentence end is a table, a list of figures or a
    /// paragraph without punctuation, not a sentence to ask about; every question kind works over its whole sentence
    /// for each mention in it, so such a run alone would make the work grow with the square of the article.
    /// The longest sentence of the development articles has 127.
    /// </summary>
    public const int MaximumWords = 250;

    public IReadOnlyList<Sentence> Split(Article article)
    {
        var sentences = new List<Sentence>();
        foreach (var block in article.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                continue;
            }

            var span = article.Text.AsSpan(block.Start, block.Length);
            if (Boilerplate.IsBoilerplateBlock(span) || IsQuestionHeading(span))
            {
                continue;
            }

            var start = block.Start + Boilerplate.LeadingLabelLength(span);
            SplitBlock(article.Text, start, block.End, sentences);
        }

        return sentences;
    }

    private void SplitBlock(string text, int start, int end, List<Sentence> sentences)
    {
        var first = true;
        var sentenceStart = SkipSpace(text, start, end);
        var quoteDepth = 0;
        var straightQuoteOpen = false;
        for (var i = sentenceStart; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '“':
                    quoteDepth++;
                    continue;
                case '”':
                    quoteDepth = Math.Max(0, quoteDepth - 1);
                    continue;
                case '"':
                    straightQuoteOpen = !straightQuoteOpen;
                    continue;
                case not ('.' or '!' or '?'):
                    continue;
            }

            var j = i + 1;
            var depth = quoteDepth;
            var straight = straightQuoteOpen;
            while (j < end && text[j] is '”' or '"' or '’' or '\'' or ')' or ']')
            {
                if (text[j] == '”')
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (text[j] == '"')
                {
                    straight = !straight;
                }

                j++;
            }

            // "should not be squandered.In the spring …": a space lost between two sentences.
            var glued = c == '.' && j == i + 1 && depth == 0 && !straight && GluedSentenceEnd(text, i, end);
            if (!glued && (j >= end || !char.IsWhiteSpace(text[j]) || depth > 0 || straight))
            {
                continue;
            }

            var next = glued ? j : SkipSpace(text, j, end);
            if (next >= end || !StartsSentence(text[next]) || (c == '.' && !EndsSentenceAtPeriod(text, i, next, end)))
            {
                continue;
            }

            Add(text, sentenceStart, j, sentences, first);
            first = false;
            quoteDepth = depth;
            straightQuoteOpen = straight;
            sentenceStart = next;
            i = next - 1;
        }

        if (sentenceStart < end)
        {
            Add(text, sentenceStart, end, sentences, first);
        }
    }

    /// <summary>A short paragraph that only asks a question ("No Deadline for Coalition Presence in Erbil?") is a sub-heading.</summary>
    private static bool IsQuestionHeading(ReadOnlySpan<char> block) =>
        block.TrimEnd().EndsWith("?", StringComparison.Ordinal) && WordCounter.Count(block) <= 12;

    /// <summary>
    /// Whether the period at <paramref name="period"/>, with no space after it, still ends a sentence: a lower-case word
    /// of three letters or more before it and a capitalised word after it ("squandered.In"). Abbreviations, initials and
    /// web addresses ("U.S.A", "Amazon.com") never have both.
    /// </summary>
    private static bool GluedSentenceEnd(string text, int period, int end)
    {
        if (period + 2 >= end || !char.IsUpper(text[period + 1]) || !char.IsLower(text[period + 2]))
        {
            return false;
        }

        var wordStart = period;
        while (wordStart > 0 && char.IsLower(text[wordStart - 1]))
        {
            wordStart--;
        }

        return period - wordStart >= 3 && (wordStart == 0 || !char.IsLetterOrDigit(text[wordStart - 1]) && text[wordStart - 1] is not '.' and not '/' and not '@');
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || IsCurrency(c) || c is '“' or '"' or '‘' or '\'' or '(' or '[';

    private static bool IsCurrency(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol;

    private bool EndsSentenceAtPeriod(string text, int period, int next, int end)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "John J. Catherine", "George H. W. Bush"
        }

        if (word.Length > 0 && char.IsDigit(word[^1]) && period + 1 < text.Length && char.IsDigit(text[period + 1]))
        {
            return false;
        }

        // A dotted initialism the list does not name ("U.S.S. Augusta", "H.M.S. Beagle") is read like "U.S." below.
        var lookup = lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.Contains(word) && !word.Contains('.'))
        {
            return true;
        }

        // "U.S." and "D.C." end sentences too, and so does a word that is also an abbreviation ("as hot as the Sun. The
        // planet …"); only a typical sentence opener after them tells ("Dr. A. Smith": a one-letter opener is an initial).
        var nextWordEnd = next;
        while (nextWordEnd < end && char.IsLetter(text[nextWordEnd]))
        {
            nextWordEnd++;
        }

        return (word.Contains('.') || nextWordEnd - next > 1) && lexicon.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(next, nextWordEnd - next));
    }

    /// <summary>
    /// The fewest words, besides figures, a sentence with figures needs to be a statement rather than a list of them
    /// ("1934 1916 1965.", "$138.9 million $868.1 million."): a card on one asks a figure beside figures.
    /// </summary>
    public const int MinimumWordsBesideFigures = 3;

    /// <summary>
    /// Whether the sentence is a list of figures: it has figures (a number, a sum, a share), and fewer than
    /// <see cref="MinimumWordsBesideFigures"/> other words or more figures than words. Month names and words of a
    /// figure ("million", "percent") count as part of the figures.
    /// </summary>
    private bool IsFigureList(ReadOnlySpan<char> sentence)
    {
        // Most sentences have no figure at all: they are told by one pass over their characters, before any word is looked up.
        if (!HasFigureCharacter(sentence))
        {
            return false;
        }

        var figures = 0;
        var words = 0;
        foreach (var range in sentence.SplitAny(" \t\n\r\u00A0"))
        {
            var token = sentence[range].Trim("([{“\"‘'");
            if (token.IsEmpty)
            {
                continue;
            }

            if (char.IsDigit(token[0]) || IsCurrency(token[0]))
            {
                figures++;
            }
            else if (HasLetter(token) && !IsFigureWord(token.TrimEnd(".,;:!?)]}”\"’'")))
            {
                words++;
            }
        }

        return figures > 0 && (words < MinimumWordsBesideFigures || figures > words);
    }

    private static bool HasFigureCharacter(ReadOnlySpan<char> sentence)
    {
        foreach (var c in sentence)
        {
            if (char.IsDigit(c) || (c > '~' && IsCurrency(c)) || c == '$')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFigureWord(ReadOnlySpan<char> word) =>
        lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || lexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether the sentence has more than <see cref="MaximumWords"/> words, figures counted as words.</summary>
    private static bool IsOverlong(ReadOnlySpan<char> sentence)
    {
        var words = 0;
        for (var i = 0; i < sentence.Length && words <= MaximumWords; i++)
        {
            if (!char.IsWhiteSpace(sentence[i]) && (i == 0 || char.IsWhiteSpace(sentence[i - 1])))
            {
                words++;
            }
        }

        return words > MaximumWords;
    }

    private static int SkipSpace(string text, int index, int end)
    {
        while (index < end && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private void Add(string text, int start, int end, List<Sentence> sentences, bool opensParagraph)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && !IsOverlong(text.AsSpan(start, end - start)) && !IsFigureList(text.AsSpan(start, end - start)))
        {
            sentences.Add(new Sentence(sentences.Count, start, end, text[start..end]) { OpensParagraph = opensParagraph });
        }
    }
}

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Facts;

/// <summary>
/// Finds quotations with their speaker: "“…,” said Nelson", "“…,” Blinken said", "“…,” Professor Eastman said",
/// "Blinken affirmed, “…”", "As Karim stated, “…”"; "“…,” he added" after a sentence that names one person or a
/// quotation whose speaker is known; and a sentence that is all quotation right after a quotation, which by news
/// convention goes on in the same voice. A quotation is kept when it is a whole statement of 6–30 words that starts
/// with a capital.
/// </summary>
internal sealed class QuoteFinder(Lexicon lexicon) : IFactFinder
{
    public void FindIn(ArticleAnalysis analysis, FactBook book) => book.File(analysis, Find(analysis));

    public List<QuoteFact> Find(ArticleAnalysis analysis)
    {
        var facts = new List<QuoteFact>();
        Mention? lastSpeaker = null;
        var lastQuoted = -1;
        foreach (var sentence in analysis.Sentences)
        {
            var tokens = analysis.Tokens[sentence.Index];
            var mentions = analysis.Mentions[sentence.Index];
            var text = sentence.Text;
            var found = false;
            // "he said" points back to the one person the sentence before names, else to the last speaker quoted.
            var pronounMeans = (sentence.OpensParagraph ? null : SolePersonIn(analysis, sentence.Index - 1)) ?? lastSpeaker;
            var pairs = QuotePairs(text);
            foreach (var (open, close) in pairs)
            {
                var speaker = SpeakerAfter(text, tokens, mentions, sentence, close + 1, pronounMeans) ?? SpeakerBefore(text, tokens, mentions, sentence, open);
                if (speaker is null)
                {
                    continue;
                }

                lastSpeaker = speaker;
                found = true;
                AddIfStatement(facts, sentence, text[(open + 1)..close], speaker);
            }

            // A sentence that is one quotation and nothing else, right after a quotation: the same speaker goes on.
            if (!found && lastSpeaker is not null && lastQuoted == sentence.Index - 1 && pairs.Count == 1 && pairs[0].Open == 0 && IsWholeQuotation(text, pairs[0].Close))
            {
                found = true;
                AddIfStatement(facts, sentence, text[1..pairs[0].Close], lastSpeaker);
            }

            if (pairs.Count == 0 && Reported(sentence, tokens, mentions, pronounMeans) is { } reported)
            {
                facts.Add(reported);
            }

            if (found)
            {
                lastQuoted = sentence.Index;
            }
            else if (sentence.OpensParagraph && !text.Contains('“', StringComparison.Ordinal))
            {
                lastSpeaker = null;
            }
        }

        return facts;
    }

    /// <summary>
    /// Reported speech opening the sentence: "Professor Eastman says manufacturers could easily remedy …", or "He says
    /// …" when the sentence before names one person. The clause must stand alone: it opens with a lowercase word that
    /// points nowhere else ("he", "they", "this", "the issue" do) and is a statement of 6–25 words.
    /// </summary>
    private QuoteFact? Reported(Sentence sentence, List<Token> tokens, List<Mention> mentions, Mention? pronounMeans)
    {
        var text = sentence.Text;
        var i = 0;
        while (i < tokens.Count && (lexicon.PersonTitles.Contains(tokens[i].Text) || lexicon.IsRoleWord(tokens[i].Text)))
        {
            i++;
        }

        if (!text.EndsWith('.') || i + 3 >= tokens.Count)
        {
            return null;
        }

        int verb;
        Mention speaker;
        if (i == 0 && tokens[0].Text is "He" or "She" && pronounMeans is not null && pronounMeans.Start < sentence.Start)
        {
            speaker = pronounMeans;
            verb = 1;
        }
        else if (PersonAt(mentions, sentence, tokens[i].Start) is { } named)
        {
            speaker = named;
            verb = FirstTokenFrom(tokens, speaker.End - sentence.Start);
            if (verb < 0 || text[(speaker.End - sentence.Start)..tokens[verb].Start].Trim().Length > 0)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        if (verb + 2 >= tokens.Count || !lexicon.ReportingVerbs.Contains(tokens[verb].Text))
        {
            return null;
        }

        var first = tokens[verb + 1].Text == "that" ? verb + 2 : verb + 1;
        var opener = tokens[first].Text;
        var clause = text[tokens[first].Start..^1];
        var words = WordCounter.Count(clause);
        var backReference = opener == "the" && first + 1 < tokens.Count && lexicon.BackReferenceNouns.Contains(tokens[first + 1].Text);
        if (!char.IsLower(opener[0]) || lexicon.Pronouns.Contains(opener) || lexicon.FunctionWords.Contains(opener) || backReference || words is < 6 or > 25
            || clause.IndexOfAny(['"', '“', '”', ';', ':']) >= 0)
        {
            return null;
        }

        return new QuoteFact(sentence, clause, speaker) { ReportingVerb = tokens[verb].Text };
    }

    private static void AddIfStatement(List<QuoteFact> facts, Sentence sentence, string quoted, Mention speaker)
    {
        var quote = FirstSentenceIfLong(quoted.TrimEnd(',', ' '));
        if (IsStatement(quote))
        {
            facts.Add(new QuoteFact(sentence, quote.TrimEnd('.'), speaker));
        }
    }

    /// <summary>Whether the quotation closing at <paramref name="close"/> ends the sentence (only its full stop may follow).</summary>
    private static bool IsWholeQuotation(string text, int close) => text.AsSpan(close + 1).Trim().TrimStart('.').IsEmpty;

    /// <summary>The one person a sentence names (however often), or <see langword="null"/> when it names none or several.</summary>
    private static Mention? SolePersonIn(ArticleAnalysis analysis, int index)
    {
        if (index < 0)
        {
            return null;
        }

        Mention? sole = null;
        foreach (var mention in analysis.Mentions[index])
        {
            if (mention.ResolvedKind != MentionKind.Person || mention.Entity is null)
            {
                continue;
            }

            if (sole is not null && sole.Entity != mention.Entity)
            {
                return null;
            }

            sole ??= mention;
        }

        return sole;
    }

    /// <summary>Curly “…” pairs, and straight "…" pairs in text that uses straight quotes.</summary>
    private static List<(int Open, int Close)> QuotePairs(string text)
    {
        var pairs = new List<(int, int)>();
        for (var open = text.IndexOf('“', StringComparison.Ordinal); open >= 0; open = text.IndexOf('“', open + 1))
        {
            var close = text.IndexOf('”', open + 1);
            if (close < 0)
            {
                break;
            }

            pairs.Add((open, close));
        }

        for (var open = text.IndexOf('"', StringComparison.Ordinal); open >= 0;)
        {
            var close = text.IndexOf('"', open + 1);
            if (close < 0)
            {
                break;
            }

            pairs.Add((open, close));
            open = text.IndexOf('"', close + 1);
        }

        return pairs;
    }

    /// <summary>A long quotation is asked by its first sentence: enough to recognise, short enough to read.</summary>
    private static string FirstSentenceIfLong(string quote)
    {
        if (WordCounter.Count(quote) <= 30)
        {
            return quote;
        }

        for (var i = 0; i + 2 < quote.Length; i++)
        {
            if (quote[i] is '.' or '!' && quote[i + 1] == ' ' && char.IsUpper(quote[i + 2]))
            {
                return quote[..i];
            }
        }

        return quote;
    }

    private static bool IsStatement(string quote)
    {
        var words = WordCounter.Count(quote);
        return words is >= 6 and <= 30 && char.IsUpper(quote[0]) && !quote.Contains('“', StringComparison.Ordinal)
            && quote.Count(c => c == '[') == quote.Count(c => c == ']') && quote.Count(c => c == '(') == quote.Count(c => c == ')');
    }

    private Mention? SpeakerAfter(string text, List<Token> tokens, List<Mention> mentions, Sentence sentence, int after, Mention? pronounMeans)
    {
        var next = FirstTokenFrom(tokens, after);
        if (next < 0 || text[after..tokens[next].Start].Trim().Length > 0)
        {
            return null;
        }

        if (lexicon.SpeechVerbs.Contains(tokens[next].Text))
        {
            // "said Nelson", "said NASA Administrator Bill Nelson"
            for (var i = next + 1; i < Math.Min(tokens.Count, next + 5); i++)
            {
                if (PersonAt(mentions, sentence, tokens[i].Start) is { } person)
                {
                    return person;
                }

                if (!tokens[i].IsCapitalized)
                {
                    break;
                }
            }

            return null;
        }

        if (tokens[next].Text is "he" or "she" && next + 1 < tokens.Count && lexicon.SpeechVerbs.Contains(tokens[next + 1].Text))
        {
            return pronounMeans;
        }

        // "Professor Eastman said": the title is not part of the name.
        while (next + 1 < tokens.Count && (lexicon.PersonTitles.Contains(tokens[next].Text) || lexicon.RoleModifiers.Contains(tokens[next].Text)))
        {
            next++;
        }

        if (PersonAt(mentions, sentence, tokens[next].Start) is { } speaker)
        {
            var end = FirstTokenFrom(tokens, speaker.End - sentence.Start);
            return end >= 0 && lexicon.SpeechVerbs.Contains(tokens[end].Text) ? speaker : null;
        }

        return null;
    }

    private Mention? SpeakerBefore(string text, List<Token> tokens, List<Mention> mentions, Sentence sentence, int open)
    {
        var verb = -1;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].End <= open)
            {
                verb = i;
                break;
            }
        }

        if (verb < 1 || !lexicon.SpeechVerbs.Contains(tokens[verb].Text) || text[tokens[verb].End..open].Trim() is not ("," or ":" or ""))
        {
            return null;
        }

        foreach (var mention in mentions)
        {
            if (mention.ResolvedKind == MentionKind.Person && mention.Entity is not null && mention.End - sentence.Start == tokens[verb - 1].End)
            {
                return mention;
            }
        }

        return null;
    }

    private static Mention? PersonAt(List<Mention> mentions, Sentence sentence, int offset)
    {
        foreach (var mention in mentions)
        {
            if (mention.ResolvedKind == MentionKind.Person && mention.Entity is not null && mention.Start - sentence.Start == offset)
            {
                return mention;
            }
        }

        return null;
    }

    private static int FirstTokenFrom(List<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= offset)
            {
                return i;
            }
        }

        return -1;
    }
}

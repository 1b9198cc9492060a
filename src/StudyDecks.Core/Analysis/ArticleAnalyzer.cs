using System.Text.RegularExpressions;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Facts;

namespace StudyDecks.Core.Analysis;

/// <summary>Splits an article into sentences and finds every mention in them, with the acronyms and aliases it defines.</summary>
internal sealed partial class ArticleAnalyzer(Lexicon lexicon)
{
    private readonly SentenceSplitter _splitter = new(lexicon);
    private readonly QuantityRecognizer _quantities = new(lexicon);
    private readonly NameRecognizer _names = new(lexicon);

    // The words of every article this analyser reads, one string each: a deck's articles share most of their words.
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public ArticleAnalysis Analyze(Article article)
    {
        var analysis = new ArticleAnalysis(article, _splitter.Split(article));
        foreach (var sentence in analysis.Sentences)
        {
            var tokens = Tokenizer.Tokenize(sentence.Text, lexicon, _words);
            var mentions = new List<Mention>();
            _quantities.Recognize(sentence, mentions);
            var runs = _names.Runs(sentence, tokens);
            foreach (var run in runs)
            {
                var start = sentence.Start + tokens[run.Start].Start;
                var end = sentence.Start + tokens[run.End - 1].End;
                if (!Overlaps(mentions, start, end))
                {
                    mentions.Add(new Mention(run.Kind, start, end, sentence.Text[(start - sentence.Start)..(end - sentence.Start)]));
                }
            }

            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            analysis.Tokens[sentence.Index] = tokens;
            analysis.Runs[sentence.Index] = runs;
            analysis.Mentions[sentence.Index] = mentions;
            FindAcronyms(analysis, sentence, tokens);
        }

        PeopleReferredBack(analysis);
        analysis.Year = article.Published?.Year;
        analysis.LatestYearNamed = LatestYearNamed(analysis);
        if (analysis.Sentences.Count > 0 && Authors().Match(analysis.Sentences[0].Text) is { Success: true } authors)
        {
            analysis.WeMeans = "The " + authors.Groups["who"].Value;
        }
        return analysis;
    }

    /// <summary>
    /// "Abdelbaset al-Megrahi has been buried in Janzur. He was …": a name of two to four words that opens a sentence,
    /// when the next sentence opens with "He" or "She", is the person the pronoun refers back to, with no first name
    /// the lists know.
    /// </summary>
    private static void PeopleReferredBack(ArticleAnalysis analysis)
    {
        for (var i = 0; i + 1 < analysis.Sentences.Count; i++)
        {
            var sentence = analysis.Sentences[i];
            if (analysis.Mentions[i] is not [{ Kind: MentionKind.Name } first, ..] || first.Start != sentence.Start
                || !analysis.Sentences[i + 1].Text.StartsWith("He ", StringComparison.Ordinal) && !analysis.Sentences[i + 1].Text.StartsWith("She ", StringComparison.Ordinal))
            {
                continue;
            }

            var runIndex = analysis.Runs[i].FindIndex(run => run.Start == 0);
            if (runIndex >= 0 && analysis.Runs[i][runIndex] is { Kind: MentionKind.Name, IsDemonym: false } run && run.End - run.Start is >= 2 and <= 4
                && analysis.Tokens[i].Skip(run.Start).Take(run.End - run.Start).All(token => token.IsCapitalized && !token.IsAcronym)
                && analysis.Tokens[i].Count > run.End && !analysis.Tokens[i][run.End].IsCapitalized && !analysis.Tokens[i][run.End].IsPossessive && !analysis.Tokens[i][run.End - 1].IsPossessive)
            {
                analysis.Runs[i][runIndex] = run with { Kind = MentionKind.Person };
                analysis.Mentions[i][0] = first with { Kind = MentionKind.Person };
            }
        }
    }

    /// <summary>The latest year the article names outside a sentence that looks ahead ("targeting a launch in 2028").</summary>
    private static int? LatestYearNamed(ArticleAnalysis analysis)
    {
        int? latest = null;
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            if (ForwardLooking.LooksAheadOrPlans(analysis.Sentences[i].Text))
            {
                continue;
            }

            foreach (var mention in analysis.Mentions[i])
            {
                if (mention.NamedYear is { } year && year > latest.GetValueOrDefault())
                {
                    latest = year;
                }
            }
        }

        return latest;
    }

    private static bool Overlaps(List<Mention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (start < mention.End && mention.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    private static void FindAcronyms(ArticleAnalysis analysis, Sentence sentence, List<Token> tokens)
    {
        foreach (Match match in Parenthesis().Matches(sentence.Text))
        {
            var inner = match.Groups["inner"].Value.Trim().TrimEnd('.');
            var open = match.Index;
            var before = LastTokenEndingBefore(tokens, open);
            if (before < 0)
            {
                continue;
            }

            if (IsAcronym(inner))
            {
                // "Syrian Democratic Forces (SDF)": the shortest run of words before it whose initials spell it.
                for (var first = before; first >= Math.Max(0, before - 8); first--)
                {
                    var expansion = sentence.Text[tokens[first].Start..tokens[before].End];
                    if (tokens[first].IsCapitalized && AcronymMatcher.Matches(inner, expansion))
                    {
                        analysis.Acronyms.Add(new AcronymFact(sentence, inner, expansion));
                        break;
                    }
                }
            }
            else if (tokens[before].IsAcronym && AcronymMatcher.Matches(tokens[before].Text, inner))
            {
                // "JAXA (Japan Aerospace Exploration Agency)"
                analysis.Acronyms.Add(new AcronymFact(sentence, tokens[before].Text, inner));
            }
        }

        foreach (var token in tokens)
        {
            var slash = token.Text.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && slash < token.Text.Length - 1 && char.IsUpper(token.Text[0]) && char.IsUpper(token.Text[slash + 1]))
            {
                analysis.Aliases.Add(new AliasFact(token.Text[(slash + 1)..], token.Text[..slash]));
            }
        }
    }

    private static int LastTokenEndingBefore(List<Token> tokens, int offset)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].End <= offset)
            {
                return i;
            }
        }

        return -1;
    }

    // Bracketed acronyms are short single words: "(SDF)", not "(Defeat ISIS)"; a capital with digits is one too ("(G7)").
    private static bool IsAcronym(string text) =>
        text.Length <= 10 && !text.Any(char.IsWhiteSpace) && (AcronymMatcher.LooksLikeAcronym(text) || CapitalWithNumber().IsMatch(text));

    [GeneratedRegex(@"^\p{Lu}[-–]?\d{1,3}$")]
    private static partial Regex CapitalWithNumber();

    [GeneratedRegex(@"^We,? the (?<who>\p{Lu}[\p{L}]*(?: (?:of|the|and|for|\p{Lu}[\p{L}]*|\(\p{Lu}[\p{Lu}\d]+\)))*)")]
    private static partial Regex Authors();

    [GeneratedRegex(@"\((?<inner>[^()]{2,80})\)")]
    private static partial Regex Parenthesis();
}

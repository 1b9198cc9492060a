using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Quality;

/// <summary>Stem checks S1–S7.</summary>
public static partial class CardLinter
{
    private static void CheckStem(Card card, Article? article, List<LintFinding> findings)
    {
        var lexicon = Lexicon.Default;
        var stem = card.Question;

        // S1 provenance: the sentence is stored verbatim and holds the key.
        if (card.Explanation.Length == 0 || card.Source.End - card.Source.Start != card.Explanation.Length)
        {
            Add(findings, card, "S1", "source offsets do not match the stored sentence");
        }
        else if (article is not null && (card.Source.End > article.Text.Length || article.Text[card.Source.Start..card.Source.End] != card.Explanation))
        {
            Add(findings, card, "S1", "the sentence is not in the article at its offsets");
        }

        if (card.Type != CardType.TrueFalse && !ContainsAny(card.Explanation, [card.Answer, .. card.Aliases]))
        {
            Add(findings, card, "S1", "the answer is not in its source sentence");
        }

        // S2 no key leakage.
        if (card.Type != CardType.TrueFalse)
        {
            IEnumerable<string> keys = card.AnswerKind == AnswerKind.Term ? [card.Answer] : [card.Answer, .. card.Aliases];
            foreach (var key in keys)
            {
                if (key.Length > 1 && key != card.Answer && AcronymMatcher.LooksLikeAcronym(key) && TextSimilarity.ContainsPhrase(stem, key) && card.AnswerKind != AnswerKind.Term && stem.Contains(key, StringComparison.Ordinal))
                {
                    Add(findings, card, "S2", $"the stem names the answer by its alias \"{key}\"");
                }

                foreach (var word in TextSimilarity.ContentWords(key))
                {
                    if (TextSimilarity.ContainsPhrase(stem, word))
                    {
                        Add(findings, card, "S2", $"the stem gives away the answer (\"{word}\")");
                        break;
                    }
                }
            }
        }

        // S2 also for a place named by its demonym: "_____ … the Iraqi government" gives away "Iraq".
        if (card.AnswerKind == AnswerKind.Place && card.Type != CardType.TrueFalse)
        {
            foreach (var (demonym, place) in lexicon.Demonyms)
            {
                if ((place.Name == card.Answer || card.Aliases.Contains(place.Name)) && TextSimilarity.ContainsPhrase(stem, demonym))
                {
                    Add(findings, card, "S2", $"the stem gives away the answer by its demonym (\"{demonym}\")");
                    break;
                }
            }
        }

        // S3 well-formed.
        var blanks = Count(stem, Card.Blank);
        if (stem.Length == 0 || !(char.IsUpper(FirstLetterOrDigit(stem)) || char.IsDigit(FirstLetterOrDigit(stem)) || stem.StartsWith(Card.Blank, StringComparison.Ordinal)))
        {
            Add(findings, card, "S3", "the stem does not start with a capital");
        }

        switch (card.Type)
        {
            case CardType.Cloze when blanks != 1:
                Add(findings, card, "S3", "a cloze needs exactly one blank");
                break;
            case CardType.MultipleChoice or CardType.ShortAnswer when blanks != 0 || !stem.EndsWith('?'):
                Add(findings, card, "S3", "a question must end with a question mark and have no blank");
                break;
            case CardType.TrueFalse when blanks != 0 || stem.EndsWith('?') || !EndsLikeSentence(stem):
                Add(findings, card, "S3", "a true/false statement must be a whole sentence");
                break;
        }

        if (!Balanced(stem))
        {
            Add(findings, card, "S3", "unbalanced quotation marks or brackets");
        }

        // S4 self-contained.
        var firstWord = FirstWord(stem);
        var outsideQuotes = OutsideQuotes(stem); // once per stem: the checks below all read the stem without its quotations
        if (lexicon.Pronouns.Contains(firstWord))
        {
            Add(findings, card, "S4", $"the stem opens with an unresolved \"{firstWord}\"");
        }
        else if (UnresolvedPersonalPronoun(outsideQuotes) || PronounSubject().IsMatch(outsideQuotes) || BackReference().IsMatch(outsideQuotes))
        {
            Add(findings, card, "S4", "the stem refers to someone only by a pronoun");
        }

        // Most stems hold none of the expressions: one multi-string scan rules them all out at once.
        var mayBeRelative = outsideQuotes.AsSpan().IndexOfAny(lexicon.RelativeTimeSearch) >= 0 || card.Answer.AsSpan().IndexOfAny(lexicon.RelativeTimeSearch) >= 0;
        foreach (var expression in mayBeRelative ? lexicon.RelativeTime : [])
        {
            if (TextSimilarity.ContainsPhrase(outsideQuotes, expression) || TextSimilarity.ContainsPhrase(card.Answer, expression))
            {
                Add(findings, card, "S4", $"relative time (\"{expression}\") means nothing outside the article");
                break;
            }
        }

        // S5 WH word fits the key.
        if (!WhWordFits(stem, card.AnswerKind, card.Type))
        {
            Add(findings, card, "S5", "the question word does not fit the answer's kind");
        }

        // S6 reading load.
        if (WordCounter.Count(stem) > MaximumStemWords)
        {
            Add(findings, card, "S6", $"the stem has more than {MaximumStemWords} words");
        }

        // S7 positive wording, for questions and statements written by the generator.
        if (card.Type is CardType.MultipleChoice or CardType.ShortAnswer or CardType.TrueFalse && Negation().IsMatch(outsideQuotes))
        {
            Add(findings, card, "S7", "negative wording");
        }
    }

    private static bool WhWordFits(string stem, AnswerKind kind, CardType type)
    {
        if (type is CardType.Cloze or CardType.TrueFalse)
        {
            return true;
        }

        if (stem.StartsWith("Who ", StringComparison.Ordinal))
        {
            return kind is AnswerKind.Person or AnswerKind.Organization;
        }

        if (stem.StartsWith("When ", StringComparison.Ordinal))
        {
            return kind is AnswerKind.Date or AnswerKind.Year or AnswerKind.Time;
        }

        if (stem.StartsWith("In what year", StringComparison.Ordinal) || stem.StartsWith("In which year", StringComparison.Ordinal))
        {
            return kind == AnswerKind.Year;
        }

        if (stem.StartsWith("How many", StringComparison.Ordinal))
        {
            return kind == AnswerKind.Number;
        }

        if (stem.StartsWith("How much", StringComparison.Ordinal))
        {
            return kind is AnswerKind.Money or AnswerKind.Percent;
        }

        if (stem.StartsWith("Where ", StringComparison.Ordinal))
        {
            return kind == AnswerKind.Place;
        }

        if (stem.Contains(" stand for?", StringComparison.Ordinal))
        {
            return kind == AnswerKind.Term;
        }

        return true;
    }

    private static bool ContainsAny(string text, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (name.Length > 0 && text.Contains(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static char FirstLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }
        }

        return ' ';
    }

    private static string FirstWord(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static bool EndsLikeSentence(string text) => text.TrimEnd().TrimEnd('”', '"', '’', ')').EndsWith('.') || text.EndsWith('!');

    /// <summary>Curly quotes pair up, brackets close, straight double quotes come in pairs.</summary>
    internal static bool Balanced(string text)
    {
        var quotes = 0;
        var round = 0;
        var square = 0;
        var straight = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '“': quotes++; break;
                case '”': quotes--; break;
                case '(': round++; break;
                case ')': round--; break;
                case '[': square++; break;
                case ']': square--; break;
                case '"': straight++; break;
            }

            if (quotes < 0 || round < 0 || square < 0)
            {
                return false;
            }
        }

        return quotes == 0 && round == 0 && square == 0 && straight % 2 == 0;
    }

    /// <summary>The stem with quoted words removed: a pronoun inside a quotation belongs to the speaker.</summary>
    internal static string OutsideQuotes(string text) => QuotedText().Replace(text, "“…”");

    /// <summary>
    /// "he", "his", "they"… with no name before them in the stem: the person is in another sentence.
    /// ("Nixon announced his New Economic Policy" is fine; "To achieve this, he proposed…" is not.)
    /// </summary>
    private static bool UnresolvedPersonalPronoun(string stem)
    {
        foreach (Match match in PersonalPronoun().Matches(stem))
        {
            var before = stem.AsSpan(0, match.Index);
            var named = false;
            for (var i = 1; i < before.Length; i++)
            {
                // A capitalised word after a preposition ("In Syria, he …") is a place or an object, not the antecedent.
                if (char.IsUpper(before[i]) && before[i - 1] == ' ' && !AfterPreposition().IsMatch(before[..i].ToString()))
                {
                    named = true;
                    break;
                }
            }

            if (!named && !(match.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) && match.Index > 20))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:in|at|from|to|of|on|for|with|by|into|In|At|From|To|On|For|With|By|Into) $")]
    private static partial Regex AfterPreposition();

    [GeneratedRegex(@"\b(?:he|she|him|they|them|his|her|hers|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalPronoun();

    // "from that meeting", "of that effort", "If so", "As such": the referent is in another sentence.
    [GeneratedRegex(@"\b(?:from|of|to|in|at|by|for|with|on|about|after|before) that \p{Ll}+|\bthese \p{Ll}+|^(?:If so|As such|In that case|Even so|That said)\b|\bthe same\b|\b(?:a similar|the similar|a bit different|something different|that difference)\b|\b(?:minutes?|hours?|days?|weeks?|months?|years?) (?:later|earlier)\b")]
    private static partial Regex BackReference();

    // "…, it emphasized": "it" as the subject of a reporting verb stands for something named elsewhere.
    [GeneratedRegex(@"\b(?:it|this|these|those)\s+(?:also\s+)?\p{Ll}+(?:ed|es)\b")]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\b(?:not|except|never|no longer)\b|n’t\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"“[^”]*”|""[^""]*""")]
    private static partial Regex QuotedText();
}

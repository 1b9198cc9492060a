using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation.Repairs;

/// <summary>
/// Repairs a candidate's question where the article itself says what is meant, before it is linted: a bare surname
/// becomes the full name the article gives ("Decatur" → "Stephen Decatur"), and an "also" that only links to the
/// sentence before goes ("Decatur also secured …" → "… secured …"), a month with no year opening the question goes ("In
/// June, Secretary …" → "Secretary …"), a decade gets its "the" ("In 1950s" → "In the 1950s"), and a fill-in too long to read at once loses a
/// phrase trailing after its blank (<see cref="StemTrimming"/>); a context line that names the answer gives way to a
/// part of it that does not (<see cref="ContextLine.Topics"/>). Quotations are left as spoken.
/// </summary>
internal static partial class StemRepairs
{
    /// <summary>
    /// The card with its question repaired, or <see langword="null"/> when it names a person only as "he" or "she", or by a
    /// surname two people of the article share.
    /// </summary>
    public static Card? Apply(Card card, ArticleAnalysis analysis)
    {
        var question = FullNames(StemTrimming.Trim(WithoutHeading(card.Question), Lexicon.Default), card, analysis);
        question = FirstNamesInFull(question, analysis);
        question = NamedFromContext(question, card.Context, analysis, card.Source.Sentence, Lexicon.Default);
        question = ArticleNames.Apply(question, analysis, Lexicon.Default, card.Source.Sentence);
        if (SpelledOutAcronyms(question, card, analysis) is not { } spelled)
        {
            return null; // "the recognition of the PGFR": spelled out it is too long to read, left as it is no student knows it
        }

        question = spelled;
        // Each pattern is tried only when the words it needs are there: most questions have none of them.
        if (question.Contains(" also ", StringComparison.Ordinal) && !RepeatsAnEarlierTime(question, card, analysis))
        {
            // "Having a close brush with death in 1967, she also survived alcohol addiction": there "also" ties the clause
            // to the participle phrase, and without it the sentence says the brush made her survive.
            question = LeadingParticiplePhrase().IsMatch(question) ? question : Also().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) || NamesAgain(question, match) ? match.Value : " ");
        }

        // "In what year did Christina Doreothea Stuart herself leave for Sweden?": an emphatic "herself" after a name sets her
        // against someone the sentences before named, whom the question never does (both blind reviewers of round 130);
        // without it the fact stands.
        if (question.Contains("self ", StringComparison.Ordinal) || question.Contains("selves ", StringComparison.Ordinal))
        {
            question = EmphaticReflexive().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) ? match.Value : "");
        }

        // "The United States Geological Survey, however, reported …": a link between commas only sets the sentence against
        // the one before; without it the statement is the same and stands alone.
        if (question.Contains(", ", StringComparison.Ordinal) && LinkBetweenCommas().IsMatch(question))
        {
            // "As the Navy tightened its blockade, however, communication …": after an opening clause the comma stays.
            var opensWithClause = SubordinateOpener().IsMatch(question);
            // "… joined the North German Confederation, thus, diplomatic relations … drew to a close": between two clauses the
            // link goes but the break stays, or the two run together.
            question = LinkBetweenCommas().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) || !IsDiscourseLink(match.Groups["link"].Value) ? match.Value
                : opensWithClause ? "," : BetweenClauses(question, match) ? ";" : "");
        }

        if (question.Contains(", and ", StringComparison.Ordinal))
        {
            question = PairComma().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) ? match.Value : match.Value.Replace(", and ", " and ", StringComparison.Ordinal));
        }

        // "carved the pulpit … on 1866, and the font … on 1867": a year alone takes "in", whatever the source wrote (both
        // blind reviewers of round 149); a day ("on 1 June 1866") keeps "on".
        if (question.Contains("on ", StringComparison.Ordinal))
        {
            question = OnAYear().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) || (match.Groups["year"].Value == Card.Blank && card.AnswerKind != AnswerKind.Year)
                ? match.Value
                : "in " + match.Groups["year"].Value);
        }

        // "flying from Kuala Lumpur, Malaysia to Beijing": a country or state set after its city closes with a comma too (a
        // blind reviewer of round 89 would not pass the source's missing one).
        if (question.Contains(", ", StringComparison.Ordinal))
        {
            question = PlaceInPlace().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) || !IsPlaceInPlace(match.Groups["place"].Value, match.Groups["region"].Value, card.AnswerKind)
                    || IsVerb(match.Groups["next"].Value)
                ? match.Value
                : $"{match.Groups["place"].Value}, {match.Groups["region"].Value},");
        }

        // "The Senate approved the UN Charter on _____": which country's, an article about the United States says; the
        // question must (both blind reviewers of round 115: which senate?).
        if (question.Contains("Senate", StringComparison.Ordinal) || question.Contains("House of Representatives", StringComparison.Ordinal))
        {
            question = UnitedStatesChamber(question, analysis);
        }

        // "In June, Secretary of State _____ announced …", with no year in the question: which June, the sentences before
        // said; the month alone tells a student nothing, and the fact stands without it (blind reviewers, sets 20 and 23).
        if (card.AnswerKind is not (AnswerKind.Date or AnswerKind.Year) && UndatedMonthOpener().Match(question) is { Success: true } opener
            && Lexicon.Default.Months.ContainsKey(opener.Groups["month"].Value) && !Quality.CardLinter.HasYear(question))
        {
            var rest = question[opener.Length..];
            question = string.Concat(rest[..1].ToUpperInvariant(), rest.AsSpan(1));
        }

        // "In what year did 40-year-old Gianluigi Buffon make his debut … at the age of seventeen?": an age before a name is
        // the age on the day of the report, which the question does not give, and beside a past event it reads as a
        // contradiction (both blind reviewers of set 43); the name stands without it.
        if (question.Contains("-year-old ", StringComparison.Ordinal))
        {
            question = AgeBeforeName().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) ? match.Value : "");
        }

        // "a 2000 year old tradition", "an exhaustive two year search": a count above one with its unit in the singular
        // qualifies the noun after it, and is written with hyphens (both blind reviewers of round 123 rejected the
        // source's spelling as ungrammatical).
        if (question.AsSpan().ContainsAny(MeasureUnits))
        {
            question = UnhyphenatedMeasure().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) ? match.Value : match.Value.TrimEnd(' ').Replace(' ', '-') + " ");
        }

        // "In 1950s, the outbreak of …": a decade is "the 1950s"; the article's slip is not the card's.
        if (question.Contains("0s", StringComparison.Ordinal))
        {
            question = DecadeWithoutThe().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) ? match.Value : $"{match.Groups["word"].Value} the {match.Groups["decade"].Value}");
        }

        // "interrogated by an Federal Bureau of Investigation agent": the source's article slip, or one left by a name
        // spelled out ("an FBI agent"), is the card's only if kept (both blind reviewers of round 98: ungrammatical). Only
        // "an" is read: every stem holds an "a", and "a" before a vowel's sound is a slip no round has shown.
        if (question.Contains("an ", StringComparison.OrdinalIgnoreCase))
        {
            question = IndefiniteArticle().Replace(question, match => ArticleAgreeing(question, match));
        }

        // "On 14 December 2008, Former U.S. President _____ met …": a source's capital mid-sentence (both blind reviewers of
        // round 140: ungrammatical).
        if (question.Contains(" Former ", StringComparison.Ordinal))
        {
            question = MidSentenceFormer().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) ? match.Value : "former");
        }

        if (question.Contains("able ", StringComparison.Ordinal))
        {
            question = AbleWithoutTo().Replace(question, match => Lexicon.Default.BaseVerbs.Contains(match.Groups["verb"].Value) && !Quality.CardLinter.InsideQuotation(question, match.Index) ? $"able to {match.Groups["verb"].Value}" : match.Value);
        }

        if (PersonalPronoun().Match(question) is { Success: true } pronoun && !Quality.CardLinter.InsideQuotation(question, pronoun.Index) && !NamesPersonBefore(question, pronoun.Index, card, analysis)
            && !Quality.CardLinter.NamesAheadOfPossessive(question, pronoun.Index))
        {
            return null; // "A New York native, she …": the linter sees a capital before "she"; only a person's name resolves it
        }

        if (AmbiguousSurname(question, card, analysis))
        {
            return null; // "Masaryk was received …" in an article of Jan and Thomas Masaryk: either may be meant
        }

        if (question.Contains("the ", StringComparison.OrdinalIgnoreCase) && LabelledSurname(question, analysis) is not null)
        {
            return null; // "the Boar's Head Browne": the article's own label for one of several people of a name
        }

        var context = WithoutAnswerYear(card);
        if (context is not null && Quality.CardLinter.ContextGivesAway(card with { Context = context }))
        {
            // A news headline states the lead's fact ("Denver Broncos defeat Carolina Panthers"): the card keeps the
            // part of it that leaves the answer unsaid ("Super Bowl 50"), or, when its question says when it happened,
            // shows no line rather than the answer. With neither, "Four aftershocks hit central _____" says too little,
            // and the line stays for the linter to turn the card away.
            // Nor a part of the answer's own name: "Giovanni Antonio" for "Giovanni Antonio da Brescia" (round 131).
            var topic = TopicsOf(analysis, context).FirstOrDefault(topic => !Quality.CardLinter.ContextGivesAway(card with { Context = topic })
                && !InAnswersNames(card, topic));
            // With no line, the question must name something besides the year: "From 1790 to 1794, the _____ became
            // increasingly radical" left both blind reviewers of round 45 asking what it was about. Naming two things of its
            // own is not enough: "_____ has been buried in the town of Janzur, west of the Libyan capital Tripoli" and a
            // quotation naming Kenya, shown with no line, were rejected as vague or trivia in round 51.
            // A biography's line is its subject's name and titles: without it, "_____ graduated with a bachelor's degree from
            // Yale with a degree in biology in 1978" says nothing of who is meant (both blind reviewers of round 126).
            context = topic ?? (SaysWhen(question, analysis.Sentences[card.Source.Sentence].Text) && WordSpans.NamesAfterFirstWord(question, orFigure: false)
                && !(card.AnswerKind == AnswerKind.Person && IsNameLine(context, card)) ? null : context);
        }

        return question == card.Question && context == card.Context ? card : card with { Question = question, Context = context };
    }

    /// <summary>
    /// "Carter met with members of the GNR" → "… of the Government of National Reconstruction (GNR)": an acronym the
    /// article spells out, and a student need not know, is spelled out where the question first uses it; blind reviewers
    /// rejected cards that left one unexplained. One the gazetteer knows ("NATO", "PRC") stays as it is, and so does one
    /// the card asks about or answers with. A question the spelling-out would make too long to read is <see langword="null"/>.
    /// </summary>
    private static string? SpelledOutAcronyms(string question, Card card, ArticleAnalysis analysis)
    {
        foreach (var fact in analysis.Acronyms)
        {
            if (card.Answer.Contains(fact.Acronym, StringComparison.Ordinal) || card.Answer.Contains(fact.Expansion, StringComparison.OrdinalIgnoreCase)
                || question.Contains(fact.Expansion, StringComparison.OrdinalIgnoreCase) || WholeWord(question, fact.Acronym, outsideQuotations: true) is var at && at < 0
                || Knowledge.Gazetteer.Default.BodiesNamed(fact.Acronym).Count > 0 || Lexicon.Default.Places.ContainsKey(fact.Acronym))
            {
                continue;
            }

            // "the D-ISIS meeting", "PRC leaders": an acronym before a noun that points back qualifies it, and spelled out
            // it would hide the description the linter reads ("which meeting?").
            if (WordAfter(question, at + fact.Acronym.Length) is { Length: > 0 } next
                && (Lexicon.Default.BackReferenceNouns.Contains(next) || Lexicon.Default.BackReferenceNouns.Contains(next.TrimEnd('s')) || Lexicon.Default.ReferenceWords["gathering"].Contains(next)))
            {
                continue;
            }

            var the = TakesTheBefore(question, at, fact.Expansion) ? (at == 0 ? "The " : "the ") : "";
            var spelled = string.Concat(question.AsSpan(0, at), $"{the}{fact.Expansion} ({fact.Acronym})", question.AsSpan(at + fact.Acronym.Length));
            if (Articles.WordCounter.Count(spelled) > Quality.CardLinter.MaximumStemWords)
            {
                return null;
            }

            question = spelled;
        }

        return question;
    }

    /// <summary>
    /// Whether a body's or a law's name spelled out where its bare acronym stood needs "the": "BSCA provides" is "the
    /// Bipartisan Safer Communities Act (BSCA) provides" (both blind reviewers of round 102 read the bare name as a slip). Not
    /// after a determiner, a possessive or a capitalised word that may open the name.
    /// </summary>
    private static bool TakesTheBefore(string question, int at, string expansion)
    {
        var lexicon = Lexicon.Default;
        var last = expansion[(expansion.LastIndexOf(' ') + 1)..];
        if (!expansion.Contains(' ', StringComparison.Ordinal) || !(lexicon.OrganizationWords.Contains(last) || lexicon.EventHead(expansion) is not null))
        {
            return false;
        }

        if (at == 0)
        {
            return true;
        }

        var before = question.AsSpan(0, at).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word.Length > 0 && char.IsLower(word[0]) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)
            && word is not ("the" or "a" or "an" or "this" or "that" or "its" or "their" or "his" or "her" or "our" or "whose" or "each");
    }

    /// <summary>The word that starts right after a space at <paramref name="at"/>, or an empty string when punctuation or the end comes first.</summary>
    private static string WordAfter(string text, int at)
    {
        if (at >= text.Length || text[at] != ' ')
        {
            return "";
        }

        var end = at + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return text[(at + 1)..end];
    }

    /// <summary>
    /// Whether a context line is a person's name and titles ("Richard David Semba", "Oliver FitzWilliam, 1st Earl of
    /// Tyrconnell"): six words at most, and besides the words of the answer's names only capitalised words, ordinals and
    /// function words (a headline in title case is longer, or has a verb in lower case).
    /// </summary>
    private static bool IsNameLine(string line, Card card)
    {
        var words = line.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !Lexicon.Default.FunctionWords.Contains(word) && !InAnswersNames(card, word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text is part of the answer as written or of one of its aliases ("Giovanni Antonio").</summary>
    private static bool InAnswersNames(Card card, string text) =>
        card.Answer.Contains(text, StringComparison.Ordinal) || card.Aliases.Any(alias => alias.Contains(text, StringComparison.Ordinal));

    /// <summary>
    /// Whether the question holds a year its own sentence gives ("the 2014 Brickyard 400"), not only one the article's
    /// date lent it ("Who had been buried in Janzur by 2012?" still says nothing of which burial).
    /// </summary>
    private static bool SaysWhen(string question, string sentence)
    {
        foreach (Match year in Year().Matches(question))
        {
            if (sentence.Contains(year.Value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The shorter topics of a context line (<see cref="ContextLine.Topics"/>), from the article's names that it may be:
    /// bodies, places, events and people, not figures. Worked out once per article and line: every card of an article
    /// whose headline names its answer asks.
    /// </summary>
    private static string[] TopicsOf(ArticleAnalysis analysis, string context) =>
        Topics.GetValue(analysis, static _ => new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>(StringComparer.Ordinal))
            .GetOrAdd(context, static (line, analysis) => [.. ContextLine.Topics(line, analysis.AllMentions()
                .Where(mention => mention.ResolvedKind is MentionKind.Organization or MentionKind.Place or MentionKind.Event or MentionKind.Person)
                .Select(mention => mention.Text))], analysis);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ArticleAnalysis, System.Collections.Concurrent.ConcurrentDictionary<string, string[]>> Topics = [];

    /// <summary>
    /// The context line without its closing years when they name the year asked: "In what year did the war begin?" under
    /// "French and Indian War, 1754–63" is answered by the line; under "French and Indian War" it is a question.
    /// </summary>
    private static string? WithoutAnswerYear(Card card)
    {
        if (card.Context is not { } context || card.AnswerKind is not (AnswerKind.Year or AnswerKind.Date) || ClosingYears().Match(context) is not { Success: true } years
            || Year().Match(card.Answer) is not { Success: true } asked)
        {
            return card.Context;
        }

        foreach (Match span in YearSpan().Matches(years.Value))
        {
            var from = int.Parse(span.Groups["from"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            var to = span.Groups["to"].Value;
            var year = int.Parse(asked.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (year == from || (to.Length > 0 && year == Articles.TitleYears.EndYear(from, to)))
            {
                return context[..years.Index];
            }
        }

        return context;
    }

    /// <summary>
    /// Whether a draft's question passes the card linter once repaired: what a kind checks before it spends time on
    /// options, so that a question the pipeline will repair is not thrown away first.
    /// </summary>
    public static bool PassesOnceRepaired(Card draft, ArticleAnalysis analysis) =>
        Apply(draft, analysis) is { } repaired && Quality.CardLinter.Passes(repaired);

    /// <summary>
    /// The title when it is a person's name and nothing else ("Zaha Hadid", "Charles J. Fillmore"): a life story, whose
    /// bare surname is its subject. Not a title with a rank first ("Emperor Norton") or any word in lower case.
    /// </summary>
    internal static string? TitleName(ArticleAnalysis analysis) => TitleNameByArticle.GetValue(analysis, static analysis => new(FindTitleName(analysis))).Value;

    /// <summary>Each article's <see cref="TitleName"/>, worked out once: every candidate's surname repair asks.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ArticleAnalysis, System.Runtime.CompilerServices.StrongBox<string?>> TitleNameByArticle = [];

    private static string? FindTitleName(ArticleAnalysis analysis)
    {
        var title = NameTitle(analysis);
        var words = title.Split(' ');
        var lexicon = Lexicon.Default;
        if (words.Length is < 2 or > 4 || lexicon.PersonTitles.Contains(words[0]) || lexicon.MonarchTitles.Contains(words[0]) || lexicon.IsRoleHead(words[0]))
        {
            return HeadlinePerson(analysis);
        }

        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]) || lexicon.FunctionWords.Contains(word) || word.Any(char.IsDigit) || lexicon.Places.ContainsKey(word)
                || !word.All(letter => char.IsLetter(letter) || letter is '.' or '-' or '\'' or '’'))
            {
                return HeadlinePerson(analysis);
            }
        }

        // A name of a thing ("Barbary Wars", "Carling Cup") is no person's; a first name the lexicon does not know ("Zaha")
        // is one when the article opens by naming the title's person ("Dame Zaha Mohammad Hadid DBE RA was …").
        var last = words[^1];
        if (lexicon.EventWords.Contains(last) || lexicon.OrganizationWords.Contains(last) || lexicon.Demonyms.ContainsKey(words[0]))
        {
            return HeadlinePerson(analysis);
        }

        var opening = analysis.Sentences.Count > 0 ? analysis.Sentences[0].Text : "";
        return lexicon.FirstNames.Contains(words[0]) || words[0].Any(letter => letter > '\u007f')
            || Array.TrueForAll(words, word => WholeWord(opening, word) >= 0) ? title : null;
    }

    /// <summary>
    /// The article's title without an encyclopedia's disambiguation ("John Hill (courtier)" is titled "John Hill"): what a
    /// life story's title names.
    /// </summary>
    private static string NameTitle(ArticleAnalysis analysis)
    {
        var title = analysis.Article.Title.Trim();
        return title.EndsWith(')') && title.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? title[..open].TrimEnd() : title;
    }

    /// <summary>
    /// The one person a news headline names in full ("Formula One driver Jules Bianchi dies aged 25"): the story's subject,
    /// whom its bare surname means though a relative shares it ("Lucien Bianchi, … Jules's great uncle").
    /// </summary>
    private static string? HeadlinePerson(ArticleAnalysis analysis)
    {
        string? found = null;
        foreach (var people in PeopleBySurname.GetValue(analysis, PeopleOf).Values)
        {
            foreach (var name in people)
            {
                if (WholeWord(analysis.Article.Title, name) >= 0)
                {
                    if (found is not null && found != name)
                    {
                        return null;
                    }

                    found = name;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the sentence or the one before names in full someone else of the surname ("Lucien Bianchi"): in a news story
    /// the bare surname may then be that one's. A life story, titled by its person's name alone, keeps it for its person.
    /// </summary>
    private static bool OtherOfSurnameNearby(ArticleAnalysis analysis, int sentence, string subject, string surname)
    {
        foreach (var name in PeopleOfSurname(analysis, surname))
        {
            if (name == subject)
            {
                continue;
            }

            for (var index = Math.Max(0, sentence - 1); index <= sentence && index < analysis.Sentences.Count; index++)
            {
                if (WholeWord(analysis.Sentences[index].Text, name) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the word before <paramref name="at"/> is capitalised: "Jacob Bernoulli" is someone's full name already.</summary>
    private static bool AfterCapitalisedWord(string question, int at)
    {
        var end = at - 1;
        if (end <= 0 || question[end] != ' ')
        {
            return false;
        }

        // A nickname in quotes is part of the name too: John "Jack" Hill.
        var start = question.LastIndexOf(' ', end - 1) + 1;
        while (start < end && question[start] is '"' or '“' or '‘' or '\'')
        {
            start++;
        }

        return char.IsUpper(question[start]);
    }

    /// <summary>
    /// Whether the word before <paramref name="at"/> is a capitalised word of the same name, not a title: in "Thomas
    /// Jefferson" or "Frank Drake" the word is part of a longer name, not the first name of "Jefferson Caffery" or of
    /// "Drake Equation", while after "Dr." or "President" a lone name may be written out in full.
    /// </summary>
    private static bool AfterNameWord(string question, int at)
    {
        if (!AfterCapitalisedWord(question, at))
        {
            return false;
        }

        var start = question.LastIndexOf(' ', at - 2) + 1;
        var before = question[start..(at - 1)];
        var lexicon = Lexicon.Default;
        // "the church of St. John the Baptist": a first name after "St." or "Saint" is a saint's, and the church's name, not
        // a person of the article's ("St. John Kennington the Baptist": both blind reviewers of round 149).
        if (before is "St." or "Saint")
        {
            return true;
        }

        // "Gen. Arce": an abbreviation before the surname is a rank.
        return !(lexicon.PersonTitles.Contains(before) || lexicon.MonarchTitles.Contains(before) || lexicon.IsRoleWord(before)
            || (before.EndsWith('.') && lexicon.Abbreviations.Contains(before[..^1])));
    }

    /// <summary>Whether the question names, before <paramref name="at"/>, a person its sentence mentions.</summary>
    private static bool NamesPersonBefore(string question, int at, Card card, ArticleAnalysis analysis)
    {
        var before = question.AsSpan(0, at);
        if (card.Type == CardType.Cloze && before.Contains(Card.Blank, StringComparison.Ordinal) && card.AnswerKind == AnswerKind.Person)
        {
            return true;
        }

        foreach (var mention in analysis.Mentions[card.Source.Sentence])
        {
            if (mention.ResolvedKind == MentionKind.Person && mention.Entity is { } person && (before.Contains(person.Name, StringComparison.Ordinal) || before.Contains(mention.Text, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // "She completed her autobiography" resolved to "Anita O'Day completed her …": the name was written in from
        // another sentence, so only the article's people know it.
        foreach (var (_, full) in FullNamesByFirstName.GetValue(analysis, FullNamesOf))
        {
            if (before.Contains(full, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The conference" under the context line "The Madrid Conference, 1991" becomes "the Madrid Conference"; "the
    /// treaty" under "… Security Treaty (ANZUS Treaty), 1951" becomes "the ANZUS Treaty": the name the line gives.
    /// </summary>
    private static string NamedFromContext(string question, string? context, ArticleAnalysis analysis, int sentence, Lexicon lexicon)
    {
        if (string.IsNullOrEmpty(context) || !(HasBackReference(question, lexicon) || GenericName().IsMatch(question)))
        {
            return question;
        }

        // "the conference" under "The Madrid Conference, 1991"; "the Global Coalition" under "Defeat ISIS Coalition
        // confirms …", where a generic adjective names no one coalition.
        // Only the first "the war" of the sentence: the next one reads as the same war, and naming it twice is clumsy
        // ("The Seven Years' War provided … paying the Seven Years' War's expenses").
        var namedNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = DefiniteNoun().Replace(question, match =>
            !namedNouns.Contains(match.Groups["noun"].Value) && ContextName(question, match, context, analysis, sentence, lexicon) is { } name && namedNouns.Add(match.Groups["noun"].Value) ? name : match.Value);
        return GenericName().Replace(named, match =>
            lexicon.GenericNameModifiers.Contains(match.Groups["modifier"].Value) ? ContextName(named, match, context, analysis, sentence, lexicon) ?? match.Value : match.Value);
    }

    /// <summary>
    /// Whether any "the" + noun of the question has a back-reference noun: most have none, and then the replacement
    /// below would only copy the question.
    /// </summary>
    private static bool HasBackReference(string question, Lexicon lexicon)
    {
        var nouns = lexicon.BackReferenceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        foreach (var match in DefiniteNoun().EnumerateMatches(question))
        {
            // The match is "the " or "The " and the noun.
            var noun = question.AsSpan(match.Index + 4, match.Length - 4);
            var lowered = noun.Length <= lower.Length ? lower[..noun.Length] : new char[noun.Length];
            noun.ToLowerInvariant(lowered);
            if (nouns.Contains(lowered))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the" and the name the context line gives for the match's back-reference noun, or <see langword="null"/> when the
    /// match is quoted, its noun points back to nothing, or the line names nothing ending in it.
    /// </summary>
    private static string? ContextName(string question, Match match, string context, ArticleAnalysis analysis, int sentence, Lexicon lexicon)
    {
        var noun = match.Groups["noun"].Value;
        return Quality.CardLinter.InsideQuotation(question, match.Index) || !lexicon.BackReferenceNouns.Contains(noun.ToLowerInvariant()) || NameEndingIn(context, noun) is not { } name
            || !IsName(analysis, context, name) || SaysWhichAlready(question, match.Index + match.Length, name)
            || NamesAnotherJustBefore(analysis, sentence, noun, context, match.Value[(match.Value.IndexOf(' ', StringComparison.Ordinal) + 1)..])
            ? null
            : WithArticle(match.Groups["the"].Value, name);
    }

    /// <summary>
    /// "the" and the name, or the name alone when it holds an owner ("John Jay’s Treaty": "the John Jay’s Treaty" reads
    /// as a slip), capitalised as "The" was.
    /// </summary>
    internal static string WithArticle(string the, string name) =>
        !name.Contains("’s ", StringComparison.Ordinal) && !name.Contains("'s ", StringComparison.Ordinal) ? $"{the} {name}"
        : the == "The" ? string.Concat(name[..1].ToUpperInvariant(), name.AsSpan(1)) : name;

    /// <summary>
    /// Whether the sentence before, or the sentence itself before the noun, names another thing of the noun's kind: a
    /// description points to the latest one named. Under "The Gulf War, 1991", "the war effort" right after "the Iran-Iraq
    /// War of 1980–1988" was that war, and naming it the Gulf War made the card wrong. The generic name being replaced
    /// ("the Global Coalition") is no other, and neither is a name the context line gives ("French and Indian War/Seven
    /// Years’ War": one war by both its names).
    /// </summary>
    private static bool NamesAnotherJustBefore(ArticleAnalysis analysis, int sentence, string noun, string context, string replaced)
    {
        if (sentence >= analysis.Sentences.Count)
        {
            return false;
        }

        var own = analysis.Sentences[sentence].Text;
        var at = own.IndexOf($"the {noun}", StringComparison.OrdinalIgnoreCase);
        var before = at >= 0 ? own[..at] : own;
        return NamesAnother(before, noun, context, replaced) || (sentence > 0 && NamesAnother(analysis.Sentences[sentence - 1].Text, noun, context, replaced));
    }

    private static bool NamesAnother(string text, string noun, string context, string replaced)
    {
        if (!text.Contains(noun, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var name in NamesEndingIn(text, noun))
        {
            if (!context.Contains(name, StringComparison.OrdinalIgnoreCase) && !name.Equals(replaced, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The crisis in Angola" under "The Angola Crisis 1974–75": a phrase after the noun holding a word of the name
    /// already says which, and naming it would write "The Angola Crisis in Angola".
    /// </summary>
    private static bool SaysWhichAlready(string question, int end, string name) =>
        NamingPhrase().Match(question, end) is { Success: true } phrase && phrase.Index == end
        && WholeWord(name, phrase.Groups["word"].Value) >= 0;

    /// <summary>
    /// Whether the name is one: a headline's capitalised words run on past a name ("NASA Launches New Climate Mission to
    /// Study Ocean"), so a run of more than three capitalised words is taken only when the article's text uses it too; so
    /// is a run right after "to" ("Crew-7 to Recount Space Mission"), which is a headline's verb and its object (both
    /// reviewers of set 31 rejected "During the Recount Space Mission, …").
    /// </summary>
    private static bool IsName(ArticleAnalysis analysis, string context, string name)
    {
        if (name.Split(' ').Count(word => char.IsUpper(word[0])) <= 3 && WholeWord(context, "to " + name) < 0)
        {
            return true;
        }

        foreach (var sentence in analysis.Sentences)
        {
            if (WholeWord(sentence.Text, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last name of two or more capitalised words in <paramref name="context"/> that ends with the noun.</summary>
    private static string? NameEndingIn(string context, string noun) => NamesEndingIn(context, noun).LastOrDefault();

    /// <summary>Each name of two or more capitalised words in <paramref name="text"/> that ends with the noun ("Iran-Iraq War").</summary>
    private static IEnumerable<string> NamesEndingIn(string text, string noun)
    {
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var last = run.Value[(run.Value.LastIndexOf(' ') + 1)..];
            if (run.Value.Contains(' ', StringComparison.Ordinal) && last.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                yield return run.Value;
            }
        }
    }

    /// <summary>Each person the sentence names by surname alone, named in full at the first place the question has the surname.</summary>
    private static string FullNames(string question, Card card, ArticleAnalysis analysis)
    {
        if (card.Source.Sentence >= analysis.Mentions.Length)
        {
            return question;
        }

        var titled = TitleName(analysis);
        foreach (var mention in analysis.Mentions[card.Source.Sentence])
        {
            // "Hadid" in a life story titled "Zaha Hadid" is its subject, though the analysis linked the surname to the one
            // other Hadid it named in full, her father.
            if (titled is not null && mention.ResolvedKind is MentionKind.Person or MentionKind.Name && !mention.Text.Contains(' ', StringComparison.Ordinal)
                && titled.EndsWith(" " + mention.Text, StringComparison.Ordinal) && !question.Contains(titled, StringComparison.Ordinal)
                && (titled == NameTitle(analysis) || !OtherOfSurnameNearby(analysis, card.Source.Sentence, titled, mention.Text))
                && WholeWord(question, mention.Text) is var bare and >= 0 && !Quality.CardLinter.InsideQuotation(question, bare)
                && !AfterCapitalisedWord(question, bare))
            {
                question = string.Concat(question.AsSpan(0, bare), titled, question.AsSpan(bare + mention.Text.Length));
                continue;
            }

            // A surname ("Decatur", the "Bush" of "President Bush") or, in a life story, a first name ("Anita") of a person
            // the article names in full.
            var name = EntityTable.TitledSurname(mention.Text, Lexicon.Default) ?? mention.Text;
            if (mention.ResolvedKind != MentionKind.Person || mention.Entity is not { } person || name.Contains(' ', StringComparison.Ordinal)
                || !person.Name.Contains(' ', StringComparison.Ordinal)
                || !(person.Name.EndsWith(" " + name, StringComparison.Ordinal) || person.Name.StartsWith(name + " ", StringComparison.Ordinal)
                    || EntityTable.BareSurname(Surname(person.Name), Lexicon.Default) == name)
                || question.Contains(person.Name, StringComparison.Ordinal) || NamedInFullOnlyLater(analysis.Article.Text, person.Name, mention.Start))
            {
                continue;
            }

            // "Jan Masaryk, son of President Thomas Masaryk": which of two people of one surname is meant is not certain.
            if (PeopleOfSurname(analysis, name).Count > 1)
            {
                continue;
            }

            // "al-Sadr": a surname joined by a hyphen is part of a longer one, already written.
            var at = WholeWord(question, name);
            if (at < 0 || Quality.CardLinter.InsideQuotation(question, at) || (at > 0 && question[at - 1] == '-'))
            {
                continue;
            }

            if (NamesAThing(question, at + name.Length, name, analysis.Article.Text) || TitleWrittenBefore(question, at, person.Name, name))
            {
                continue;
            }

            // "the de Lesseps campaign": a particle the question writes before the surname is the full name's already.
            var end = at + name.Length;
            var particle = ParticleBefore(person.Name, name);
            if (particle.Length > 0 && question.AsSpan(0, at).EndsWith(particle, StringComparison.Ordinal))
            {
                at -= particle.Length;
            }

            // "President Madison": the title stays before the full name.
            question = string.Concat(question.AsSpan(0, at), person.Name, question.AsSpan(end));
        }

        return question;
    }

    /// <summary>
    /// "the reigning emperor Jahangir", with the man named "Emperor Jahangir" elsewhere: the title the full name would add is
    /// the word before the name already ("the reigning emperor Emperor Jahangir": both blind reviewers of round 152, GRAM).
    /// </summary>
    private static bool TitleWrittenBefore(string question, int at, string fullName, string name)
    {
        var before = question.AsSpan(0, at).TrimEnd(' ');
        var word = before[(before.LastIndexOf(' ') + 1)..];
        if (word.IsEmpty)
        {
            return false;
        }

        var added = fullName.AsSpan(0, Math.Max(0, fullName.Length - name.Length)).TrimEnd(' ');
        foreach (var range in added.Split(' '))
        {
            var title = added[range].ToString();
            if (title.Equals(word, StringComparison.OrdinalIgnoreCase) && (Lexicon.Default.IsTitleWord(title) || Lexicon.Default.MonarchTitles.Contains(title)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the article writes the full name only after the surname at <paramref name="at"/>: "known as Bowlegs" in a
    /// chief's first line is not "Billy Bowlegs", a kinsman it names paragraphs later (both blind reviewers of round 146:
    /// wrong). A name the article never writes whole (put together from a title and a surname) is not held against it.
    /// </summary>
    internal static bool NamedInFullOnlyLater(string articleText, string fullName, int at) =>
        articleText.IndexOf(fullName, StringComparison.Ordinal) > at;

    /// <summary>
    /// The lower-case word and space a full name has right before its surname ("de " of "Ferdinand de Lesseps"), or empty.
    /// </summary>
    private static string ParticleBefore(string name, string surname)
    {
        var before = name.AsSpan(0, name.Length - surname.Length).TrimEnd(' ');
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word.Length > 0 && char.IsLower(word[0]) && word.Length < before.Length ? word.ToString() + " " : string.Empty;
    }

    /// <summary>
    /// "Gadsden’s Purchase provided the land …" in an article on the Gadsden Purchase, "The Truman Doctrine arose from …": a
    /// surname, in the possessive or not, before a word it names a thing with elsewhere in the article is that thing's
    /// name, not the person ("James Gadsden’s Purchase" was rejected by a blind reviewer of set 24 as unidiomatic, "The Harry
    /// S. Truman Doctrine" by both of round 100).
    /// </summary>
    private static bool NamesAThing(string question, int afterSurname, string surname, string article)
    {
        var rest = question.AsSpan(afterSurname);
        var possessive = rest.StartsWith("’s ", StringComparison.Ordinal) || rest.StartsWith("'s ", StringComparison.Ordinal);
        if (!possessive && !rest.StartsWith(' '))
        {
            return false;
        }

        rest = rest[(possessive ? 3 : 1)..];
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return end > 1 && char.IsUpper(rest[0]) && WholeWord(article, $"{surname} {rest[..end]}") >= 0;
    }

    /// <summary>
    /// "In 1943, Anita left the band": a first name alone, where the article names one person of that first name in full
    /// ("Anita O'Day"), becomes the full name even when the analysis did not link the two.
    /// </summary>
    private static string FirstNamesInFull(string question, ArticleAnalysis analysis)
    {
        foreach (var (first, full) in FullNamesByFirstName.GetValue(analysis, FullNamesOf))
        {
            var at = WholeWord(question, first);
            var end = at + first.Length;
            if (at >= 0 && !question.Contains(full, StringComparison.Ordinal) && !Quality.CardLinter.InsideQuotation(question, at) && !(end + 1 < question.Length && question[end] == ' ' && char.IsUpper(question[end + 1]))
                && !AfterNameWord(question, at))
            {
                // "James' efforts": the bare apostrophe of a name in "s" takes its "s" after a full name that ends otherwise.
                var bareApostrophe = end < question.Length && question[end] is '\'' or '’' && (end + 1 == question.Length || !char.IsLetter(question[end + 1]))
                    && first.EndsWith('s') && !full.EndsWith('s');
                var written = bareApostrophe ? $"{full}{question[end]}s" : full;
                question = string.Concat(question.AsSpan(0, at), written, question.AsSpan(bareApostrophe ? end + 1 : end));
            }
        }

        return question;
    }

    /// <summary>
    /// "He married secondly Mary, daughter of Sir Nicholas Bagenal": the first names the article brings in alone, by kinship,
    /// are someone's it never names in full, so its full name of that first name ("Mary St. Lawrence", his first wife) may
    /// be another woman's (round 151).
    /// </summary>
    private static HashSet<string> FirstNamesIntroducedAlone(ArticleAnalysis analysis)
    {
        var kin = Lexicon.Default.ReferenceWords["kin-of"];
        var alone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in analysis.Sentences)
        {
            foreach (Match match in FirstNameKinOf().Matches(sentence.Text))
            {
                if (kin.Contains(match.Groups["kin"].Value))
                {
                    alone.Add(match.Groups["first"].Value);
                }
            }
        }

        return alone;
    }

    // "secondly Mary, daughter of", "Anne, the eldest daughter of": a capitalised word after a lower-case one (not inside a
    // longer name), a comma, up to two more words, a noun, "of".
    [GeneratedRegex(@"(?<=\b\p{Ll}+ |^)(?<first>\p{Lu}\p{Ll}+), (?:\p{Ll}+ ){0,2}(?<kin>\p{Ll}+) of\b")]
    private static partial Regex FirstNameKinOf();

    /// <summary>
    /// "In what year did the Boar's Head Browne die?": "the", capitalised words that are no first name and not all titles
    /// or places ("the Prime Minister Blair"), then the surname of someone the article names in full, is the article's label
    /// for one of several people of that name (both blind reviewers of round 140: which Browne?); a capitalised word after
    /// it makes it a thing's name.
    /// </summary>
    private static string? LabelledSurname(string question, ArticleAnalysis analysis)
    {
        var lexicon = Lexicon.Default;
        foreach (Match match in TheLabelSurname().Matches(question))
        {
            var label = match.Groups["label"].Value.TrimEnd(' ');
            var surname = match.Groups["surname"].Value;
            if (!Quality.CardLinter.InsideQuotation(question, match.Index) && PeopleOfSurname(analysis, surname).Count > 0
                && label.Split(' ') is var words && Array.TrueForAll(words, word => !lexicon.FirstNames.Contains(word))
                && !Array.TrueForAll(words, word => lexicon.IsTitleWord(word) || lexicon.Places.ContainsKey(word)))
            {
                return match.Value;
            }
        }

        return null;
    }

    // "the Boar's Head Browne": "the", one to three capitalised words, then a capitalised word with no capital after it.
    [GeneratedRegex(@"\b[Tt]he (?<label>(?:\p{Lu}[\p{L}’'-]* ){1,3})(?<surname>\p{Lu}\p{Ll}+)\b(?! \p{Lu})(?!['’]s)")]
    private static partial Regex TheLabelSurname();

    // "on 1866,", "on _____ and": "on", then a year or the blank alone, then a break or the end.
    [GeneratedRegex(@"(?<![\p{L}])on (?<year>(?:1\d|20)\d\d|_____)(?=[,.;?]| and | but |$)")]
    private static partial Regex OnAYear();

    /// <summary>Whether the question names someone by a bare surname that two people of the article share.</summary>
    private static bool AmbiguousSurname(string question, Card card, ArticleAnalysis analysis)
    {
        if (card.Source.Sentence >= analysis.Mentions.Length)
        {
            return false;
        }

        foreach (var mention in analysis.Mentions[card.Source.Sentence])
        {
            // The analysis leaves a surname two people share unresolved, a name of no kind; one of no kind beside a single
            // person named in full with it is one it could not settle either: "Kohail, 23, of Montreal" beside Mohamed
            // Kohail and his brother, whom it names after a title-like "Sultan" (round 134: which Kohail?).
            if (mention.ResolvedKind is not (MentionKind.Person or MentionKind.Name) || mention.Text.Contains(' ', StringComparison.Ordinal)
                || PeopleOfSurname(analysis, mention.Text) is not { Count: > 0 } people || (people.Count == 1 && mention.ResolvedKind == MentionKind.Person))
            {
                continue;
            }

            var surname = mention.Text;
            // "John Hill" in a life story titled so is named in full, though the analysis knows only his father Francis Hill
            // and his sister Abigail Hill by their whole names.
            if (TitleName(analysis) is { } titled && titled.EndsWith(" " + surname, StringComparison.Ordinal) && !people.Contains(titled))
            {
                people = [.. people, titled];
            }

            var at = WholeWord(question, surname);
            while (at >= 0)
            {
                // "Jan Masaryk" is one of them, named in full.
                var from = at;
                if (!people.Exists(name => from >= name.Length - surname.Length && question.AsSpan(from - (name.Length - surname.Length)).StartsWith(name, StringComparison.Ordinal))
                    && !NamesFamily(question, at + surname.Length))
                {
                    return true;
                }

                var next = WholeWord(question[(at + 1)..], surname);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="end"/> makes the surname before it a family's: "the Kohail brothers".</summary>
    private static bool NamesFamily(string question, int end) => Lexicon.Default.ReferenceWords["kin-group"].Contains(WordAfter(question, end));

    /// <summary>Each article's people (their full names) by surname; worked out once per article, not per card.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ArticleAnalysis, Dictionary<string, List<string>>> PeopleBySurname = [];

    /// <summary>The people the article names in full with <paramref name="surname"/>: more than one, and a bare surname may be either.</summary>
    private static List<string> PeopleOfSurname(ArticleAnalysis analysis, string surname) =>
        PeopleBySurname.GetValue(analysis, PeopleOf).TryGetValue(surname, out var people) ? people : [];

    private static Dictionary<string, List<string>> PeopleOf(ArticleAnalysis analysis)
    {
        var bySurname = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unknownKind = new List<string>();
        foreach (var mention in analysis.AllMentions())
        {
            // The mention's own text too: "Jan Masaryk" named in full is someone, whatever the analysis linked it to.
            foreach (var name in (ReadOnlySpan<string?>)[mention.Entity?.Name, mention.Text])
            {
                // "President Bush" is a title and the surname of someone named in full, not a second Bush.
                if (name is null || !name.Contains(' ', StringComparison.Ordinal) || EntityTable.TitledSurname(name, Lexicon.Default) is not null)
                {
                    continue;
                }

                if (mention.ResolvedKind == MentionKind.Person)
                {
                    AddPerson(bySurname, name);
                }
                else if (mention.ResolvedKind == MentionKind.Name && ReadsAsPersonName(name))
                {
                    unknownKind.Add(name);
                }
            }
        }

        // "Hana Kimura", of no kind, beside the person "Kyoko Kimura": a second Kimura. "South Pacific" shares its last
        // word with no person, and stays out.
        foreach (var name in unknownKind)
        {
            if (bySurname.ContainsKey(Surname(name)))
            {
                AddPerson(bySurname, name);
            }
        }

        return bySurname;
    }

    private static void AddPerson(Dictionary<string, List<string>> bySurname, string name)
    {
        var surname = Surname(name);
        if (!bySurname.TryGetValue(surname, out var names))
        {
            bySurname[surname] = names = [];
        }

        // "Anita O'Day" and "Anita Belle Colton O'Day" are one person: a name that holds another's first name too is the
        // same person's.
        if (!names.Exists(known => known == name || FirstWord(known).SequenceEqual(FirstWord(name))))
        {
            names.Add(name);
        }
    }

    /// <summary>
    /// "Hana Kimura", a name the analysis gave no kind: two or three capitalised words, the first no title, place, people,
    /// month or function word, the last no word for a body, a place or an event ("Security Treaty"). Enough to make her a
    /// second Kimura, whom a bare "Kimura" may mean, though not to ask about her.
    /// </summary>
    private static bool ReadsAsPersonName(string name)
    {
        var words = name.Split(' ');
        var lexicon = Lexicon.Default;
        return words.Length is 2 or 3 && Array.TrueForAll(words, word => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(letter => char.IsLower(letter) || letter is '-' or '\'' or '’'))
            && !lexicon.IsTitleWord(words[0]) && !lexicon.FunctionWords.Contains(words[0]) && !lexicon.Places.ContainsKey(words[0]) && !lexicon.IsDemonym(words[0]) && !lexicon.Months.ContainsKey(words[0])
            && !lexicon.OrganizationWords.Contains(words[^1]) && !Knowledge.Gazetteer.Default.PlaceHeadWords.Contains(words[^1]) && lexicon.EventHead(name) is null;
    }

    /// <summary>Each article's people by the first name only one of them has; worked out once per article, not per card.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ArticleAnalysis, List<(string First, string Full)>> FullNamesByFirstName = [];

    private static List<(string First, string Full)> FullNamesOf(ArticleAnalysis analysis)
    {
        var byFirstName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var mention in analysis.AllMentions())
        {
            if (mention.ResolvedKind == MentionKind.Person && mention.Entity is { } person && person.Name.IndexOf(' ', StringComparison.Ordinal) is var space && space > 0)
            {
                var first = person.Name[..space];
                if (Lexicon.Default.MonarchTitles.Contains(first) || Lexicon.Default.IsTitleWord(first))
                {
                    // "King Hussein", "President Nixon": the title is no first name, and "the King" or "President John F.
                    // Kennedy" may be another (set 28: "the goal set by President Nixon _____", both blind reviewers).
                    continue;
                }

                // Two people of one first name: which one is meant is not certain, so neither is written in; two names of
                // one person ("Anita O'Day", "Anita Belle Colton O'Day") share their surname, and the shorter serves.
                byFirstName[first] = !byFirstName.TryGetValue(first, out var known) || known == person.Name ? person.Name
                    : known is not null && Surname(known) == Surname(person.Name) ? (known.Length <= person.Name.Length ? known : person.Name)
                    : null;
            }
        }

        var names = new List<(string First, string Full)>();
        var lexicon = Lexicon.Default;
        // Most articles give no first name that only one person has: the sentences are read for kinship only when one does.
        var introducedAlone = byFirstName.Values.Any(full => full is not null) ? FirstNamesIntroducedAlone(analysis) : [];
        foreach (var (first, full) in byFirstName)
        {
            // "May", "Will", "Georgia": a first name that is also a month, a word or a place is left alone.
            // "Montana" beside the group "Montana Native Vote", read as a person: a place the WordNet gazetteer knows too.
            if (full is not null && !lexicon.Months.ContainsKey(first) && !lexicon.FunctionWords.Contains(first) && lexicon.PlaceKindOf(first) is null
                && !introducedAlone.Contains(first))
            {
                names.Add((first, full));
            }
        }

        return names;
    }

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static ReadOnlySpan<char> FirstWord(string name) => name.AsSpan(0, name.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : name.Length);

    /// <summary>
    /// What an aside cut from <paramref name="text"/> leaves: a space when it stood between two words with no space on
    /// either side ("partner—SSS Optical Technologies, LLC—were" → "partner were"), else nothing.
    /// </summary>
    internal static string GluedAsideGap(string text, System.Text.RegularExpressions.Match aside)
    {
        var end = aside.Index + aside.Length;
        return aside.Index > 0 && !char.IsWhiteSpace(text[aside.Index - 1]) && end < text.Length && char.IsLetterOrDigit(text[end]) ? " " : "";
    }

    /// <summary>Where <paramref name="word"/> first stands as whole words in the text (outside quotations, if asked), or -1.</summary>
    internal static int WholeWord(string text, string word, bool outsideQuotations = false)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]))
                && !(outsideQuotations && Quality.CardLinter.InsideQuotation(text, at)))
            {
                return at;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\b(?<the>[Tt]he) (?<noun>\p{L}+)\b(?! of\b)(?! \p{Lu})")]
    private static partial Regex DefiniteNoun();

    [GeneratedRegex(@"\b(?<the>[Tt]he) (?<modifier>\p{Lu}\p{Ll}+) (?<noun>\p{Lu}\p{Ll}+)\b(?! of\b)(?! \p{Lu})")]
    private static partial Regex GenericName();

    [GeneratedRegex(@"(?:,| of| in) (?:1[0-9]|20)\d\d(?:[–-](?:\d{4}|\d{2}))?(?:(?:,| and) (?:1[0-9]|20)\d\d(?:[–-](?:\d{4}|\d{2}))?)*$")]
    private static partial Regex ClosingYears();

    [GeneratedRegex(@"(?<from>\d{4})(?:[–-](?<to>\d{4}|\d{2}))?")]
    private static partial Regex YearSpan();

    // "Madrid Conference", "French and Indian War", "ANZUS Treaty": capitalised words, with "and"/"of" inside, no leading "The".
    [GeneratedRegex(@"(?<![\p{L}’'])(?!The\b)\p{Lu}[\p{L}’'.-]*(?: (?:(?:and|of|for|on) )?\p{Lu}[\p{L}’'.-]*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he|him|his|[Hh]er|hers)\b")]
    private static partial Regex PersonalPronoun();

    // " herself" right after a capitalised name and before a lower-case word: "Stuart herself left", not "crowned himself".
    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}'’.-]*) (?:himself|herself|itself|themselves)(?= \p{Ll})")]
    private static partial Regex EmphaticReflexive();

    /// <summary>"an" as the word after it is said ("an Federal" → "a Federal"), keeping its capital; quotations as written.</summary>
    private static string ArticleAgreeing(string question, Match match)
    {
        var word = match.Groups["word"].Value;
        // AvsAn reads letters one by one only for a word in capitals ("an FBI agent"); a lone letter or digits are left.
        // A capital "An" inside the sentence is part of a name, not the article.
        if (word.Length < 2 || (char.IsUpper(match.Groups["article"].Value[0]) && match.Index > 0) || Quality.CardLinter.InsideQuotation(question, match.Index))
        {
            return match.Value;
        }

        var wanted = AvsAnLib.AvsAn.Query(word).Article;
        var article = match.Groups["article"].Value;
        if (wanted.Equals(article, StringComparison.OrdinalIgnoreCase))
        {
            return match.Value;
        }

        var agreeing = char.IsUpper(article[0]) ? char.ToUpperInvariant(wanted[0]) + wanted[1..] : wanted;
        return agreeing + match.Value[article.Length..];
    }

    // "an" as a word, then a space and the word it goes with (letters first: not a blank, a figure or a quotation).
    [GeneratedRegex(@"(?<![\p{L}’'-])(?<article>[Aa]n) (?<word>\p{L}[\p{L}’'-]*)")]
    private static partial Regex IndefiniteArticle();

    /// <summary>
    /// The stem without a heading in capitals that the source ran into its first sentence: "MAXIMIZING AMERICA’S ECONOMIC
    /// AND CULTURAL IMPACT: The 2028 _____ will be …" (a fact sheet's section).
    /// </summary>
    private static string WithoutHeading(string stem)
    {
        if (stem.Length == 0 || !char.IsUpper(stem[0]))
        {
            return stem;
        }

        if (CapitalsHeading().Match(stem) is { Success: true } heading)
        {
            return stem[heading.Length..];
        }

        // "Facilitating access to Ebola vaccines and therapeutics: The vaccines …": a fact sheet's item opens with what
        // is done, as an "-ing" form with no verb of its own, and its sentence only after the colon.
        return stem.Contains(": ", StringComparison.Ordinal) && GerundHeading().Match(stem) is { Success: true } item && IsGerund(item.Groups["word"].ValueSpan) ? stem[item.Length..] : stem;
    }

    /// <summary>Whether the word is a verb's "-ing" form: "Facilitating" of facilitate, "Running" of run, "Building" of build.</summary>
    private static bool IsGerund(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = word[..^3].ToString().ToLowerInvariant();
        var verbs = Lexicon.Default.BaseVerbs;
        return verbs.Contains(stem) || verbs.Contains(stem + "e") || (stem.Length > 2 && stem[^1] == stem[^2] && verbs.Contains(stem[..^1]));
    }

    // Two words or more in capitals (a figure, an apostrophe, "&" or a hyphen inside them), then a colon and the capital or
    // blank that opens the sentence.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d’'&-]*(?:,? \p{Lu}[\p{Lu}\d’'&-]*)+: (?=\p{Lu}|_____)")]
    private static partial Regex CapitalsHeading();

    // An "-ing" word, then at most fourteen more words with no quotation or colon, then a colon and the capital or
    // blank that opens the sentence.
    [GeneratedRegex(@"^(?<word>\p{Lu}\p{Ll}+ing)(?: [^ :;!?""“”]+){0,14}: (?=\p{Lu}|_____)")]
    private static partial Regex GerundHeading();

    /// <summary>
    /// Whether a city (or the blank, when it asks for a place) is set in a country or region: "Kuala Lumpur, Malaysia",
    /// "_____, Malaysia", "Santa Clara, California"; not a blank asking for a war ("which ended the _____, Great Britain
    /// officially acknowledged …").
    /// </summary>
    private static bool IsPlaceInPlace(string place, string region, AnswerKind answerKind)
    {
        var lexicon = Lexicon.Default;
        return lexicon.PlaceKindOf(region) is PlaceKind.Country or PlaceKind.Region
            && (place == Card.Blank ? answerKind == AnswerKind.Place : lexicon.PlaceKindOf(place) == PlaceKind.City);
    }

    /// <summary>
    /// Whether the word is a verb's past, base or auxiliary form: "In Paris, France signed …" opens with a place and has
    /// the country as its subject.
    /// </summary>
    private static bool IsVerb(string word) =>
        Lexicon.Default.IsPastForm(word) || Lexicon.Default.BaseVerbs.Contains(word) || Lexicon.Default.ReferenceWords["auxiliary"].Contains(word);

    // "Kuala Lumpur, Malaysia to Beijing": a place, a comma, a place of one to three capitalised words, then a lower-case
    // word that goes on with the sentence ("and"/"or" may join a list, where the comma is not for this rule to add).
    [GeneratedRegex(@"(?<place>_____|\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,2}), (?<region>\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,2})(?= (?!and\b|or\b)(?<next>\p{Ll}+))")]
    private static partial Regex PlaceInPlace();

    // "a statement by Prime Minister Ehud Olmert, and President Mahmoud Abbas": a comma before the "and" of a pair of
    // names is a slip of the source (a list of three has a comma before its second name, so it never matches).
    [GeneratedRegex(@"\b(?:by|with|between|from|of) (?:\p{Lu}[\p{L}.’'-]* )*(?:\p{Lu}[\p{L}.’'-]*|_____), and (?=\p{Lu}|_____)")]
    private static partial Regex PairComma();

    // "In June, ", "In early March ": a sentence opening with a month and no year after it; not "By June" or "Until June",
    // which bound the fact in time and cannot go.
    [GeneratedRegex(@"^(?:In|During) (?:early |late |mid-)?(?<month>\p{Lu}\p{Ll}+),? (?![\d,])(?=\S)")]
    private static partial Regex UndatedMonthOpener();

    // "In 1950s, …": a decade without its "the"; not one that qualifies a name ("in 1960s Latin America" reads as it is).
    [GeneratedRegex(@"\b(?<word>[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Ff]rom) (?<decade>(?:1\d|20)\d0s)\b(?! \p{Lu})")]
    private static partial Regex DecadeWithoutThe();

    // "was able send an entire squadron": the "to" a source sentence dropped, put back (blind reviewers reject the slip).
    [GeneratedRegex(@"\bable (?!to\b)(?<verb>\p{Ll}+)\b")]
    private static partial Regex AbleWithoutTo();

    // "Former" after a lower-case word or a comma and before a capitalised title or name.
    [GeneratedRegex(@"(?<=[\p{Ll},;:] )Former(?= \p{Lu})")]
    private static partial Regex MidSentenceFormer();

    /// <summary>
    /// Whether the link stands between two clauses: a listed finite verb before it, not right before it ("was, in fact,
    /// the first mission" goes on with the verb's complement), and after it a word that is no verb, where a new subject
    /// begins ("The armed forces, however, said …" has its verb only after the link).
    /// </summary>
    private static bool BetweenClauses(string question, Match link)
    {
        var lexicon = Lexicon.Default;
        var after = link.Index + link.Length + 1;
        var next = question.IndexOf(' ', after) is var space and > 0 ? question[after..space] : question[after..];
        var before = question[..link.Index].Split(' ');
        if (IsFiniteVerb(next, lexicon) || IsFiniteVerb(before[^1], lexicon))
        {
            return false;
        }

        foreach (var word in before)
        {
            if (word.Length > 0 && char.IsLower(word[0]) && IsFiniteVerb(word, lexicon))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFiniteVerb(string word, Lexicon lexicon) =>
        word is "is" or "was" or "are" or "were" or "has" or "had" or "have" || lexicon.VerbsByPast.ContainsKey(word) || lexicon.VerbsByThirdPerson.ContainsKey(word);

    /// <summary>
    /// "the Senate" and "the House of Representatives" as the United States' chambers, where the article names the United
    /// States in more sentences than any other country and in at least two: a bare chamber of an article about another
    /// country, or about several alike, is left as it is.
    /// </summary>
    private static string UnitedStatesChamber(string question, ArticleAnalysis analysis)
    {
        if (!BareChamber().IsMatch(question))
        {
            return question;
        }

        var sentencesByCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mentions in analysis.Mentions)
        {
            foreach (var country in mentions.Where(mention => mention.ResolvedKind == MentionKind.Place && mention.Entity is { PlaceKind: PlaceKind.Country })
                .Select(mention => mention.Entity!.Name).Distinct(StringComparer.Ordinal))
            {
                sentencesByCountry[country] = sentencesByCountry.GetValueOrDefault(country) + 1;
            }
        }

        var ranked = sentencesByCountry.OrderByDescending(pair => pair.Value).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Key != UnitedStates || ranked[0].Value < 2 || (ranked.Count == 2 && ranked[1].Value == ranked[0].Value))
        {
            return question;
        }

        return BareChamber().Replace(question, match => Quality.CardLinter.InsideQuotation(question, match.Index) ? match.Value
            : $"{match.Groups["the"].Value} U.S. {match.Groups["chamber"].Value}");
    }

    /// <summary>The name the gazetteer gives the United States.</summary>
    private const string UnitedStates = "United States";

    // "the Senate", "The House of Representatives": a chamber with no country before it.
    [GeneratedRegex(@"\b(?<the>[Tt]he) (?<chamber>Senate|House of Representatives)\b")]
    private static partial Regex BareChamber();

    // "Decatur also secured", "and also called for": the link to the sentence before goes, the statement stays true.
    /// <summary>Whether the words are one of the discourse links the lexicon lists ("however", "in turn").</summary>
    private static bool IsDiscourseLink(string words)
    {
        var parts = words.Split(' ');
        return Lexicon.Default.DiscourseLinksByFirstWord.TryGetValue(parts[0], out var links)
            && links.Any(link => link.Words.Count == parts.Length && link.Words.SequenceEqual(parts, StringComparer.OrdinalIgnoreCase));
    }

    // A question opening with a clause or a phrase that a comma must close: "As the Navy tightened its blockade, …", "Even
    // at the European level, however, …" (round 136: both blind reviewers found the stem without its comma ungrammatical).
    [GeneratedRegex(@"^(?:Even )?(?i:As|When|While|After|Before|Because|If|Although|Though|Once|Since|Until|Unless|Whereas|In|On|At|By|During|For|With|Despite|Following|Under|Without)\b")]
    private static partial Regex SubordinateOpener();

    // ", however,", ", in turn,": one or two lower-case words between commas, before the clause goes on.
    [GeneratedRegex(@"(?<=\p{L}), (?<link>\p{Ll}+(?: \p{Ll}+)?),(?= \p{Ll})")]
    private static partial Regex LinkBetweenCommas();

    /// <summary>
    /// "Both Trump and Sanders also won the primary elections in New Hampshire in 2016", after "… won the … primaries" on
    /// Tuesday: when a year or a date is asked, an "also" before a verb one of the two sentences before used says the same
    /// thing happened at another time, and without it that time fits the blank too. The "also" stays, and the linter
    /// turns the card away.
    /// </summary>
    private static bool RepeatsAnEarlierTime(string question, Card card, ArticleAnalysis analysis)
    {
        if (card.AnswerKind is not (AnswerKind.Year or AnswerKind.Date))
        {
            return false;
        }

        foreach (Match also in Also().Matches(question))
        {
            var after = question.AsSpan(also.Index + also.Length);
            var verb = after[..(after.IndexOfAny(' ', ',') is var space and >= 0 ? space : after.Length)].ToString();
            for (var index = Math.Max(0, card.Source.Sentence - 2); index < card.Source.Sentence; index++)
            {
                if (WholeWord(analysis.Sentences[index].Text, verb) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"_____ also known as …": "also" before a word of naming gives a second name, and stays.</summary>
    private static bool NamesAgain(string question, Match also) =>
        Lexicon.Default.ReferenceWords["naming-participle"].Contains(WordAfter(question, also.Index + also.Length - 1));

    /// <summary>"also" between a word (or the blank: "President _____ also participated") and a lower-case word.</summary>
    [GeneratedRegex(@"(?<=[\p{L}_]) also (?=\p{Ll})")]
    private static partial Regex Also();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+ing\b[^,]*, ")]
    private static partial Regex LeadingParticiplePhrase();

    // " in Angola", " of the Bretton Woods": a phrase right after a noun that names which one.
    [GeneratedRegex(@"\G (?:in|of|at|on|over|with|for) (?:the )?(?<word>\p{Lu}[\p{L}-]+)")]
    private static partial Regex NamingPhrase();

    /// <summary>"40-year-old " (after "the" or not) before a capitalised name or the blank, opening the question or after a word.</summary>
    [GeneratedRegex(@"(?:^|(?<=\p{L},? ))(?:[Tt]he )?\d{1,3}-year-old (?=\p{Lu}\p{Ll}|_{5})")]
    private static partial Regex AgeBeforeName();

    /// <summary>The units <see cref="UnhyphenatedMeasure"/> reads, after a space: one scan rules out most questions.</summary>
    private static readonly System.Buffers.SearchValues<string> MeasureUnits =
        System.Buffers.SearchValues.Create([" year", " month", " week", " day", " hour", " minute", " mile"], StringComparison.Ordinal);

    /// <summary>
    /// "2000 year old ", "two year ": a count above one (a four-digit one only before "old", where it is no year) and a
    /// unit in the singular, before a word in lower case.
    /// </summary>
    [GeneratedRegex(@"(?<![\d,.$£€_-])\b(?:(?:[2-9]|[1-9]\d{1,2}|\d{1,3}(?:,\d{3})+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred) (?:year|month|week|day|hour|minute|mile)(?: old)?|\d{4} (?:year|month|week|day) old) (?=\p{Ll})")]
    private static partial Regex UnhyphenatedMeasure();

    // A year: the one a question is anchored in ("in 2014", "October 30, 1991"), or the one a year or date answer names.
    [GeneratedRegex(@"\b(?:1[0-9]|20)[0-9]{2}\b")]
    private static partial Regex Year();
}

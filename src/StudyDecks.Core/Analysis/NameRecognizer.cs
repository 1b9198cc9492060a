using System.Text.RegularExpressions;
using StudyDecks.Core.Knowledge;

namespace StudyDecks.Core.Analysis;

/// <summary>
/// Finds runs of capitalised words ("US Secretary of State Antony Blinken", "Syrian Democratic Forces") and sorts
/// them into people, places and organisations with the gazetteers and a few cues: a known first name, a role word
/// before the name, a speech verb beside it, an organisation word inside it. A role in front of a person
/// ("Iraqi Foreign Minister") is split off and reported as a <see cref="NameRun.RolePrefixStart"/>.
/// </summary>
internal sealed partial class NameRecognizer(Lexicon lexicon)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "the", "de", "di", "da", "del", "van", "von", "der", "bin", "al", "du", "la", "le", "to", "on", "and", "&" };
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Gen.", "Sen.", "Gov.", "Rep.", "Sir", "Dame", "Lord", "Lady" };

    public List<NameRun> Runs(Sentence sentence, List<Token> tokens)
    {
        var runs = new List<NameRun>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsRun(tokens, i))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && Adjacent(sentence.Text, tokens[end - 1], tokens[end]) && !tokens[end - 1].IsPossessive && ContinuesRun(tokens, i, end))
            {
                end++;
            }

            // A connector never ends a run: "Department of" → "Department".
            while (end - 1 > i && !tokens[end - 1].IsCapitalized && !tokens[end - 1].IsNumeric)
            {
                end--;
            }

            // "Jeff Gordon of Hendrick Motorsports", "Yvo de Boer of the UNFCCC": a person, then what they belong to.
            if (PersonBeforeOf(sentence, tokens, i, end) is { } person)
            {
                runs.Add(new NameRun(person.Start, person.End, MentionKind.Person) { RolePrefixStart = person.Start > i ? i : -1 });
                i = person.End + 1;
                continue;
            }

            runs.Add(Classify(sentence, tokens, i, end));
            i = end;
        }

        return NamesModifyingNouns(OwnersOfPeople(runs, tokens), tokens);
    }

    /// <summary>
    /// "the third in a Marshall Star series profiling team members", "the Marshall Star editor": a name of two or more
    /// words between "a" and a noun in lower case names the kind of series, report or show, as "a New York Times report"
    /// does, and between "the" and a noun for a kind of person says whose editor; it is no person, whatever first name it
    /// starts with (read as one, it stood for "he" and for "Marshall" in set 31's cards). Its kind is left unknown.
    /// </summary>
    private List<NameRun> NamesModifyingNouns(List<NameRun> runs, List<Token> tokens)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (run.Kind == MentionKind.Person && run.RolePrefixStart < 0 && run.End - run.Start >= 2 && run.Start > 0
                && run.End < tokens.Count && !tokens[run.End - 1].IsPossessive && IsLowerCaseNoun(tokens[run.End])
                && (tokens[run.Start - 1].Text is "a" or "an" || (tokens[run.Start - 1].Text is "the" && lexicon.PersonNouns.Contains(tokens[run.End].Text))))
            {
                runs[r] = run with { Kind = MentionKind.Name };
            }
        }

        return runs;
    }

    /// <summary>A word in lower case that is no function word ("series", not "of").</summary>
    private bool IsLowerCaseNoun(Token word) =>
        word.Text.Length > 0 && char.IsLower(word.Text[0]) && !lexicon.IsLowerFunctionWord(word.Text);

    /// <summary>
    /// "Van Halen guitarist David Lee Roth", "Chelsea skipper John Terry": a name before a noun for a kind of person and
    /// another person's name says whose guitarist or skipper that person is: a band, a club, a party, not a person,
    /// whatever first name it starts with. Its kind is left unknown.
    /// </summary>
    private List<NameRun> OwnersOfPeople(List<NameRun> runs, List<Token> tokens)
    {
        for (var r = 0; r + 1 < runs.Count; r++)
        {
            var (owner, person) = (runs[r], runs[r + 1]);
            if (owner.Kind == MentionKind.Person && owner.RolePrefixStart < 0 && person.Kind == MentionKind.Person && person.Start == owner.End + 1
                && char.IsLetter(tokens[owner.End - 1].FollowedBy) && tokens[owner.End] is { IsCapitalized: false } noun && char.IsUpper(noun.FollowedBy) && lexicon.PersonNouns.Contains(noun.Text))
            {
                runs[r] = owner with { Kind = MentionKind.Name };
            }
        }

        return runs;
    }

    /// <summary>
    /// The full personal name before the first "of" of the run (after a title, if any), or <see langword="null"/>. A
    /// lone word before it is a title or a body ("Duke of Newcastle", "Bank of England"), never split.
    /// </summary>
    private (int Start, int End)? PersonBeforeOf(Sentence sentence, List<Token> tokens, int start, int end)
    {
        for (var of = start + 2; of < end - 1 && of <= start + 5; of++)
        {
            if (tokens[of].Text == "of")
            {
                return FindPerson(sentence, tokens, start, of) is { } person && person.End == of && person.End - person.Start >= 2
                    && !IsKnownPlaceName(sentence, tokens, person.Start, of, strongCue: false) ? person : null;
            }
        }

        return null;
    }

    private bool StartsRun(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsCapitalized || (lexicon.Months.ContainsKey(token.Text.TrimEnd('.')) && !IsFirstNameNotMonth(tokens, i)) || token.Text.EndsWith("day", StringComparison.Ordinal) && token.Text.Length <= 9 && char.IsUpper(token.Text[0]) && Weekdays.Is(token.Text))
        {
            return false;
        }

        return !lexicon.FunctionWords.Contains(token.Text) || token.IsAcronym;
    }

    /// <summary>
    /// "Jan Masaryk": a month's three-letter short form, without its period, before a capitalised word that is no month,
    /// weekday or figure is the first name it also is (a month so written comes before a day or a year).
    /// </summary>
    private bool IsFirstNameNotMonth(List<Token> tokens, int i) =>
        tokens[i].Text.Length == 3 && lexicon.FirstNames.Contains(tokens[i].Text) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
        && !lexicon.Months.ContainsKey(tokens[i + 1].Text.TrimEnd('.')) && !Weekdays.Is(tokens[i + 1].Text) && !lexicon.FunctionWords.Contains(tokens[i + 1].Text);

    private bool ContinuesRun(List<Token> tokens, int start, int index)
    {
        var token = tokens[index];
        if (token.IsCapitalized)
        {
            // "World War Two": a number word written with a capital inside a run is part of the name.
            return !lexicon.Months.ContainsKey(token.Text.TrimEnd('.')) && !Weekdays.Is(token.Text)
                && !(lexicon.FunctionWords.Contains(token.Text) && !token.IsAcronym && token.Text is not ("More" or "Sun") && !lexicon.NumberWords.ContainsKey(token.Text));
        }

        if (token.IsNumeric)
        {
            return false;
        }

        // "Department of State", "Special Envoy for the Global Coalition", "Coalition to Defeat ISIS".
        if (!Connectors.Contains(token.Text) || index + 1 >= tokens.Count || !(tokens[index + 1].IsCapitalized || (Connectors.Contains(tokens[index + 1].Text) && index + 2 < tokens.Count && tokens[index + 2].IsCapitalized)))
        {
            return false;
        }

        var previous = tokens[index - 1].Text;
        return token.Text switch
        {
            "to" => lexicon.OrganizationWords.Contains(previous),
            // "Treaty of Commerce and Navigation": in the name of a treaty or law, "and" joins what it is of; "the Treaty of
            // Paris and Spain" joins two names.
            "and" => index > start + 1 && lexicon.EventWords.Contains(tokens[start].Text) && tokens[index - 2].Text == "of"
                && !lexicon.Places.ContainsKey(previous) && !lexicon.Places.ContainsKey(tokens[index + 1].Text) && !lexicon.FirstNames.Contains(tokens[index + 1].Text),
            "&" => false,
            "the" => tokens[index - 1].Text is "of" or "for",
            "on" => lexicon.OrganizationWords.Contains(previous),
            "for" => lexicon.OrganizationWords.Contains(previous) || lexicon.IsRoleWord(previous) || (index > start && EndsInEventWord(tokens, index + 1)),
            // "the Palestinians of the West Bank": a people and where they live, not one body's name.
            "of" => index > start && !lexicon.IsDemonym(previous),
            _ => index > start,
        };
    }

    /// <summary>
    /// Whether the capitalised words from <paramref name="from"/> end in a word that names a law or treaty: "Affordable
    /// Health Care for America Act" is one bill's name, not "America Act" after a phrase (set 94 blanked "for _____").
    /// </summary>
    private bool EndsInEventWord(List<Token> tokens, int from)
    {
        var last = from;
        while (last + 1 < tokens.Count && char.IsLetter(tokens[last].FollowedBy) && !tokens[last].IsPossessive
            && tokens[last + 1].IsCapitalized && !lexicon.FunctionWords.Contains(tokens[last + 1].Text))
        {
            last++;
        }

        return last > from && lexicon.EventWords.Contains(tokens[last].Text);
    }

    private static bool Adjacent(string text, Token previous, Token next)
    {
        var gapStart = previous.End + (previous.IsPossessive ? 2 : 0);
        for (var i = gapStart; i < next.Start; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private NameRun Classify(Sentence sentence, List<Token> tokens, int start, int end)
    {
        // Looked up as a span: most runs are not places, and their text is not needed as a string.
        var text = sentence.Text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
        var place = lexicon.PlaceAliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var canonical)
            ? lexicon.Places.GetValueOrDefault(canonical)
            : lexicon.Places.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var named) ? named : null;
        if (place is not null)
        {
            return new NameRun(start, end, MentionKind.Place) { PlaceKind = place.Kind };
        }

        if (end - start == 1 && lexicon.Demonyms.ContainsKey(tokens[start].Text))
        {
            return new NameRun(start, end, MentionKind.Name) { IsDemonym = true };
        }

        // Before people: "Carolina Panthers" starts with a first name, "Harris Treaty" with a surname.
        if (IsTeam(sentence, tokens, start, end))
        {
            return new NameRun(start, end, MentionKind.Organization);
        }

        // An organisation word makes a body even with an event word in it ("United Nations Climate Change Conference").
        var organizationWord = FirstOrganizationWord(tokens, start, end);
        if (end - start >= 2 && organizationWord < 0 && lexicon.EventHead(text.ToString()) is not null)
        {
            return new NameRun(start, end, MentionKind.Event);
        }

        var person = FindPerson(sentence, tokens, start, end);

        // "Stefan W": a surname cut to its initial is a name the press withholds; no one can learn who it is.
        if (person is { } withheld && withheld.End - withheld.Start >= 2 && tokens[withheld.End - 1].Text.TrimEnd('.') is { Length: 1 } initial && char.IsUpper(initial[0]))
        {
            return new NameRun(withheld.Start, withheld.End, MentionKind.Name);
        }

        if (person is { } found)
        {
            // A first name or a speech verb is weak evidence beside real-world knowledge: "Merritt Island" is a place.
            // Its kind stays unknown, so it is neither asked about nor offered as a place.
            return IsKnownPlaceName(sentence, tokens, found.Start, found.End, strongCue: found.Start > start || HasStrongPersonCue(tokens, found.Start, found.End))
                ? new NameRun(found.Start, found.End, MentionKind.Place)
                : new NameRun(found.Start, found.End, MentionKind.Person) { RolePrefixStart = found.Start > start ? start : -1 };
        }

        // "Acting US Special Envoy for the Global Coalition" and "State Department Spokesperson" are roles, not organisations.
        if (HasRoleHead(tokens, start, end))
        {
            return new NameRun(start, end, MentionKind.Name);
        }

        if (organizationWord >= 0)
        {
            var orgStart = start;
            while (orgStart < organizationWord && (tokens[orgStart].Text.EndsWith("-led", StringComparison.Ordinal) || tokens[orgStart].Text.EndsWith("-based", StringComparison.Ordinal)))
            {
                orgStart++;
            }

            return new NameRun(orgStart, end, MentionKind.Organization);
        }

        if (end - start == 1 && tokens[start].IsAcronym)
        {
            return new NameRun(start, end, MentionKind.Organization);
        }

        // "the Gaza Strip", "West Germany", "Nevada": a name that real-world knowledge holds as a place, and as no person or
        // body, is one, though the article's own list of places lacks it. One word counts only for a country or a state: a
        // word that names only a region or a river is more often something else ("East" a direction, "Republican" a party),
        // and a town ("Reading", "Wuhan") is left to the place list: with every such town typed, BenchmarkDotNet measured
        // generating the 10 MB corpus allocate 4.6 times as much (a program timing the same call outside it did not; the
        // cause is not found).
        if (Lexicon.KnownPlaceOf(text) is { } known
            && (end - start >= 2 || known.Kind is KnownPlaceKind.Country or KnownPlaceKind.State))
        {
            return new NameRun(start, end, MentionKind.Place) { PlaceKind = Lexicon.KindOf(known) };
        }

        return new NameRun(start, end, MentionKind.Name);
    }

    /// <summary>
    /// "Denver Broncos", "New York Yankees": a known place followed by one plural name is a team, unless the plural is a
    /// surname ("Victoria Adams") or a place's head word ("Virgin Islands").
    /// </summary>
    private bool IsTeam(Sentence sentence, List<Token> tokens, int start, int end)
    {
        var last = tokens[end - 1].Text;
        if (end - start < 2 || end - start > 4 || last.Length < 4 || !last.EndsWith('s') || last.EndsWith("ss", StringComparison.Ordinal) || !IsNamePart(tokens[end - 1])
            || lexicon.LastNames.Contains(last) || Gazetteer.Default.PlaceHeadWords.Contains(last) || Gazetteer.Default.PlaceHeadWords.Contains(last[..^1]))
        {
            return false;
        }

        var place = sentence.Text.AsSpan(tokens[start].Start, tokens[end - 2].End - tokens[start].Start);
        return lexicon.IsKnownPlace(place);
    }

    private (int Start, int End)? FindPerson(Sentence sentence, List<Token> tokens, int start, int end)
    {
        if (AfterTitle(tokens, start, end) is { } titled)
        {
            return titled;
        }

        // "King Hussein", "Spanish King Louis XV", "Emperor Meiji": a monarch goes by one name (and a regnal number), and
        // the title stays in the person's name, so that "King Hussein" is never taken for "Saddam Hussein".
        for (var p = start + 1; p < end; p++)
        {
            if (lexicon.MonarchTitles.Contains(tokens[p - 1].Text) && tokens[p - 1].IsCapitalized && IsNamePart(tokens[p])
                && (end - p == 1 || (end - p == 2 && RegnalNumber().IsMatch(tokens[p + 1].Text))))
            {
                return (p - 1, end);
            }
        }

        // A person the gazetteer knows by this full name: "Saddam Hussein", "Thelonious Monk", and after a rank or title the
        // gazetteer does not list, "Lieutenant Colonel George Washington". A known name is a person's even where a word of
        // it names a place ("Washington").
        for (var p = start; p <= end - 2; p++)
        {
            if (IsNamePart(tokens[p]) && !lexicon.PersonTitles.Contains(tokens[p].Text) && !lexicon.MonarchTitles.Contains(tokens[p].Text) && !EndsPlace(sentence, tokens, start, p) && Gazetteer.Default.IsPerson(sentence.Text.AsSpan(tokens[p].Start, tokens[end - 1].End - tokens[p].Start)))
            {
                return (p, end);
            }
        }

        // A known first name is the best anchor: "Secretary of the Treasury John Connally".
        for (var p = start; p < end; p++)
        {
            // "to Central America William S. Murphy": a first name ("America") that ends a place the run opens with is the place's.
            if (lexicon.FirstNames.Contains(tokens[p].Text) && !EndsPlace(sentence, tokens, start, p) && PersonFrom(tokens, p, end) is { } byName)
            {
                // "Antonín Leopold Dvořák": a word with letters no English word has, opening the run just before the known
                // first name, is a first name the lexicon does not know, and the known one a middle name.
                // "Abu Ibrahim al-Hashimi al-Qurashi": a word that opens names ("Abu") just before the first name is the name's.
                return byName.Start == p && p > start && (ForeignGivenName(tokens[p - 1]) ? p == start + 1 : lexicon.NameOpeners.Contains(tokens[p - 1].Text))
                    && PersonFrom(tokens, p - 1, end) is { } fuller ? fuller : byName;
            }
        }

        // Otherwise the name follows a role word or honorific ("Foreign Minister Fuad Hussein", "Dr. Fuad Hussein"),
        // or the whole run is a name with a cue around it ("Mazloum Abdi, the head of …").
        for (var p = start; p < end; p++)
        {
            // "Foreign Minister Fuad Hussein", "Dr. Fuad Hussein", "Secretary of State Antony Blinken".
            var afterRole = p > start && (lexicon.IsRoleHead(tokens[p - 1].Text) || Honorifics.Contains(tokens[p - 1].Text)
                || (p - start >= 3 && lexicon.IsRoleHead(tokens[p - 3].Text) && tokens[p - 2].Text == "of" && tokens[p - 1].IsCapitalized)
                || (p == start + 1 && RoleToPlaceBefore(tokens, start)));
            if ((afterRole || (p == start && (AfterPersonNoun(sentence, tokens, start) || HasPersonCue(sentence, tokens, start, end)))) && PersonFrom(tokens, p, end) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// "Chinese Ambassador to Poland Wang Bingnan": a run that opens with the place a role before it is held to or of ends
    /// the role there, and the words after the place are the holder's name.
    /// </summary>
    private bool RoleToPlaceBefore(List<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Text is "to" or "of" && lexicon.IsRoleHead(tokens[start - 2].Text) && lexicon.Places.ContainsKey(tokens[start].Text);

    /// <summary>
    /// "linebacker Von Miller", "jazz greats Louis Armstrong": a common noun for a kind of person just before the name
    /// says what the name is.
    /// </summary>
    private bool AfterPersonNoun(Sentence sentence, List<Token> tokens, int start)
    {
        if (start == 0 || tokens[start - 1] is not { IsCapitalized: false } noun || sentence.Text.AsSpan(noun.End, tokens[start].Start - noun.End).Trim().Length != 0)
        {
            return false;
        }

        return lexicon.IsPersonNoun(noun.Text);
    }

    /// <summary>
    /// "Professor Eastman", "Dr. Li", "Ms Bauchtman", "Associate Professor Jane Doe": after a title the rest of the run
    /// is a name, and a lone word is a surname (the title is not part of the name).
    /// </summary>
    private (int Start, int End)? AfterTitle(List<Token> tokens, int start, int end)
    {
        var name = start;
        while (name < end && (lexicon.PersonTitles.Contains(tokens[name].Text) || lexicon.RoleModifiers.Contains(tokens[name].Text)))
        {
            name++;
        }

        if (name == start || name == end || !lexicon.PersonTitles.Contains(tokens[name - 1].Text))
        {
            return null;
        }

        // "Sir Elton" is a first name after its title; after an abbreviated title ("Dr. James", "Lt. Gen. James") a lone
        // word is the surname even where it is also a first name.
        return end - name == 1 && IsNamePart(tokens[name]) && (!lexicon.FirstNames.Contains(tokens[name].Text) || tokens[name - 1].Text.EndsWith('.'))
            ? (name, end)
            : PersonFrom(tokens, name, end);
    }

    /// <summary>Whether the word at <paramref name="last"/> ends a place of two or more words that starts in the run.</summary>
    private bool EndsPlace(Sentence sentence, List<Token> tokens, int start, int last)
    {
        var places = lexicon.Places.GetAlternateLookup<ReadOnlySpan<char>>();
        var aliases = lexicon.PlaceAliases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var first = Math.Max(start, last - 3); first < last; first++)
        {
            var text = sentence.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
            if (places.ContainsKey(text) || aliases.ContainsKey(text) || Gazetteer.Default.IsPlace(text))
            {
                return true;
            }
        }

        return false;
    }

    private bool ForeignGivenName(Token token) =>
        IsNamePart(token) && !token.IsAcronym && token.Text.Any(letter => letter > '\u007f' && char.IsLetter(letter)) && token.Text.All(char.IsLetter)
        && !lexicon.Places.ContainsKey(token.Text) && !lexicon.Demonyms.ContainsKey(token.Text) && !lexicon.IsRoleWord(token.Text);

    private (int Start, int End)? PersonFrom(List<Token> tokens, int p, int end)
    {
        if (Honorifics.Contains(tokens[p].Text) || lexicon.PersonTitles.Contains(tokens[p].Text) || !IsNamePart(tokens[p]))
        {
            return null;
        }

        var stop = p + 1;
        while (stop < end && stop - p < 4 && IsNamePart(tokens[stop]))
        {
            stop++;
        }

        return stop == end && stop - p >= 2 ? (p, stop) : null;
    }

    /// <summary>
    /// Whether the gazetteer knows the name as a place and not as a person, or its last word says it is a place
    /// ("Merritt Island", "Hudson River"). A head word is only a hint: it yields to a <paramref name="strongCue"/> (a
    /// role or title before the name, a speech verb after it: "Linda Park said") and to a known surname ("Lake"). A
    /// lone surname after a title is a person even where a town has the name ("Professor Durham").
    /// </summary>
    private bool IsKnownPlaceName(Sentence sentence, List<Token> tokens, int start, int end, bool strongCue)
    {
        var gazetteer = Gazetteer.Default;
        var name = sentence.Text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
        if ((end - start >= 2 || !strongCue) && gazetteer.IsPlace(name) && !gazetteer.IsPerson(name))
        {
            return true;
        }

        var last = tokens[end - 1].Text;
        return !strongCue && end - start >= 2 && ((gazetteer.PlaceHeadWords.Contains(last) && !lexicon.LastNames.Contains(last)) || TownInRegion(sentence, tokens, start, end));
    }

    /// <summary>
    /// "in Santa Clarita, California", "from Port Arthur, Texas": a name after "in", "from" or "near" and set off before a
    /// country or region is a town there, though its words are first names.
    /// </summary>
    private bool TownInRegion(Sentence sentence, List<Token> tokens, int start, int end)
    {
        if (start == 0 || tokens[start - 1].Text is not ("in" or "from" or "near"))
        {
            return false;
        }

        var after = sentence.Text.AsSpan(tokens[end - 1].End);
        if (!after.StartsWith(", ", StringComparison.Ordinal))
        {
            return false;
        }

        after = after[2..];
        var stop = after.IndexOfAny(RegionEnd);
        var region = stop < 0 ? after : after[..stop];
        return lexicon.Places.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(region, out var place) && place.Kind is PlaceKind.Country or PlaceKind.Region;
    }

    private static readonly System.Buffers.SearchValues<char> RegionEnd = System.Buffers.SearchValues.Create(",.;:)!?");

    /// <summary>A title, honorific or role word just before the name, or a speech verb just after it.</summary>
    private bool HasStrongPersonCue(List<Token> tokens, int start, int end)
    {
        if (start > 0 && tokens[start - 1].Text is var before
            && (lexicon.IsRoleHead(before) || Honorifics.Contains(before) || lexicon.PersonTitles.Contains(before)))
        {
            return true;
        }

        return end < tokens.Count && lexicon.SpeechVerbs.Contains(tokens[end].Text);
    }

    /// <summary>The index of the run's first organisation word ("Forces", "Department"), or -1.</summary>
    private int FirstOrganizationWord(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (lexicon.OrganizationWords.Contains(tokens[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    private bool HasRoleHead(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (lexicon.IsRoleHead(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNamePart(Token token) =>
        (token.IsCapitalized || lexicon.NameParticles.Contains(token.Text))
        && !token.IsAcronym && !lexicon.OrganizationWords.Contains(token.Text) && !lexicon.IsRoleWord(token.Text)
        && !lexicon.Places.ContainsKey(token.Text) && !lexicon.Demonyms.ContainsKey(token.Text) && (!token.Text.Contains('-', StringComparison.Ordinal) || IsHyphenatedName(token.Text));

    /// <summary>
    /// "Min-Woo", "Lung-bin", "al-Megrahi" are names; "Kurdish-led", "US-backed" and "Mexican-American" are not: no part
    /// is a place, a people, a function word or a participle.
    /// </summary>
    private bool IsHyphenatedName(string text)
    {
        foreach (var part in text.Split('-'))
        {
            if (part.Length == 0 || !part.All(char.IsLetter) || part.EndsWith("ed", StringComparison.Ordinal) || lexicon.Places.ContainsKey(part)
                || lexicon.Demonyms.ContainsKey(part) || (part != "al" && lexicon.FunctionWords.Contains(part)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A role word just before the name, a speech verb beside it, or an apposition after it.</summary>
    private bool HasPersonCue(Sentence sentence, List<Token> tokens, int start, int end)
    {
        if (end - start is < 2 or > 4)
        {
            return false;
        }

        if (start > 0 && (lexicon.IsRoleHead(tokens[start - 1].Text) || lexicon.SpeechVerbs.Contains(tokens[start - 1].Text) || Honorifics.Contains(tokens[start - 1].Text))
            && sentence.Text[tokens[start - 1].End..tokens[start].Start].Trim().Length == 0)
        {
            return true;
        }

        if (end < tokens.Count && lexicon.SpeechVerbs.Contains(tokens[end].Text))
        {
            return true;
        }

        // "Mazloum Abdi, the head of …", "Masoud Barzani, now head of …"
        if (end < tokens.Count && sentence.Text[tokens[end - 1].End..tokens[end].Start].Trim() == ",")
        {
            for (var i = end; i < Math.Min(tokens.Count, end + 3); i++)
            {
                if (lexicon.IsRoleHead(tokens[i].Text))
                {
                    return true;
                }
            }
        }

        // "the head of the Coalition’s main partner in Syria, the Kurdish-led Syrian Democratic Forces (SDF), Mazloum Abdi"
        if (HeadOfBefore().IsMatch(sentence.Text.AsSpan(0, tokens[start].Start)))
        {
            return true;
        }

        // "Acting US Special Envoy for the Global Coalition, John Godfrey," / "Foreign Minister, Luigi Di Maio,"
        if (start > 0 && sentence.Text[tokens[start - 1].End..tokens[start].Start].Trim() == ",")
        {
            for (var i = start - 1; i >= 0 && i >= start - 10 && (tokens[i].IsCapitalized || Connectors.Contains(tokens[i].Text)); i--)
            {
                if (lexicon.IsRoleHead(tokens[i].Text))
                {
                    return true;
                }
            }
        }

        if (IsSaidToBeAPerson(tokens, start, end))
        {
            return true;
        }

        return lexicon.LastNames.Contains(tokens[end - 1].Text) && lexicon.FirstNames.Contains(tokens[start].Text);
    }

    /// <summary>
    /// "Townsend Harris was a New York merchant", "The first U.S. consul … was Townsend Harris": a copula ties the name to
    /// a noun for a kind of person, either way round.
    /// </summary>
    private bool IsSaidToBeAPerson(List<Token> tokens, int start, int end)
    {
        if (end + 1 < tokens.Count && tokens[end].Text is "was" or "is" && tokens[end + 1].Text is "a" or "an" or "the")
        {
            for (var i = end + 2; i < Math.Min(tokens.Count, end + 6) && tokens[i - 1].FollowedBy is not (',' or '.' or ';'); i++)
            {
                if (!tokens[i].IsCapitalized && lexicon.PersonNouns.Contains(tokens[i].Text))
                {
                    return true;
                }
            }
        }

        // The sentence's subject is a kind of person, in its first few words: "The first U.S. consul assigned to a
        // Japanese port was Townsend Harris."
        if (start >= 2 && tokens[start - 1].Text is "was" or "is" && tokens[0].Text is "The" or "A" or "An")
        {
            for (var i = 1; i <= 4 && i < start - 1; i++)
            {
                if (!tokens[i].IsCapitalized && lexicon.PersonNouns.Contains(tokens[i].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:head|leader|chief|founder|commander|director|chairman|president) of [^,;]{3,80},[^,;]{3,80},\s*$")]
    private static partial System.Text.RegularExpressions.Regex HeadOfBefore();

    [GeneratedRegex(@"^[IVX]+$")]
    private static partial Regex RegnalNumber();
}

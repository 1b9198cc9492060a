using System.Globalization;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Knowledge;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// Scores candidate wrong options for one answer by the named <see cref="OptionFeature"/>s: what the answer and the stem
/// imply (its class, a nationality, a year, the words around the slot) is read once, then every candidate is weighed
/// against it with the deck's usage and the WordNet gazetteer. One scorer per pick.
/// </summary>
internal sealed class OptionScorer
{
    private const double Fit = 1;
    private const double Unrelated = 0;

    // A person more than a century past his birth year is no one's contemporary.
    private const int LongestLife = 100;

    // Nobody younger acts in the news: Lincoln, three in 1812, did not ask Congress to declare war.
    private const int AgeOfActing = 20;

    // How many words before the slot a nationality reaches: "Italian Foreign Minister _____", not the sentence's start.
    private const int NationalityReach = 4;

    private static readonly OptionFeature[] Features = Enum.GetValues<OptionFeature>();

    private readonly AnswerSpec _answer;
    private readonly DistractorPools _pools;
    private readonly EntityTable _entities;
    private readonly OptionWeights _weights;

    // The weights in feature order, read once: every candidate is weighed by all of them.
    private readonly double[] _featureWeights;
    private readonly Gazetteer _gazetteer = Gazetteer.Default;
    private readonly IReadOnlyList<KnownPerson> _answerPeople;
    private readonly IReadOnlyList<KnownPlace> _answerPlaces;
    private readonly IReadOnlyList<KnownBody> _answerBodies;
    private readonly List<string> _stemCountries;
    private readonly int? _year;
    private readonly bool? _slotTakesThe;
    private readonly bool? _slotWantsMan;
    private readonly SlotFrame? _frame;
    private readonly Lexicon _lexicon;
    private readonly int _answerWords;
    private readonly bool _answerIsAcronym;

    // What the answer alone decides, found on first use.
    private List<string>? _answerNationalities;
    private List<KnownPlace>? _answerRegions;
    private List<KnownPerson>? _answerLives;

    public OptionScorer(AnswerSpec answer, Lexicon lexicon, DistractorPools pools, EntityTable entities, OptionWeights weights)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(lexicon);
        _answer = answer;
        _pools = pools;
        _entities = entities;
        _weights = weights;
        _featureWeights = [.. Features.Select(feature => weights[feature])];
        _answerPeople = answer.Kind == AnswerKind.Person ? _gazetteer.PeopleNamed(answer.Text) : [];
        _answerPlaces = answer.Kind == AnswerKind.Place ? _gazetteer.PlacesNamed(answer.Text) : [];
        _answerBodies = answer.Kind is AnswerKind.Organization or AnswerKind.Term ? _gazetteer.BodiesNamed(answer.Text) : [];
        var slot = OptionSlot.Find(answer.Stem, answer.Text);
        _stemCountries = StemCountries(answer.Stem, slot, lexicon);
        _year = FirstYear(answer.Stem) ?? FirstYear(answer.Context);
        _slotTakesThe = slot is { } found && answer.Kind is AnswerKind.Place or AnswerKind.Organization ? SlotTakesThe(answer.Stem, found) : null;
        // Only a stem with the slot in it (a fill-in, a statement) says who "her" is; a quotation's "his" is its speaker's words about another.
        _slotWantsMan = answer.Kind == AnswerKind.Person && slot is not null && PronounGender(Quality.CardLinter.OutsideQuotes(answer.Stem)) is { } man && FirstNameGenders.IsMale(answer.Text, lexicon) != !man ? man : null;
        _lexicon = lexicon;
        _frame = slot is { } at && answer.Kind is AnswerKind.Person or AnswerKind.Place or AnswerKind.Organization ? AnswerFrame(at) : null;
        _answerWords = WordCount(answer.Text);
        _answerIsAcronym = IsAcronym(answer.Text);
    }

    /// <summary>The candidate's score and every feature's value.</summary>
    public OptionScore Score(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var values = new (OptionFeature, double)[Features.Length];
        var total = 1.0;
        for (var i = 0; i < Features.Length; i++)
        {
            var value = Value(Features[i], candidate);
            values[i] = (Features[i], value);
            total *= Math.Pow(value, _weights[Features[i]]);
        }

        return new OptionScore(Math.Round(total, 2, MidpointRounding.AwayFromZero), values);
    }

    /// <summary>The candidate's score alone (<see cref="OptionScore.Total"/>), without the list of values a pick does not read.</summary>
    public double Total(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var total = 1.0;
        for (var i = 0; i < Features.Length; i++)
        {
            total *= Math.Pow(Value(Features[i], candidate), _featureWeights[i]);
        }

        return Math.Round(total, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The value of one feature for a candidate.</summary>
    public double Value(OptionFeature feature, string candidate) => feature switch
    {
        OptionFeature.SameClass => SameClass(candidate),
        OptionFeature.SameRegion => SameRegion(candidate),
        OptionFeature.SameEra => SameEra(candidate),
        OptionFeature.FitsFrame => FitsFrame(candidate),
        OptionFeature.SameForm => SameForm(candidate),
        _ => Fit,
    };

    private double SameClass(string candidate)
    {
        switch (_answer.Kind)
        {
            case AnswerKind.Person:
                var people = _gazetteer.PeopleNamed(candidate);
                if (_answerPeople.Count == 0 || people.Count == 0)
                {
                    return OptionScore.CannotTell;
                }

                // WordNet's categories are fine ("statesman", "President of the United States"): two known people of
                // different ones may still be peers, so no shared category is a weak clue, not a verdict.
                foreach (var person in people)
                {
                    foreach (var known in _answerPeople)
                    {
                        if (known.Categories.Intersect(person.Categories).Any())
                        {
                            return Fit;
                        }
                    }
                }

                return 0.8;
            case AnswerKind.Place:
                var places = _gazetteer.PlacesNamed(candidate);
                if (_answerPlaces.Count == 0 || places.Count == 0)
                {
                    return OptionScore.CannotTell;
                }

                // "Antarctica" for a country, a river for a city: a place of another type in every sense is out.
                return AnyOfKind(places, _answerPlaces) ? Fit : Unrelated;
            case AnswerKind.Organization:
                return BodyClass(candidate);
            case AnswerKind.Term when _answer.Acronym is { } acronym:
                // An expansion is only a fair option if it spells the same letters: anything else gives itself away.
                return AcronymMatcher.Matches(acronym, candidate) || _gazetteer.BodiesNamed(candidate).Any(body => body.OtherNames.Contains(acronym, StringComparer.Ordinal)) ? BodyClass(candidate) : Unrelated;
            case AnswerKind.Term when _lexicon.EventHead(_answer.Text) is { } head:
                // "signed the _____" takes a treaty or an agreement, never a war: the same head word only.
                return string.Equals(_lexicon.EventHead(candidate), head, StringComparison.Ordinal) ? Fit : Unrelated;
            default:
                // Quantities, posts: the generators make them in the answer's unit and family only.
                return Fit;
        }
    }

    /// <summary>A body with the answer's head noun, or of the kind the gazetteer gives the answer: a church for a church, a party for a party.</summary>
    private double BodyClass(string candidate)
    {
        if (candidate.Contains(' ', StringComparison.Ordinal) && DistractorPicker.SameHeadWord(candidate, _answer.Text))
        {
            return Fit;
        }

        var bodies = _gazetteer.BodiesNamed(candidate);
        if (_answerBodies.Count == 0 || bodies.Count == 0)
        {
            return OptionScore.CannotTell;
        }

        // The same WordNet class ("church") fits; the same coarse kind only ("organization" holds churches and tribes) may.
        return bodies.Any(body => _answerBodies.Any(known => known.Class == body.Class)) ? Fit
            : bodies.Any(body => _answerBodies.Any(known => known.Kind == body.Kind)) ? OptionScore.CannotTell : 0.4;
    }

    private double SameRegion(string candidate)
    {
        switch (_answer.Kind)
        {
            case AnswerKind.Person:
                var nationalities = Nationalities(_gazetteer.PeopleNamed(candidate));
                if (_stemCountries.Count > 0)
                {
                    // "Italian Foreign Minister _____": a person of another country cannot hold the post.
                    return nationalities.Count == 0 ? OptionScore.CannotTell : AnySameCountry(nationalities, _stemCountries) ? Fit : Unrelated;
                }

                var answerNationalities = _answerNationalities ??= Nationalities(_answerPeople);
                if (answerNationalities.Count == 0)
                {
                    return Fit;
                }

                // Without a nationality in the stem a foreigner may be plausible (a conference, a war): a mild clue.
                return nationalities.Count == 0 ? OptionScore.CannotTell : AnySameCountry(nationalities, answerNationalities) ? Fit : 0.7;
            case AnswerKind.Place:
                return PlaceRegion(candidate);
            default:
                return Fit;
        }
    }

    private static List<string> Nationalities(IReadOnlyList<KnownPerson> people)
    {
        var nationalities = new List<string>(people.Count);
        foreach (var person in people)
        {
            if (person.Nationality is { } nationality)
            {
                nationalities.Add(nationality);
            }
        }

        return nationalities;
    }

    private bool AnySameCountry(List<string> nationalities, List<string> countries)
    {
        foreach (var nationality in nationalities)
        {
            foreach (var country in countries)
            {
                if (SameCountry(nationality, country))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a place of <paramref name="places"/> is of the kind of one of <paramref name="known"/>.</summary>
    private static bool AnyOfKind(IReadOnlyList<KnownPlace> places, IReadOnlyList<KnownPlace> known)
    {
        foreach (var place in places)
        {
            if (HasKindOf(place, known))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKindOf(KnownPlace place, IReadOnlyList<KnownPlace> known)
    {
        foreach (var other in known)
        {
            if (other.Kind == place.Kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Neighbours of the hand-made region list first, then the gazetteer's country (for a city) or continent (for a country).</summary>
    private double PlaceRegion(string candidate)
    {
        var neighbours = PlaceRegions.Neighbours(_answer.Text);
        if (neighbours.Count > 0)
        {
            if (neighbours.Contains(candidate))
            {
                return Fit;
            }

            if (PlaceRegions.Neighbours(candidate).Count > 0)
            {
                return 0.5; // another region the list knows: "Mauritania" for a camp in Syria
            }
        }

        var places = _gazetteer.PlacesNamed(candidate);
        if (_answerPlaces.Count == 0 || places.Count == 0)
        {
            return OptionScore.CannotTell;
        }

        // The answer's regions are the same for every candidate: found once.
        var regions = _answerRegions ??= [.. _answerPlaces.Select(RegionOf).OfType<KnownPlace>()];
        if (regions.Count == 0)
        {
            return OptionScore.CannotTell;
        }

        foreach (var place in places)
        {
            foreach (var region in regions)
            {
                if (_gazetteer.IsPartOf(place, region))
                {
                    return Fit;
                }
            }
        }

        return 0.5;
    }

    private KnownPlace? RegionOf(KnownPlace place) =>
        place.Kind is KnownPlaceKind.Country or KnownPlaceKind.Continent ? _gazetteer.ContinentOf(place) is { } continent && continent != place ? continent : null
            : _gazetteer.CountryOf(place) ?? _gazetteer.ContinentOf(place);

    private double SameEra(string candidate) => _answer.Kind switch
    {
        AnswerKind.Person => PersonEra(candidate),
        AnswerKind.Place => StateEra(candidate),
        _ => Fit,
    };

    private double PersonEra(string candidate)
    {
        var lives = _gazetteer.PeopleNamed(candidate).Where(person => person.Born is not null).ToList();
        if (lives.Count == 0)
        {
            return OptionScore.CannotTell;
        }

        var answerLives = _answerLives ??= [.. _answerPeople.Where(person => person.Born is not null)];

        // The year is the card's time only if the answer lived then: "Lincoln, whose statue was unveiled in 1922" is not about 1922.
        if (_year is { } year && (answerLives.Count == 0 || answerLives.Any(known => AliveIn(known, year))))
        {
            // Someone not yet born or grown up, or dead, in the year the question names cannot have done it then.
            return lives.Any(person => AliveIn(person, year)) ? Fit : Unrelated;
        }

        if (answerLives.Count == 0)
        {
            return OptionScore.CannotTell;
        }

        // Contemporaries are grown up at the same time: Franklin Pierce, dead when Coolidge was three, is not Coolidge's.
        return lives.Any(person => answerLives.Any(known => person.Born + AgeOfActing <= LastYear(known) && known.Born + AgeOfActing <= LastYear(person))) ? Fit : 0.3;
    }

    private static int? LastYear(KnownPerson person) => person.Died ?? person.Born + LongestLife;

    private static bool AliveIn(KnownPerson person, int year) => person.Born + AgeOfActing <= year && year <= LastYear(person);

    /// <summary>
    /// A country that was no state in the card's year ("Soviet Union" for 2014, "Slovenia" for 1985) is out, in every
    /// sense of its name; a year the answer itself was no state in is not the card's time.
    /// </summary>
    /// <remarks>
    /// Where the gazetteer is silent the value is a fit, not "cannot tell": WordNet's glosses give the years of young and
    /// of former states and say nothing of old ones (France, Iraq), so a 0.9 there would rank ex-colonies above them.
    /// </remarks>
    private double StateEra(string candidate)
    {
        if (_year is not { } year || NoStateIn(_answerPlaces, year))
        {
            return Fit;
        }

        // Only the senses of the answer's kind: "Georgia" beside a country is the country, not the American state.
        // (No sense of the kind is no state in any year: the same as an empty list.)
        var any = false;
        foreach (var place in _gazetteer.PlacesNamed(candidate))
        {
            if (_answerPlaces.Count == 0 || HasKindOf(place, _answerPlaces))
            {
                if (place.State.ExistedIn(year) != false)
                {
                    return Fit;
                }

                any = true;
            }
        }

        return any ? Unrelated : Fit;
    }

    /// <summary>Whether the source says of every one of the places that it was no state in the year: "Russia" the former empire and the state since 1991 existed in 2014.</summary>
    private static bool NoStateIn(IReadOnlyList<KnownPlace> places, int year) => places.Count > 0 && places.All(place => place.State.ExistedIn(year) == false);

    /// <summary>The frame the answer's slot stands in, if the answer itself is of a class it takes: else its words mean something else.</summary>
    private SlotFrame? AnswerFrame(int slot)
    {
        var frame = SlotFrames.Find(_answer.Stem, slot, OptionSlot.Length(_answer.Stem, _answer.Text, slot));
        return frame is not null && SlotFrames.ClassesOf(_answer.Text, _entities, _lexicon, _gazetteer).Overlaps(frame.Accepts) ? frame : null;
    }

    private double FitsFrame(string candidate)
    {
        var frame = VerbFrame(candidate);
        return frame == Unrelated ? Unrelated : Math.Min(frame, GrammarFrame(candidate));
    }

    /// <summary>What can be joined, embargoed, hosted, led: a candidate of none of the classes the slot's frame takes is out.</summary>
    private double VerbFrame(string candidate)
    {
        if (_frame is null)
        {
            return Fit;
        }

        var classes = SlotFrames.ClassesOf(candidate, _entities, _lexicon, _gazetteer);
        return classes.Count == 0 ? OptionScore.CannotTell : classes.Overlaps(_frame.Accepts) ? Fit : Unrelated;
    }

    /// <summary>A pronoun's gender and a "the" before the slot.</summary>
    private double GrammarFrame(string candidate)
    {
        if (_slotWantsMan is { } man)
        {
            // "George Shearling, best known for her rendition": a man's first name where the stem says "her" is false at a glance.
            // A name the lists cannot place is a risk the stem's pronoun makes worth avoiding: half a fit.
            return FirstNameGenders.IsMale(candidate, _lexicon) is { } male ? male == man ? Fit : Unrelated : 0.5;
        }

        if (_slotTakesThe is not { } takesThe)
        {
            return Fit;
        }

        // The answer's own use tells whether the "the" before the slot is the name's ("the Netherlands") or a following
        // noun's ("the Iraq war"): only the first constrains the options.
        if (_entities.Find(_answer.Text) is { } answerEntity && _pools.WrittenWithThe(answerEntity) is { } answerTakesThe && answerTakesThe != takesThe)
        {
            return Fit;
        }

        if (_entities.Find(candidate) is not { } entity || _pools.WrittenWithThe(entity) is not { } candidateTakesThe)
        {
            return OptionScore.CannotTell;
        }

        return candidateTakesThe == takesThe ? Fit : 0.5;
    }

    private double SameForm(string candidate)
    {
        var value = Math.Abs(WordCount(candidate) - _answerWords) switch
        {
            <= 1 => Fit,
            2 => 0.7,
            _ => 0.4,
        };
        // An acronym beside full names, or a full name beside acronyms, stands out.
        return IsAcronym(candidate) == _answerIsAcronym ? value : value * 0.3;
    }

    private bool SameCountry(string first, string second) =>
        string.Equals(first, second, StringComparison.Ordinal)
        || _gazetteer.PlacesNamed(first).Intersect(_gazetteer.PlacesNamed(second)).Any();

    private static bool IsAcronym(string text) => !text.Contains(' ', StringComparison.Ordinal) && AcronymMatcher.LooksLikeAcronym(text);

    private static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            count += text[i] != ' ' && (i == 0 || text[i - 1] == ' ') ? 1 : 0;
        }

        return count;
    }

    /// <summary>The countries whose adjective stands just before the slot, or anywhere in a question without one.</summary>
    private static List<string> StemCountries(string stem, int? slot, Lexicon lexicon)
    {
        // The words as spans, no strings: a stem with a slot gives only its last few before the slot.
        var text = slot is { } at ? stem.AsSpan(0, at) : stem.AsSpan();
        Span<Range> reach = stackalloc Range[NationalityReach];
        var words = new List<Range>();
        if (slot is not null)
        {
            var count = 0;
            var end = text.Length;
            while (count < NationalityReach)
            {
                while (end > 0 && text[end - 1] == ' ')
                {
                    end--;
                }

                if (end == 0)
                {
                    break;
                }

                var start = text[..end].LastIndexOf(' ') + 1;
                reach[NationalityReach - 1 - count++] = start..end;
                end = start;
            }

            words.AddRange(reach[(NationalityReach - count)..]);
        }
        else
        {
            foreach (var range in text.Split(' '))
            {
                if (range.End.GetOffset(text.Length) > range.Start.GetOffset(text.Length))
                {
                    words.Add(range);
                }
            }
        }

        var demonyms = lexicon.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        var countries = new List<string>();
        foreach (var word in words)
        {
            if (demonyms.TryGetValue(text[word].Trim(DemonymPunctuation), out var place) && place.Kind == PlaceKind.Country)
            {
                countries.Add(place.Name);
            }
        }

        return countries;
    }

    private static readonly char[] DemonymPunctuation = [',', '.', ';', ':', '(', ')', '“', '"'];

    /// <summary>True when the stem speaks of a man ("he", "his"), false of a woman ("she", "her"), <see langword="null"/> for neither or both.</summary>
    private static bool? PronounGender(string stem) => Quality.CardLinter.PronounGenders(stem) is var (man, woman) && man != woman ? man : null;

    private static bool SlotTakesThe(string stem, int slot)
    {
        var before = stem.AsSpan(0, slot).TrimEnd();
        return before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first year from 1000 to 2099 written in <paramref name="text"/>: the card's time.</summary>
    private static int? FirstYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4]))
                && int.TryParse(text.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and < 2100)
            {
                return year;
            }
        }

        return null;
    }
}

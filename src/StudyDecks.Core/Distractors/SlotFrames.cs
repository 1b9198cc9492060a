using System.Collections.Frozen;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Knowledge;

namespace StudyDecks.Core.Distractors;

/// <summary>A frame a slot can stand in: the words beside it ("joined the _____") and the classes of name that fit there.</summary>
/// <param name="Name">The frame's name in <c>slot-frames.tsv</c> ("join").</param>
/// <param name="Before">True when the phrase ends just before the slot, false when it starts just after it.</param>
/// <param name="Phrases">The phrases, each as lower-case words.</param>
/// <param name="Accepts">The classes that fit: "person", a place kind, a body kind.</param>
internal sealed record SlotFrame(string Name, bool Before, IReadOnlyList<string[]> Phrases, FrozenSet<string> Accepts);

/// <summary>
/// What can be joined, embargoed, hosted or led: the frames of <c>Resources/slot-frames.tsv</c>, and the class of a
/// name (a person, a kind of place, a kind of body) they are checked against, from the deck's entities, the
/// gazetteer and the head words of <c>Resources/body-head-words.tsv</c>.
/// </summary>
internal static class SlotFrames
{
    // Words between a frame's phrase and the slot that change nothing: "joined the _____", "sanctions on a _____".
    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["the", "a", "an"], StringComparer.OrdinalIgnoreCase);

    private const int LongestPhrase = 3;

    private static readonly Lazy<IReadOnlyList<SlotFrame>> Frames = new(() => [.. Lexicon.Lines("slot-frames.tsv", keepTabs: true).Select(ParseFrame)]);

    private static readonly Lazy<FrozenDictionary<string, string>> BodyHeadWords = new(() => Lexicon.Lines("body-head-words.tsv", keepTabs: true)
        .Select(line => line.Split('\t'))
        .SelectMany(fields => fields[1].Split('|').Select(word => (Word: word, Kind: fields[0])))
        .ToFrozenDictionary(pair => pair.Word, pair => pair.Kind, StringComparer.Ordinal));

    /// <summary>Every frame, in the file's order.</summary>
    public static IReadOnlyList<SlotFrame> All => Frames.Value;

    /// <summary>The frame the slot at <paramref name="slot"/> (of <paramref name="length"/> characters) stands in, or <see langword="null"/>.</summary>
    public static SlotFrame? Find(string stem, int slot, int length)
    {
        var before = OptionContext.WordsBefore(stem, slot, LongestPhrase + 1);
        while (before.Count > 0 && Articles.Contains(before[^1]))
        {
            before.RemoveAt(before.Count - 1);
        }

        var after = OptionContext.WordsAfter(stem, slot + length, LongestPhrase);
        foreach (var frame in Frames.Value)
        {
            foreach (var phrase in frame.Phrases)
            {
                if (frame.Before ? EndsWith(before, phrase) : StartsWith(after, phrase))
                {
                    return frame;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The classes a name may belong to: "person"; "country", "city", "state", "region" for a place; a body kind
    /// ("armed-force", "international" …). Empty when nothing knows the name.
    /// </summary>
    public static HashSet<string> ClassesOf(string name, EntityTable entities, Lexicon lexicon, Gazetteer gazetteer)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var entity = entities.Find(name);
        if (entity?.Kind == MentionKind.Person || gazetteer.IsPerson(name))
        {
            classes.Add("person");
        }

        if (lexicon.Places.TryGetValue(lexicon.PlaceAliases.GetValueOrDefault(name, name), out var place))
        {
            classes.Add(PlaceClass(place.Kind));
        }

        foreach (var known in gazetteer.PlacesNamed(name))
        {
            classes.Add(PlaceClass(known.Kind));
        }

        if (classes.Count > 0)
        {
            return classes;
        }

        // A body: its head word first ("Department of Defense" is an agency, whatever WordNet's catch-all says), then the gazetteer.
        if (BodyKindByHeadWord(name) is { } kind)
        {
            classes.Add(kind);
        }
        else
        {
            foreach (var body in gazetteer.BodiesNamed(entity?.Name ?? name))
            {
                classes.Add(BodyClass(body.Kind));
            }
        }

        return classes;
    }

    /// <summary>The kind the name's head word says: the word before "of", else the last head word of the name.</summary>
    private static string? BodyKindByHeadWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.IndexOf(words, "of");
        if (of > 0 && BodyHeadWords.Value.TryGetValue(words[of - 1], out var kind))
        {
            return kind;
        }

        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (BodyHeadWords.Value.TryGetValue(words[i], out kind))
            {
                return kind;
            }
        }

        return null;
    }

    private static string PlaceClass(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.City => "city",
        _ => "region",
    };

    private static string PlaceClass(KnownPlaceKind kind) => kind switch
    {
        KnownPlaceKind.Country => "country",
        KnownPlaceKind.City => "city",
        KnownPlaceKind.State => "state",
        _ => "region",
    };

    private static string BodyClass(KnownBodyKind kind) => kind switch
    {
        KnownBodyKind.ArmedForce => "armed-force",
        KnownBodyKind.Party => "party",
        KnownBodyKind.International => "international",
        KnownBodyKind.Agency => "agency",
        _ => "organization",
    };

    private static bool EndsWith(List<string> words, string[] phrase) =>
        words.Count >= phrase.Length && SameWordsAt(words, words.Count - phrase.Length, phrase);

    private static bool StartsWith(List<string> words, string[] phrase) =>
        words.Count >= phrase.Length && SameWordsAt(words, 0, phrase);

    /// <summary>Whether the phrase's words stand at <paramref name="start"/>, ignoring case: compared in place, every frame's every phrase for every pick.</summary>
    private static bool SameWordsAt(List<string> words, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static SlotFrame ParseFrame(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4 || fields[1] is not ("before" or "after"))
        {
            throw new InvalidOperationException($"slot-frames.tsv: expected frame, before|after, phrases, classes: {line}");
        }

        return new SlotFrame(fields[0], fields[1] == "before", [.. fields[2].Split('|').Select(phrase => phrase.Split(' '))], fields[3].Split('|').ToFrozenSet(StringComparer.Ordinal));
    }
}

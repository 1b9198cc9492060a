using System.Globalization;
using Newtonsoft.Json;
using StudyDecks.Core.Json;

namespace StudyDecks.Export.Anki.Package;

/// <summary>
/// The JSON columns of the <c>col</c> row: note types, decks, deck options and collection settings. Current Anki parses
/// each into a typed structure and rejects the whole import when a key without a default is missing, so every
/// required key is written, plus the ones Mnemosyne reads without a fallback (<c>ord</c>, <c>afmt</c>, <c>bqfmt</c>, <c>bafmt</c>).
/// </summary>
internal static class CollectionJson
{
    /// <summary>Id of the deck-options group every deck uses.</summary>
    public const long OptionsId = 1;

    /// <summary>Id of Anki's "Default" deck, which every collection contains.</summary>
    public const long DefaultDeckId = 1;

    private const string LatexPre = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

    /// <summary><c>col.models</c>: the note types, keyed by id.</summary>
    public static string Models(IEnumerable<AnkiNoteType> noteTypes, long modifiedSeconds) => Build(json =>
    {
        foreach (var type in noteTypes)
        {
            json.WriteStartObject(Key(type.Id));
            json.WriteNumber("id", type.Id);
            json.WriteString("name", type.Name);
            json.WriteNumber("type", type.IsCloze ? 1 : 0);
            json.WriteNumber("mod", modifiedSeconds);
            json.WriteNumber("usn", -1);
            json.WriteNumber("sortf", AnkiNoteType.SortField);
            json.WriteNull("did");
            json.WriteStartArray("flds");
            for (var ord = 0; ord < type.Fields.Count; ord++)
            {
                json.WriteStartObject();
                json.WriteString("name", type.Fields[ord]);
                json.WriteNumber("ord", ord);
                json.WriteBoolean("sticky", false);
                json.WriteBoolean("rtl", false);
                json.WriteString("font", "Arial");
                json.WriteNumber("size", 20);
                json.WriteStartArray("media");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("tmpls");
            for (var ord = 0; ord < type.Templates.Count; ord++)
            {
                var template = type.Templates[ord];
                json.WriteStartObject();
                json.WriteString("name", template.Name);
                json.WriteNumber("ord", ord);
                json.WriteString("qfmt", template.Front);
                json.WriteString("afmt", template.Back);
                json.WriteString("bqfmt", string.Empty);
                json.WriteString("bafmt", string.Empty);
                json.WriteNull("did");
                json.WriteString("bfont", string.Empty);
                json.WriteNumber("bsize", 0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("css", AnkiNoteTypes.Css);
            json.WriteString("latexPre", LatexPre);
            json.WriteString("latexPost", "\\end{document}");
            json.WriteBoolean("latexsvg", false);
            if (!type.IsCloze)
            {
                // Legacy cache of the fields each template needs; older clients read it, current Anki recomputes it.
                json.WriteStartArray("req");
                json.WriteStartArray();
                json.WriteValue(0);
                json.WriteValue("any");
                json.WriteStartArray();
                json.WriteValue(0);
                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteStartArray("tags");
            json.WriteEndArray();
            json.WriteStartArray("vers");
            json.WriteEndArray();
            json.WriteEndObject();
        }
    });

    /// <summary><c>col.decks</c>: Anki's "Default" deck and the exported deck.</summary>
    public static string Decks(long deckId, string deckName, string descriptionHtml, long modifiedSeconds) => Build(json =>
    {
        WriteDeck(json, DefaultDeckId, "Default", string.Empty, modifiedSeconds);
        WriteDeck(json, deckId, deckName, descriptionHtml, modifiedSeconds);
    });

    /// <summary><c>col.dconf</c>: one options group with Anki's default settings.</summary>
    public static string DeckOptions(long modifiedSeconds) => Build(json =>
    {
        json.WriteStartObject(Key(OptionsId));
        json.WriteNumber("id", OptionsId);
        json.WriteNumber("mod", modifiedSeconds);
        json.WriteString("name", "Default");
        json.WriteNumber("usn", -1);
        json.WriteNumber("maxTaken", 60);
        json.WriteBoolean("autoplay", true);
        json.WriteNumber("timer", 0);
        json.WriteBoolean("replayq", true);
        json.WriteBoolean("dyn", false);
        json.WriteStartObject("new");
        WriteNumbers(json, "delays", 1, 10);
        WriteNumbers(json, "ints", 1, 4, 0);
        json.WriteNumber("initialFactor", 2500);
        json.WriteNumber("order", 1);
        json.WriteNumber("perDay", 20);
        json.WriteBoolean("bury", false);
        json.WriteEndObject();
        json.WriteStartObject("rev");
        json.WriteNumber("perDay", 200);
        json.WriteNumber("ease4", 1.3);
        json.WriteNumber("ivlFct", 1);
        json.WriteNumber("maxIvl", 36500);
        json.WriteNumber("hardFactor", 1.2);
        json.WriteBoolean("bury", false);
        json.WriteEndObject();
        json.WriteStartObject("lapse");
        WriteNumbers(json, "delays", 10);
        json.WriteNumber("mult", 0);
        json.WriteNumber("minInt", 1);
        json.WriteNumber("leechFails", 8);
        json.WriteNumber("leechAction", 1);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary><c>col.conf</c>: collection settings pointing at the exported deck and the first note type.</summary>
    public static string Settings(long deckId, long noteTypeId, int nextPosition) => Build(json =>
    {
        json.WriteNumber("nextPos", nextPosition);
        json.WriteBoolean("estTimes", true);
        json.WriteStartArray("activeDecks");
        json.WriteValue(deckId);
        json.WriteEndArray();
        json.WriteString("sortType", "noteFld");
        json.WriteNumber("timeLim", 0);
        json.WriteBoolean("sortBackwards", false);
        json.WriteBoolean("addToCur", true);
        json.WriteNumber("curDeck", deckId);
        json.WriteNumber("newSpread", 0);
        json.WriteBoolean("dueCounts", true);
        json.WriteNumber("curModel", noteTypeId);
        json.WriteNumber("collapseTime", 1200);
        json.WriteNumber("schedVer", 2);
    });

    private static void WriteDeck(JsonWriter json, long id, string name, string description, long modifiedSeconds)
    {
        json.WriteStartObject(Key(id));
        json.WriteNumber("id", id);
        json.WriteString("name", name);
        json.WriteString("desc", description);
        json.WriteNumber("mod", modifiedSeconds);
        json.WriteNumber("usn", -1);
        json.WriteBoolean("collapsed", false);
        json.WriteBoolean("browserCollapsed", false);
        json.WriteNumber("dyn", 0);
        json.WriteNumber("conf", OptionsId);
        json.WriteNumber("extendNew", 0);
        json.WriteNumber("extendRev", 0);
        foreach (var counter in (ReadOnlySpan<string>)["newToday", "revToday", "lrnToday", "timeToday"])
        {
            WriteNumbers(json, counter, 0, 0);
        }

        json.WriteEndObject();
    }

    private static void WriteNumbers(JsonWriter json, string name, params ReadOnlySpan<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteValue(value);
        }

        json.WriteEndArray();
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Build(Action<JsonWriter> writeProperties)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text))
        {
            json.WriteStartObject();
            writeProperties(json);
            json.WriteEndObject();
        }

        return text.ToString();
    }
}

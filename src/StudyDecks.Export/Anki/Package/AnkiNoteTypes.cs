namespace StudyDecks.Export.Anki.Package;

/// <summary>
/// The three note types StudyDecks packages use. Their ids are fixed, and their fields and templates must only change
/// deliberately: Anki keeps a separate copy of a note type whose fields or templates differ from the one it already has.
/// </summary>
internal static class AnkiNoteTypes
{
    /// <summary>The break Anki (and Mnemosyne, which splits question from answer on exactly this text) looks for.</summary>
    private const string AnswerRule = "\n\n<hr id=answer>\n\n";

    private const string SourceBlock = "\n\n{{#Source}}<div class=\"source\">{{Source}}</div>{{/Source}}";

    /// <summary>Question and answer cards: short-answer and true/false cards.</summary>
    public static AnkiNoteType Basic { get; } = new(
        1767225600101,
        "StudyDecks Basic",
        false,
        ["Front", "Back", "Source"],
        [new AnkiTemplate("Card 1", "{{Front}}", "{{FrontSide}}" + AnswerRule + "<div class=\"answer\">{{Back}}</div>" + SourceBlock)]);

    /// <summary>A question with options A–D; the back shows the right option and the source sentence.</summary>
    public static AnkiNoteType MultipleChoice { get; } = new(
        1767225600102,
        "StudyDecks Multiple Choice",
        false,
        ["Question", "A", "B", "C", "D", "Answer", "Source"],
        [new AnkiTemplate(
            "Card 1",
            "<div class=\"question\">{{Question}}</div>\n<ol class=\"options\" type=\"A\">\n<li>{{A}}</li>\n<li>{{B}}</li>\n<li>{{C}}</li>\n<li>{{D}}</li>\n</ol>",
            "{{FrontSide}}" + AnswerRule + "<div class=\"answer\">{{Answer}}</div>" + SourceBlock)]);

    /// <summary>A sentence with its answer as cloze deletion 1.</summary>
    public static AnkiNoteType Cloze { get; } = new(
        1767225600103,
        "StudyDecks Cloze",
        true,
        ["Text", "Source"],
        [new AnkiTemplate("Cloze", "{{cloze:Text}}", "{{cloze:Text}}" + SourceBlock)]);

    /// <summary>Every note type, in id order.</summary>
    public static IReadOnlyList<AnkiNoteType> All { get; } = [Basic, MultipleChoice, Cloze];

    /// <summary>The style sheet all three share.</summary>
    public const string Css = """
        .card {
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
          font-size: 20px;
          line-height: 1.45;
          text-align: left;
          color: black;
          background-color: white;
          max-width: 38em;
          margin: 0 auto;
        }
        .context { margin-bottom: .4em; color: #666; }
        .options { margin: .6em 0; padding-left: 2em; }
        .options li { margin: .3em 0; }
        .answer { font-weight: bold; }
        .cloze { font-weight: bold; color: #1a56db; }
        .source { margin-top: 1.2em; font-size: 15px; color: #444; }
        .citation { margin-top: .4em; font-size: 13px; color: #777; }
        .nightMode .context { color: #aaa; }
        .nightMode .cloze { color: #8ab4f8; }
        .nightMode .source { color: #ccc; }
        .nightMode .citation { color: #999; }
        """;
}

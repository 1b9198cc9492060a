using StudyDecks.Pdf.Layout;

namespace StudyDecks.Pdf.Quiz.Document;

/// <summary>
/// Every text style of the printed quiz, in one place. Serif for what students read, sans for what they look up
/// (numbers, letters, headings, page furniture); sizes chosen for paper at arm's length, not for a screen.
/// </summary>
public static class Typography
{
    public static TextStyle Title { get; } = new(FontFamily.Sans, 16, Bold: true, LineSpacing: 1.2f);

    public static TextStyle Subtitle { get; } = new(FontFamily.Sans, 9, Ink: Ink.Grey);

    public static TextStyle BadgeLabel { get; } = new(FontFamily.Sans, 7, Bold: true, LineSpacing: 1.2f, Ink: Ink.Grey);

    public static TextStyle BadgeLetter { get; } = new(FontFamily.Sans, 20, Bold: true, LineSpacing: 1.1f);

    public static TextStyle FieldLabel { get; } = new(FontFamily.Sans, 9.5f);

    public static TextStyle Instructions { get; } = new(FontFamily.Serif, 9.5f, Italic: true, LineSpacing: 1.35f);

    public static TextStyle PartHeading { get; } = new(FontFamily.Sans, 10.5f, Bold: true);

    public static TextStyle PartInstruction { get; } = new(FontFamily.Serif, 9, Italic: true, Ink: Ink.Grey);

    public static TextStyle QuestionNumber { get; } = new(FontFamily.Sans, 10, Bold: true);

    /// <summary>The card's context line over a question or a run of questions: quiet, so the stem stays what is read first.</summary>
    public static TextStyle Context { get; } = new(FontFamily.Serif, 8.5f, Italic: true, LineSpacing: 1.25f, Ink: Ink.Grey);

    public static TextStyle Question { get; } = new(FontFamily.Serif, 10, LineSpacing: 1.32f);

    public static TextStyle OptionLetter { get; } = new(FontFamily.Sans, 9.5f, Bold: true, LineSpacing: 1.32f);

    public static TextStyle Option { get; } = new(FontFamily.Serif, 9.5f, LineSpacing: 1.32f);

    public static TextStyle PageFurniture { get; } = new(FontFamily.Sans, 7.5f, Ink: Ink.Grey);

    public static TextStyle KeyHeading { get; } = new(FontFamily.Sans, 8, Bold: true);

    public static TextStyle KeyNumber { get; } = new(FontFamily.Sans, 9, Bold: true);

    public static TextStyle KeyLetter { get; } = new(FontFamily.Sans, 9, Bold: true);

    public static TextStyle KeyAnswer { get; } = new(FontFamily.Serif, 9);

    public static TextStyle KeyWritten { get; } = new(FontFamily.Serif, 9, Bold: true);

    public static TextStyle KeyNote { get; } = new(FontFamily.Serif, 8.5f, Italic: true, Ink: Ink.Grey);

    public static TextStyle KeySource { get; } = new(FontFamily.Sans, 7.5f, Ink: Ink.Grey);
}

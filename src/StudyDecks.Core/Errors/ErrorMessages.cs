using System.Globalization;

namespace StudyDecks.Core.Errors;

/// <summary>
/// Every user-facing problem text, in one place so the tests can assert on them and the wording stays consistent.
/// </summary>
public static class ErrorMessages
{
    /// <summary>The article file holds no bytes or only white space.</summary>
    public const string EmptyArticle = "the article is empty";

    /// <summary>The article holds NUL bytes, so it is not text.</summary>
    public const string BinaryArticle = "the article is a binary file, not text";

    /// <summary>The article is not valid UTF-8.</summary>
    public const string UndecodableArticle = "the article is not valid UTF-8 text";

    /// <summary>The article starts with a UTF-16 byte order mark but the rest is not valid UTF-16.</summary>
    public const string UndecodableUtf16Article = "the article is not valid UTF-16 text";

    /// <summary>Markdig refused the Markdown: elements nested past its depth limit.</summary>
    public const string MarkdownTooDeep = "the Markdown nests lists, quotations, links or emphasis too deeply to read";

    /// <summary>The HTML nests elements deeper than an article ever does.</summary>
    public static string HtmlTooDeep(int limit) => string.Format(
        CultureInfo.InvariantCulture,
        "the HTML nests elements more than {0} deep; no article does",
        limit);

    /// <summary>The article has a title but no body text.</summary>
    public const string ArticleWithoutBody = "the article has no body text after its title";

    /// <summary>The file extension is not one StudyDecks reads.</summary>
    public const string UnsupportedArticleFormat = "unsupported article format (use .txt, .md, .html or .htm)";

    /// <summary>The deck file is not JSON at all.</summary>
    public const string MalformedDeckJson = "the deck is not valid JSON";

    /// <summary>The JSON is not a StudyDecks deck.</summary>
    public const string EmptyDeck = "the deck is empty";

    public const string NotADeck = "the file is not a StudyDecks deck (\"format\" must be \"studydecks.deck\")";

    /// <summary>The article exceeds the size limit.</summary>
    public static string ArticleTooLarge(long bytes, long limit) => string.Format(
        CultureInfo.InvariantCulture,
        "the article is too large ({0:N0} bytes; the limit is {1:N0})",
        bytes,
        limit);

    /// <summary>The article read from a stream (a pipe, a device) goes on past the size limit.</summary>
    public static string ArticleOverLimit(long limit) => string.Format(
        CultureInfo.InvariantCulture,
        "the article is too large (more than the limit of {0:N0} bytes)",
        limit);

    /// <summary>The deck file goes on past the deck size limit.</summary>
    public static string DeckTooLarge(long limit) => string.Format(
        CultureInfo.InvariantCulture,
        "the deck is too large (more than the limit of {0:N0} bytes)",
        limit);

    /// <summary>The article file is UTF-16 text, which StudyDecks reads only with its byte order mark.</summary>
    public const string Utf16WithoutBom = "the article looks like UTF-16 text without a byte order mark; save it as UTF-8";

    /// <summary>A wrong option or accepted answer is empty or only white space.</summary>
    public static string BlankOption(string path) => $"{path}: an option is empty or only white space";

    /// <summary>A source id breaks the deck format's pattern.</summary>
    public static string InvalidSourceId(string path, string id) => $"invalid source id \"{id}\" at \"{path}\" (lower-case letters, digits and dashes only)";

    /// <summary>Two sources share an id.</summary>
    public static string DuplicateSourceId(string path, string id) => $"{path}: source id \"{id}\" is used twice";

    /// <summary>The deck was written by a newer StudyDecks.</summary>
    public static string NewerDeckVersion(int version, int supported) => string.Format(
        CultureInfo.InvariantCulture,
        "the deck has format version {0}, newer than this StudyDecks reads ({1}); update StudyDecks",
        version,
        supported);

    /// <summary>A required deck field is absent or has the wrong JSON type.</summary>
    public static string MissingDeckField(string path) => $"missing or invalid field \"{path}\"";

    /// <summary>A deck field holds a value outside its allowed set.</summary>
    public static string InvalidDeckValue(string path, string value) => $"invalid value \"{value}\" at \"{path}\"";

    /// <summary>A multiple-choice card lists one of its distractors equal to the answer.</summary>
    public static string AnswerAmongDistractors(string path) => $"{path}: the answer is also listed among the distractors";

    /// <summary>A multiple-choice card does not have exactly three distractors.</summary>
    public static string WrongDistractorCount(string path, int count) => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: a multiple-choice card needs exactly 3 distractors, found {1}",
        path,
        count);

    /// <summary>Two distractors of one card are the same.</summary>
    public static string DuplicateDistractors(string path) => $"{path}: two distractors are the same";

    /// <summary>Two cards share an id.</summary>
    public static string DuplicateCardId(string path, string id) => $"{path}: card id \"{id}\" is used twice";

    /// <summary>A cloze card has no blank.</summary>
    public static string ClozeWithoutBlank(string path) => $"{path}: a cloze card needs exactly one blank \"_____\" in its question";

    /// <summary>A card refers to a source the deck does not list.</summary>
    public static string UnknownCardSource(string path, string article) => $"{path}: source article \"{article}\" is not among the deck's sources";

    /// <summary>A deck text field holds a control character (a line break, a tab…), which would break the one-line layouts.</summary>
    public static string ControlCharacterInField(string path) => $"\"{path}\" holds a control character (a line break, a tab, an escape code); it must be one line of text";

    /// <summary>A card score names a feature with an empty name or one with white space.</summary>
    public static string InvalidFeatureName(string path) => $"\"{path}\" names a feature with an empty name or white space in it";

    /// <summary>A card keeps more spare wrong options than a deck file allows.</summary>
    public static string TooManySpares(string path, int count, int limit) => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: a card keeps at most {1} spare options, found {2}",
        path,
        limit,
        count);

    /// <summary>A spare wrong option repeats the answer, a distractor or another spare.</summary>
    public static string SpareAmongOptions(string path) => $"{path}: the spare option is already the answer, a distractor or another spare";

    /// <summary>A kept card carries generated fields, which only an edited (or edited, then dropped) card has.</summary>
    public static string ReviewOriginalOnKeptCard(string path) => $"\"{path}\": a kept card has no original fields; an edited card's status is \"edited\"";
}

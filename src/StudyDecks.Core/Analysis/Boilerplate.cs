using System.Text.RegularExpressions;

namespace StudyDecks.Core.Analysis;

/// <summary>
/// Recognises text that belongs to the page rather than the article: photo captions, "Read More:" links,
/// bylines, editing credits, contact details, and the dateline that opens a news story ("WASHINGTON DC (Kurdistan 24) -").
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>Whether a whole block is page furniture and carries no article facts.</summary>
    public static bool IsBoilerplateBlock(ReadOnlySpan<char> block) =>
        Caption().IsMatch(block) || ClosingPhotoCredit().IsMatch(block) || ClosingSlashCredit().IsMatch(block) || PlacedCaption().IsMatch(block) || (block.Length <= MaxPosedCaption && PosedCaption().IsMatch(block))
        || Credit().IsMatch(block) || Byline().IsMatch(block) || Contact().IsMatch(block);

    // A caption is a line or two; a paragraph longer than this that says "is seen" is telling a story.
    private const int MaxPosedCaption = 400;

    /// <summary>
    /// Length of the page's label at the start of a block, or 0: a dateline ("WASHINGTON (Reuters) —") or an editor's
    /// note ("Editor’s Notes (March 2024): Oakwood University … were awarded …"), whose text is the article's.
    /// </summary>
    public static int LeadingLabelLength(ReadOnlySpan<char> block)
    {
        foreach (var match in Dateline().EnumerateMatches(block))
        {
            return match.Length;
        }

        foreach (var match in EditorsNote().EnumerateMatches(block))
        {
            return match.Length;
        }

        return 0;
    }

    // "ISS032-E-011701 (4 Aug. 2012) — NASA astronaut …", "jsc2024e012345 (Jan. 5, 2024) —": an image number (letters and
    // digits) and the day the picture was taken open a caption.
    [GeneratedRegex(@"\((?:Photo|Photograph|Image|Picture|Credit|Video|File photo)s?\s*:|^\(L-R\)|Photo credit|Getty Images\)|^\s*(?=[\p{L}\d-]{6,}\s*\()(?=[\p{L}\d-]*\d)(?=[\d-]*\p{L})[\p{L}\d]+(?:-[\p{L}\d]+)*\s*\([^()]*\d{4}\)\s*[-–—]", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    // "… make their way to the CHAPEA facility ahead of their entry into the habitat on June 25, 2023. Credit: NASA/Josh
    // Valcarcel": a paragraph closing with the picture's credit is its caption (blind reviewers of set 23: trivia).
    [GeneratedRegex(@"\bCredits?:\s*[^.:]{1,80}\s*$")]
    private static partial Regex ClosingPhotoCredit();

    // "A CADRE rover is prepared for … testing in a special chamber at JPL in November 2023. … NASA/JPL-Caltech": a
    // paragraph whose last sentence is followed by names joined by slashes, with no stop, ends with its picture's credit
    // (both blind reviewers of set 30: trivia).
    [GeneratedRegex(@"[.!?)”""]\s+\p{Lu}[\p{L}\d.&’'-]*(?: \p{Lu}[\p{L}\d.&’'-]*){0,3}(?:/\p{Lu}[\p{L}\d.&’'-]*(?: \p{Lu}[\p{L}\d.&’'-]*){0,3})+\s*$")]
    private static partial Regex ClosingSlashCredit();

    // "Left: Workers roll Columbia out from its hangar … Right: Columbia just prior to rollout …": a paragraph opening with
    // where its picture stands on the page is the pictures' captions (blind reviewers of set 25). "2022 Honorees from left
    // to right: Tim Wilson; …" names the people of a picture in order, as a caption does.
    [GeneratedRegex(@"^\s*(?:Left|Right|Middle|Center|Centre|Top|Bottom|Inset)\s*:\s|\b(?:[Ff]rom )?(?:[Ll]eft to right|[Rr]ight to left)\s*:")]
    private static partial Regex PlacedCaption();

    // "During a research trip to Fiji, Dr. Lola Fatoyinbo poses in a cluster of coastal mangroves …", "The Ingenuity Mars
    // Helicopter’s aerial prototype is seen at the Smithsonian … Dec. 15, 2023.", "From left: senior Julianne Wu, …": a
    // short block that shows someone posing or something seen or pictured, or names people from the left, describes a
    // picture (blind reviewers of set 28: trivia).
    [GeneratedRegex(@"(?<!\bwe )\b(?:is|are) (?:seen|pictured|shown|photographed)\b(?! as\b| to\b)|\bposes? (?:in|for|with|beside|next to|near|at|on|inside|outside|during|atop|alongside)\b|\b[Ff]rom (?:left|right)\s*[:,]")]
    private static partial Regex PosedCaption();

    // "Editor’s Note:", "Editor's Notes (March 2024):", "Editor’s note, updated Feb. 1:": the label, not the statement.
    [GeneratedRegex(@"^Editor[’']s [Nn]otes?(?: ?\([^()]{0,40}\)|,[^:.]{0,40})?:\s*")]
    private static partial Regex EditorsNote();

    [GeneratedRegex(@"^\s*(?:Read (?:More|also)|See also|Related|Editing by|Reporting by|Additional reporting|Writing by|Compiled by|Follow us|Subscribe|Sign up|Share this|Copyright|©)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    // "… must request credentials by Feb. 13, to Lance Davis: 256-640-9065 or lance.d.davis@nasa.gov.": a paragraph with an
    // e-mail address or a telephone number tells readers whom to contact, not what happened.
    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|(?<![\d-])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}\b")]
    private static partial Regex Contact();

    // "By John Smith" or "By John Smith and Jane Doe", alone on its line.
    [GeneratedRegex(@"^\s*By\s+\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|and))*\s*$")]
    private static partial Regex Byline();

    // "WASHINGTON DC (Kurdistan 24) - " / "WASHINGTON DC, United States (Kurdistan 24) " / "LONDON (Reuters) —"; with no
    // agency, a dash must follow: "WASHINGTON — ", or a place and its region, "Hawker, Canberra — " (a name and a dash
    // alone may open a sentence: "Anita O'Day — a singer — …", "NASA — the space agency — …", which a second dash shows).
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}.\- ]{2,}(?:,\s*\p{Lu}[\p{L}.\- ]+)?\s*\([^)]{1,40}\)\s*(?:[-–—]\s*)?|(?:\p{Lu}[\p{Lu}.\-]{2,}(?: \p{Lu}[\p{Lu}.\-]+)*|\p{Lu}[\p{L}.'\-]+(?: \p{Lu}[\p{L}.'\-]+){0,2}, \p{Lu}[\p{L}.'\-]+(?: \p{Lu}[\p{L}.'\-]+){0,2}) [–—] (?![^.]*? [–—] ))")]
    private static partial Regex Dateline();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyDecks.Core.Analysis;

/// <summary>A span of a sentence that names something or states a quantity.</summary>
/// <param name="Kind">What it refers to.</param>
/// <param name="Start">Offset of its first character in the article text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Text">The text as written.</param>
internal sealed partial record Mention(MentionKind Kind, int Start, int End, string Text)
{
    /// <summary>The numeric value of a quantity (count, sum, year, percentage, duration in its unit).</summary>
    public decimal Value { get; init; }

    /// <summary>The entity a name mention refers to, once aliases are resolved.</summary>
    public Entity? Entity { get; set; }

    /// <summary>Whether the quantity is relative to the article's date ("two weeks ago") or malformed ("9,00").</summary>
    public bool IsUnusable { get; init; }

    /// <summary>The canonical name: the entity's name for names, the text for quantities.</summary>
    public string Canonical => Entity?.Name ?? Text;

    public int Length => End - Start;

    /// <summary>The year a year or a dated day or month names ("November 2023": 2023); <see langword="null"/> for others.</summary>
    public int? NamedYear => Kind is MentionKind.Year or MentionKind.Date && FourDigits().Match(Text) is { Success: true } year
        ? int.Parse(year.Value, CultureInfo.InvariantCulture)
        : null;

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex FourDigits();

    /// <summary>The kind after alias resolution: a bare surname resolved to a person is a person.</summary>
    public MentionKind ResolvedKind => Entity?.Kind ?? Kind;
}

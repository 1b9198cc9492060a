using System.Globalization;

namespace StudyDecks.Testing;

/// <summary>
/// Short statements of one figure each ("The library of Korselven opened on May 4, 2026."), for long articles of
/// figures that every question kind works on (issue 13's shapes, as statements rather than bare lists of figures). The
/// towns have made-up names of three syllables, 8,000 of them, so that statements seldom repeat a subject: a sentence
/// the article states twice with two figures is asked for neither.
/// </summary>
public static class FigureStatements
{
    /// <summary>The kinds of figure: numbers, years, dates, sums and percentages.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["numbers", "years", "dates", "sums", "percentages"];

    private static readonly string[] Syllables = ["al", "bar", "cor", "dun", "el", "fen", "gal", "har", "ist", "kel", "lor", "mon", "nor", "os", "pel", "ran", "sel", "tor", "ul", "ven"];

    private static readonly string[] Buildings = ["bridge", "harbour", "town hall", "library", "railway station", "hospital"];

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>A statement of one figure of the kind (one of <see cref="Kinds"/>).</summary>
    public static string Statement(string kind, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var place = $"{Buildings[random.Next(Buildings.Length)]} of {Town(random)}";
        var figure = Figure(kind, random);
        return kind switch
        {
            "years" => $"The {place} opened in {figure}.",
            "dates" => $"The {place} opened on {figure}.",
            "numbers" => $"The {place} had {figure} visitors in its first year.",
            "sums" => $"The {place} cost {figure} to build.",
            _ => $"Use of the {place} rose by {figure} in its first year.",
        };
    }

    /// <summary>A figure of the kind: "74607", "1934", "May 4, 2026", "$138.9 million", "18%".</summary>
    public static string Figure(string kind, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return kind switch
        {
            "numbers" => random.Next(1, 99_999).ToString(CultureInfo.InvariantCulture),
            "years" => random.Next(1900, 2031).ToString(CultureInfo.InvariantCulture),
            "dates" => string.Create(CultureInfo.InvariantCulture, $"{Months[random.Next(12)]} {random.Next(1, 29)}, {random.Next(1900, 2031)}"),
            "sums" => string.Create(CultureInfo.InvariantCulture, $"${random.Next(1, 1000)}.{random.Next(10)} million"),
            "percentages" => string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 100)}%"),
            _ => throw new ArgumentException($"unknown kind of figure {kind}", nameof(kind)),
        };
    }

    private static string Town(Random random)
    {
        var name = string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}

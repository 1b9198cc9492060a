using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Distractors;

namespace StudyDecks.Core.Tests.Distractors;

public partial class QuantityFormTests
{
    private static readonly string[] Quantities =
    [
        "$148 million", "31,000", "1,709 people", "3.5 percent", "US$2.4 billion", "nine", "2021", "€ 40",
        "10.", "1.2.3", "12,", "abc", "", "7\n", "7\nmore", "٣ days", "about 40,000,5 km", ".5", "5.x",
    ];

    [TestCaseSource(nameof(Quantities))]
    public void Splitting_a_quantity_gives_what_its_shape_pattern_captures(string text)
    {
        // Arrange
        var match = Shape().Match(text);

        // Act
        var split = QuantityForm.TrySplit(text, out var prefix, out var digits, out var suffix);

        // Assert
        Assert.That(split, Is.EqualTo(match.Success));
        Assert.That((prefix, digits, suffix), Is.EqualTo(match.Success ? (match.Groups["p"].Value, match.Groups["n"].Value, match.Groups["s"].Value) : ("", "", "")));
    }

    [Test]
    public void A_sum_keeps_its_prefix_and_suffix()
    {
        // Act
        var form = QuantityForm.Parse("$148 million", Lexicon.Default);

        // Assert
        Assert.That(form, Is.EqualTo(new QuantityForm("$", 148, " million", Grouped: false, Decimals: 0, IsWord: false)));
        Assert.That(form!.Format(120, Lexicon.Default), Is.EqualTo("$120 million"));
    }

    // The pattern QuantityForm.TrySplit stands for.
    [GeneratedRegex(@"^(?<p>[^\d]*?)(?<n>\d[\d,]*(?:\.\d+)?)(?<s>.*)$")]
    private static partial Regex Shape();
}

using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Distractors;

namespace StudyDecks.Core.Tests.Distractors;

public partial class QuantityFormTests
{
    [Test]
    public void A_share_keeps_its_qualifier_and_style_when_written_with_another_value()
    {
        // Arrange
        var form = QuantityForm.Parse("Almost half", Lexicon.Default)!;

        // Act
        var third = form.Format(1m / 3, Lexicon.Default);

        // Assert
        Assert.That((form.Number, third), Is.EqualTo((0.5m, "Almost a third")));
    }

    [Test]
    public void A_ratio_is_written_as_a_ratio()
    {
        // Arrange
        var form = QuantityForm.Parse("one in three", Lexicon.Default)!;

        // Act
        var values = form.ShareValues(Lexicon.Default).Select(value => form.Format(value, Lexicon.Default)).ToList();

        // Assert
        Assert.That(values, Does.Contain("one in four").And.No.Contain("a quarter"));
    }

    [Test]
    public void A_share_and_a_percentage_are_different_units()
    {
        // Act
        var share = QuantityForm.Parse("half", Lexicon.Default)!;
        var percent = QuantityForm.Parse("50 per cent", Lexicon.Default)!;

        // Assert
        Assert.That(share.Unit, Is.Not.EqualTo(percent.Unit));
    }

    [Test]
    public void A_scaled_count_is_written_with_its_scale_word()
    {
        // Arrange
        var form = QuantityForm.Parse("two billion", Lexicon.Default)!;

        // Act
        var one = form.Format(1, Lexicon.Default);

        // Assert
        Assert.That((form.IsScaled, one), Is.EqualTo((true, "one billion")));
    }

    [TestCase("$863.4 billion", 1269.2, "$1,269.2 billion")]
    [TestCase("850 people", 12000, "12,000 people")]
    [TestCase("850 people", 1200, "1200 people")]
    [TestCase("4500 people", 6000, "6000 people")]
    public void A_value_past_a_thousand_is_grouped_when_the_key_could_not_show_its_style(string key, decimal value, string expected)
    {
        // Arrange
        var form = QuantityForm.Parse(key, Lexicon.Default)!;

        // Act
        var text = form.Format(value, Lexicon.Default);

        // Assert
        Assert.That(text, Is.EqualTo(expected));
    }

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

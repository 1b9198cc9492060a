using System.Collections.Immutable;

namespace StudyDecks.Core.Distractors;

/// <summary>The weight of each option feature and the score a candidate must reach to be offered.</summary>
/// <param name="Weights">Weight by feature: the exponent of the feature's value in the score.</param>
/// <param name="Threshold">Below this a candidate is never offered, not even as a spare; a card that keeps fewer than three goes without options.</param>
/// <remarks>
/// The score is the product of every feature's value raised to its weight (a weighted sum of logarithms), not a
/// weighted sum: one feature at 0 — a man dead before the year asked, a Frenchman for "Italian Foreign Minister _____"
/// — rules the candidate out however well it fits otherwise, which blind reviewers demand (issue 12: a student needs
/// only one reason to strike an option).
/// </remarks>
internal sealed record OptionWeights(ImmutableDictionary<OptionFeature, double> Weights, double Threshold)
{
    /// <summary>
    /// Set by hand. Class, region and era weigh 1: each alone made reviewers reject options (a Soviet leader as a US
    /// president, camps "in northeast Japan", a leader of another century). The frame weighs 1 too: a name that breaks
    /// the sentence's grammar gives itself away. Form weighs ½: options of unlike length are already refused outright by
    /// <see cref="OptionRules"/>, what is left is a milder clue. The threshold, ½, lets through a candidate about which
    /// nothing is known (every "cannot tell" of 0.9 together: 0.73) and turns away one with a single feature against it
    /// (0.5 or less times the rest).
    /// </summary>
    public static OptionWeights Default { get; } = new(
        new Dictionary<OptionFeature, double>
        {
            [OptionFeature.SameClass] = 1.0,
            [OptionFeature.SameRegion] = 1.0,
            [OptionFeature.SameEra] = 1.0,
            [OptionFeature.FitsFrame] = 1.0,
            [OptionFeature.SameForm] = 0.5,
        }.ToImmutableDictionary(),
        Threshold: 0.5);

    public double this[OptionFeature feature] => Weights.GetValueOrDefault(feature);
}

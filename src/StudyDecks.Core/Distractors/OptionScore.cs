namespace StudyDecks.Core.Distractors;

/// <summary>How well a candidate wrong option fits beside the answer and the stem, and what set it.</summary>
/// <param name="Total">The score, 0 to 1, rounded to two places: the product of every feature's value raised to its weight.</param>
/// <param name="Values">Each feature's value, in <see cref="OptionFeature"/> order.</param>
internal sealed record OptionScore(double Total, IReadOnlyList<(OptionFeature Feature, double Value)> Values)
{
    /// <summary>The value of a feature that neither the deck nor the gazetteer can decide: a little below a fit, so known fits rank first.</summary>
    public const double CannotTell = 0.9;

    /// <summary>The value of one feature.</summary>
    public double this[OptionFeature feature] => Values.First(value => value.Feature == feature).Value;
}

using System.Collections.Immutable;

namespace StudyDecks.Core.Generation.Scoring;

/// <summary>The weight of each ranking feature and the score a card must reach to be asked.</summary>
/// <param name="Weights">Weight by feature; a card's score is the sum of weight × value.</param>
/// <param name="MinimumScore">Below this a card is not worth asking, whatever the budget leaves.</param>
internal sealed record FeatureWeights(ImmutableDictionary<RankingFeature, double> Weights, double MinimumScore)
{
    /// <summary>
    /// Set by hand from blind reviews of decks of the development articles: what reviewers rejected most (questions
    /// leaning on the article, trivia, clumsy rewrites) weighs most. The article's most-named entity as the answer is no
    /// longer marked down: since the context line never names the answer, reviewers accepted such cards 9 times in 12
    /// (round 44), above the cards around them.
    /// </summary>
    public static FeatureWeights Default { get; } = new(
        new Dictionary<RankingFeature, double>
        {
            [RankingFeature.SelfContained] = 0.8,
            [RankingFeature.Lead] = 0.3,
            [RankingFeature.Salience] = 0.6,
            [RankingFeature.AnswerKind] = 1.0,
            [RankingFeature.TransformationRisk] = -0.6,
            // Longer stems were accepted more often, not less, in rounds 41–44: no penalty. Not a bonus either: a positive
            // weight raises the bound of every proposal, and writing the extra proposals cost 8 % more allocation.
            [RankingFeature.StemLength] = 0,
            [RankingFeature.Options] = 0.5,
            // At 2.0 a date card marked 0.6 trivia still cleared the minimum on unseen articles (a charge's month, a bill's
            // day, a date in a lead's parenthesis: all rejected by both blind reviewers); at 2.4 it does not.
            [RankingFeature.Trivia] = -2.4,
            [RankingFeature.Opinion] = -0.4,
            [RankingFeature.KnownAnswer] = 0.3,
            // Lifts a card of an account of history from 0.9 to the minimum: those cards were accepted as often as the
            // cards above it (rounds 79 and 80).
            [RankingFeature.Period] = 0.3,
        }.ToImmutableDictionary(),
        MinimumScore: 1.2);

    public double this[RankingFeature feature] => Weights.GetValueOrDefault(feature);
}

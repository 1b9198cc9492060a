namespace StudyDecks.Core.Decks;

/// <summary>The generator's ranking score of a card and what made it up.</summary>
/// <param name="Total">The score: higher is a better card to ask. The deck keeps the best-scored cards under its budget.</param>
/// <param name="Features">Each named feature's contribution to <paramref name="Total"/> (its weight times its value), in a fixed order.</param>
public sealed record CardScore(double Total, IReadOnlyList<ScoreContribution> Features)
{
    /// <summary>"1.23 (importance +0.31, self-contained +0.50, answer-kind -0.20)": the total, then each feature's signed share in order.</summary>
    public string Describe()
    {
        var total = Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        if (Features.Count == 0)
        {
            return total;
        }

        var features = Features.Select(feature => $"{feature.Feature} {feature.Contribution.ToString("+0.00;-0.00;+0.00", System.Globalization.CultureInfo.InvariantCulture)}");
        return $"{total} ({string.Join(", ", features)})";
    }
}

/// <summary>One feature's share of a card's score.</summary>
/// <param name="Feature">The feature's name, as in the deck file: "importance", "self-contained", "answer-kind"…</param>
/// <param name="Contribution">Weight times value: positive raises the card, negative lowers it.</param>
public sealed record ScoreContribution(string Feature, double Contribution);

namespace StudyDecks.Core.Quality;

/// <summary>One failed quality check on a card.</summary>
/// <param name="CardId">The card's id.</param>
/// <param name="Rule">The rule the card fails.</param>
/// <param name="Message">What is wrong, in a few words.</param>
public sealed record LintFinding(string CardId, LintRule Rule, string Message)
{
    /// <summary>The rule's code as reports print it: "S3".</summary>
    public string Code => Rule.Code();
}

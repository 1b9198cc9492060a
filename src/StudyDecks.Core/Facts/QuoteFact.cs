using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Facts;

/// <summary>A quotation and the person who said it.</summary>
/// <param name="Sentence">The sentence holding the quotation.</param>
/// <param name="Quote">The quoted words, without quotation marks or the trailing comma.</param>
/// <param name="Speaker">The speaker's mention (possibly in an earlier sentence when the sentence says "he added").</param>
internal sealed record QuoteFact(Sentence Sentence, string Quote, Mention Speaker)
{
    /// <summary>
    /// For reported speech ("Professor Eastman says manufacturers could …"), the verb that reports it; the quote is then
    /// the reported clause, not the speaker's own words. <see langword="null"/> for a quotation.
    /// </summary>
    public string? ReportingVerb { get; init; }
}

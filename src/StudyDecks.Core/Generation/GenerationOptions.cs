namespace StudyDecks.Core.Generation;

/// <summary>Settings of one generation run.</summary>
/// <param name="Title">The deck's title.</param>
/// <param name="Seed">Seed of every random choice; the same articles and seed give the same deck.</param>
/// <param name="MaxCards">Most cards to keep, or <see langword="null"/> for the default budget of about nine per 1000 words.</param>
/// <param name="AllCandidates">Keep every candidate that passes the card linter, scored but not selected: for a teacher's review.</param>
public sealed record GenerationOptions(string Title, int Seed = 1, int? MaxCards = null, bool AllCandidates = false)
{
    /// <summary>The generator name written into decks.</summary>
    public const string GeneratorName = "studydecks";
}

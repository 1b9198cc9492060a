namespace StudyDecks.Core.Decks;

/// <summary>One article a deck was made from.</summary>
/// <param name="Id">Short stable id cards use to refer to the article (from its file name).</param>
/// <param name="Title">The article's title.</param>
/// <param name="Origin">Where the article came from (its <c>Source:</c> line or URL), if known.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the article's bytes, to tell if the text changed.</param>
/// <param name="Words">Number of words in the article body.</param>
public sealed record DeckSource(string Id, string Title, string? Origin, string Sha256, int Words);

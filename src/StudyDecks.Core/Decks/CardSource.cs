namespace StudyDecks.Core.Decks;

/// <summary>Where in its article a card's fact is stated.</summary>
/// <param name="Article">Id of the article (<see cref="DeckSource.Id"/>).</param>
/// <param name="Sentence">Zero-based index of the sentence within the article's body.</param>
/// <param name="Start">Offset of the sentence's first character in the article body text.</param>
/// <param name="End">Offset just past the sentence's last character; <c>End - Start</c> is its length.</param>
public sealed record CardSource(string Article, int Sentence, int Start, int End);

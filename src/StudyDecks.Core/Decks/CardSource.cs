namespace StudyDecks.Core.Decks;

/// <summary>Where in its article a card's fact is stated.</summary>
/// <param name="Article">Id of the article (<see cref="DeckSource.Id"/>).</param>
/// <param name="Sentence">Zero-based index of the sentence within the article's body.</param>
/// <param name="Start">Offset of the sentence's first character in the article body text.</param>
/// <param name="End">Offset just past the sentence's last character; <c>End - Start</c> is its length.</param>
public sealed record CardSource(string Article, int Sentence, int Start, int End)
{
    /// <summary>"seed-2021, sentence 11": the sentence counted from 1, as readers count, wherever a card's source is shown.</summary>
    public string Reference => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Article}, sentence {Sentence + 1}");
}

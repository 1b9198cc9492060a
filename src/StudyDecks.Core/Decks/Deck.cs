namespace StudyDecks.Core.Decks;

/// <summary>A set of study cards generated from one or more articles: what a deck file holds.</summary>
/// <param name="Title">Human title, shown in exports, quizzes and the Anki deck name.</param>
/// <param name="Generator">What made the deck, and with which seed.</param>
/// <param name="Sources">The articles the cards come from, in input order.</param>
/// <param name="Cards">The cards, in article order.</param>
/// <remarks>
/// Record equality compares the lists by reference; compare two decks by their JSON form
/// (<see cref="DeckJson.Serialize(Deck)"/>) when their contents matter.
/// </remarks>
public sealed record Deck(
    string Title,
    GeneratorInfo Generator,
    IReadOnlyList<DeckSource> Sources,
    IReadOnlyList<Card> Cards)
{
    /// <summary>The value of the <c>format</c> field of every deck file.</summary>
    public const string FormatName = "studydecks.deck";

    /// <summary>The deck file format version this build writes and the newest it reads (it reads every older one too).</summary>
    /// <remarks>
    /// Version 2 added each card's optional <c>context</c> line and <c>score</c>; version 1 decks load with neither.
    /// Version 3 added each card's optional <c>spares</c> and <c>review</c>: an older StudyDecks, which would print a
    /// dropped card, refuses such a deck instead.
    /// </remarks>
    public const int CurrentVersion = 3;

    /// <summary>Finds the source an article id names, or <see langword="null"/>.</summary>
    public DeckSource? FindSource(string articleId)
    {
        foreach (var source in Sources)
        {
            if (source.Id == articleId)
            {
                return source;
            }
        }

        return null;
    }
}

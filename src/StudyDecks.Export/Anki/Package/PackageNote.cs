using StudyDecks.Core.Decks;

namespace StudyDecks.Export.Anki.Package;

/// <summary>The note a card becomes in an .apkg: its guid, note type, field HTML and tags.</summary>
/// <param name="Guid">Identity across imports (<see cref="AnkiGuid"/>).</param>
/// <param name="NoteType">Basic for short-answer and true/false cards, Multiple Choice, or Cloze.</param>
/// <param name="Fields">One escaped HTML value per field of <paramref name="NoteType"/>.</param>
/// <param name="Tags">The card's tags, made valid for Anki.</param>
internal sealed record PackageNote(string Guid, AnkiNoteType NoteType, IReadOnlyList<string> Fields, IReadOnlyList<string> Tags)
{
    /// <summary>The note for <paramref name="card"/> of <paramref name="deck"/>.</summary>
    public static PackageNote From(Card card, Deck deck)
    {
        var html = CardHtml.From(card, deck);
        var guid = AnkiGuid.For(card.Id);
        var tags = AnkiNames.Tags(card.Tags);
        return card.Type switch
        {
            CardType.MultipleChoice => new PackageNote(guid, AnkiNoteTypes.MultipleChoice, [html.Question, .. html.Options, html.Answer, html.Source], tags),
            CardType.Cloze => new PackageNote(guid, AnkiNoteTypes.Cloze, [html.Cloze!, html.Source], tags),
            _ => new PackageNote(guid, AnkiNoteTypes.Basic, [html.Question, html.Answer, html.Source], tags),
        };
    }

    /// <summary>The fields joined with Anki's 0x1F separator, as the <c>notes.flds</c> column holds them.</summary>
    public string JoinedFields => string.Join('\u001f', Fields);

    /// <summary>The tags as the <c>notes.tags</c> column holds them: space-separated with a space at each end, or empty.</summary>
    public string JoinedTags => Tags.Count == 0 ? string.Empty : $" {string.Join(' ', Tags)} ";

    /// <summary>Plain text of the first field: the sort field (<c>notes.sfld</c>) and what <c>csum</c> is computed from.</summary>
    public string FirstFieldText { get; } = AnkiHtml.ToPlainText(Fields[0]);
}

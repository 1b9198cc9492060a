using StudyDecks.Core.Decks;
using StudyDecks.Export.Choices;

namespace StudyDecks.Export.Anki;

/// <summary>The escaped HTML pieces of one card that the Anki formats put into note fields.</summary>
/// <param name="Question">The prompt: the question, the cloze sentence with its blank, or "True or false: …", under the card's context line when it has one.</param>
/// <param name="Options">A multiple-choice card's options in display order (see <see cref="ChoiceOrder"/>); empty for other types.</param>
/// <param name="Answer">The answer; for multiple choice the right option with its letter ("B. John Godfrey").</param>
/// <param name="Cloze">A cloze card's sentence in Anki cloze syntax (<c>{{c1::answer}}</c>), under its context line; <see langword="null"/> for other types.</param>
/// <param name="Source">The source sentence, then the article's title and origin.</param>
internal sealed record CardHtml(string Question, IReadOnlyList<string> Options, string Answer, string? Cloze, string Source)
{
    /// <summary>The prefix of a true/false card's prompt.</summary>
    public const string TrueFalsePrompt = "True or false: ";

    /// <summary>Builds the pieces of <paramref name="card"/>, citing its article from <paramref name="deck"/>.</summary>
    public static CardHtml From(Card card, Deck deck)
    {
        var context = ContextHeader(card.Context);
        var source = AnkiHtml.Escape(card.Explanation);
        if (deck.FindSource(card.Source.Article) is { } article)
        {
            var citation = string.IsNullOrWhiteSpace(article.Origin) ? article.Title : $"{article.Title} — {article.Origin}";
            source += $"<div class=\"citation\">{AnkiHtml.Escape(citation)}</div>";
        }

        switch (card.Type)
        {
            case CardType.MultipleChoice:
                var choices = ChoiceOrder.Arrange(card);
                return new CardHtml(
                    context + AnkiHtml.Escape(card.Question),
                    [.. choices.Options.Select(AnkiHtml.Escape)],
                    $"{choices.AnswerLetter}. {AnkiHtml.Escape(choices.Answer)}",
                    null,
                    source);
            case CardType.Cloze:
                return new CardHtml(context + AnkiHtml.Escape(card.Question), [], AnkiHtml.Escape(card.Answer), context + AnkiHtml.Cloze(card.Question, Card.Blank, card.Answer), source);
            case CardType.TrueFalse:
                return new CardHtml(context + AnkiHtml.Escape(TrueFalsePrompt + card.Question), [], AnkiHtml.Escape(card.Answer), null, source);
            default:
                return new CardHtml(context + AnkiHtml.Escape(card.Question), [], AnkiHtml.Escape(card.Answer), null, source);
        }
    }

    /// <summary>
    /// The header a card's context line becomes at the top of the front: small italic text (styled further by the
    /// .apkg's <c>.context</c> rule; the stock Basic type of a text import shows the small italics alone). The space
    /// after it keeps the sort field's plain text readable ("Rome, 2021 Who was…"); a browser does not show it.
    /// </summary>
    private static string ContextHeader(string? context) =>
        string.IsNullOrWhiteSpace(context) ? string.Empty : $"<div class=\"context\"><small><i>{AnkiHtml.Escape(context)}</i></small></div> ";
}

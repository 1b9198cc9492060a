using StudyDecks.Core.Decks;
using StudyDecks.Testing;

namespace StudyDecks.Export.Tests.Moodle;

/// <summary>Decks whose text is full of what the Moodle formats treat specially.</summary>
internal static class SpecialDecks
{
    /// <summary>Every GIFT special character, a backslash before an 'n', markup and a CDATA end.</summary>
    public const string Specials = "a~b=c#d{e}f:g\\h \\n <b>i</b> & ]]> j";

    /// <summary>
    /// <see cref="SampleDecks.Coalition"/>'s cards, one of each type, with <see cref="Specials"/> in their ids, questions,
    /// answers, options, context and explanations, plus answers Moodle would misread: a leading weight (<c>%50%</c>),
    /// a leading format tag (<c>[html]</c>), a short-answer wildcard (<c>*</c>) and GIFT's matching arrow (<c>-&gt;</c>).
    /// </summary>
    public static Deck WithSpecials()
    {
        var deck = SampleDecks.Coalition();
        var cards = deck.Cards;
        Card Special(Card card, string suffix) => card with
        {
            Id = card.Id + ":{" + suffix + "}",
            Question = card.Type == CardType.Cloze ? $"{Specials} {Card.Blank} {Specials}" : $"{Specials} {card.Question}",
            Explanation = Specials + " " + card.Explanation,
            Context = Specials,
        };

        return deck with
        {
            Title = "Deck / with {specials}",
            Cards =
            [
                Special(cards[0], "mc") with { Answer = "%50% " + Specials, Distractors = ["[html]<i>x</i>", "=right?", "~wrong"] },
                Special(cards[2], "cloze") with { Answer = "1*3 " + Specials, Aliases = ["[plain]13"] },
                Special(cards[3], "short") with { Answer = "%5%" + Specials, Aliases = ["S*F", "a -> b"] },
                Special(cards[4], "tf"),
                Special(cards[4], "tf-false") with { Answer = Card.False, Distractors = [Card.True] },
            ],
        };
    }
}

using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Distractors;

/// <summary>Where the generator found each wrong option, kept on the card for a reviewing teacher.</summary>
public sealed class OptionOriginsTests
{
    private static readonly Lazy<Deck> Deck = new(() => DeckGenerator.Generate(TestData.AllArticles(), new GenerationOptions("All", 1, null, true)));

    [Test]
    public void Every_wrong_option_and_spare_of_a_generated_card_says_where_it_came_from()
    {
        var withOptions = Deck.Value.Cards.Where(card => card.Type != CardType.TrueFalse && card.Distractors.Count > 0).ToArray();

        Assert.That(withOptions, Is.Not.Empty);
        foreach (var card in withOptions)
        {
            Assert.That(card.Distractors.Concat(card.Spares).Where(option => !card.OptionOrigins.ContainsKey(option)), Is.Empty, card.Id);
        }
    }

    [Test]
    public void Every_wrong_option_and_spare_of_a_generated_card_has_a_score_at_or_above_the_threshold()
    {
        var withOptions = Deck.Value.Cards.Where(card => card.Type != CardType.TrueFalse && card.Distractors.Count > 0).ToArray();

        foreach (var card in withOptions)
        {
            Assert.That(card.Distractors.Concat(card.Spares).Select(option => card.OptionScores.GetValueOrDefault(option, -1)), Has.All.InRange(0.5, 1.0), card.Id);
        }
    }

    [Test]
    public void Figures_are_computed_or_written_in_the_article_and_people_are_the_deck_s_or_real_people_of_the_gazetteer()
    {
        var cards = Deck.Value.Cards.Where(card => card.Type != CardType.TrueFalse).ToList();
        var origins = cards.SelectMany(card => card.OptionOrigins.Values.Select(origin => (card.AnswerKind, origin))).ToList();
        var people = cards.Where(card => card.AnswerKind == AnswerKind.Person).SelectMany(card => card.OptionOrigins).ToList();

        Assert.That(origins.Where(pair => pair.AnswerKind is AnswerKind.Date or AnswerKind.Year).Select(pair => pair.origin), Does.Contain(OptionOrigin.Computed));
        Assert.That(people.Select(pair => pair.Value).Distinct(), Is.SubsetOf(new[] { OptionOrigin.Article, OptionOrigin.Deck, OptionOrigin.Gazetteer }));
        Assert.That(people.Where(pair => pair.Value == OptionOrigin.Gazetteer).Select(pair => pair.Key), Has.All.Matches<string>(name => Core.Knowledge.Gazetteer.Default.IsPerson(name)), "never an invented person");
    }

    [Test]
    public void A_card_shows_an_option_with_its_origin_and_score_and_a_typed_option_without()
    {
        var card = Deck.Value.Cards.First(card => card.OptionOrigins.Count > 0 && card.Distractors.Count > 0);
        var option = card.Distractors[0];
        var score = card.OptionScores[option].ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(card.WithOrigin(option), Is.EqualTo($"{option} ({DeckNames.ToName(card.OptionOrigins[option])}, {score})"));
        Assert.That((card with { OptionScores = Card.NoScores }).WithOrigin(option), Is.EqualTo($"{option} ({DeckNames.ToName(card.OptionOrigins[option])})"), "a deck written before scores were kept");
        Assert.That(card.WithOrigin("typed by a teacher"), Is.EqualTo("typed by a teacher"));
    }
}

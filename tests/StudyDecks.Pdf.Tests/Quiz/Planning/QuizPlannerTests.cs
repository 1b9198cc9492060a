using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Pdf.Quiz;
using StudyDecks.Pdf.Quiz.Planning;
using StudyDecks.Testing;

namespace StudyDecks.Pdf.Tests.Quiz.Planning;

public sealed class QuizPlannerTests
{
    [Test]
    public void Every_lettered_answer_index_points_at_the_answer()
    {
        var plan = QuizPlanner.Plan(SampleDecks.Large(60), new QuizOptions(Versions: 3, Seed: 5));

        var lettered = plan.Versions.SelectMany(version => version.Questions).Where(question => question.HasOptions).ToArray();

        Assert.That(lettered, Is.Not.Empty);
        Assert.That(lettered.Select(question => question.Options[question.AnswerIndex] == question.Card.Answer), Has.All.True);
        Assert.That(lettered.Select(question => question.Options.Order(StringComparer.Ordinal)), Is.EqualTo(lettered.Select(question => question.Card.Options.Order(StringComparer.Ordinal))));
    }

    [Test]
    public void Versions_ask_the_same_cards_in_different_orders()
    {
        var plan = QuizPlanner.Plan(SampleDecks.Large(40), new QuizOptions(Versions: 2, Seed: 1));

        var a = plan.Versions[0].Questions.Select(question => question.Card.Id).ToArray();
        var b = plan.Versions[1].Questions.Select(question => question.Card.Id).ToArray();

        Assert.That(b, Is.EquivalentTo(a));
        Assert.That(b, Is.Not.EqualTo(a));
        Assert.That(plan.Versions.Select(version => version.Name), Is.EqualTo(new[] { "Version A", "Version B" }));
    }

    [Test]
    public void Questions_are_grouped_in_parts_and_numbered_from_one()
    {
        var plan = QuizPlanner.Plan(SampleDecks.Coalition(), new QuizOptions(Seed: 2));

        var questions = plan.Versions[0].Questions;

        Assert.That(questions.Select(question => question.Number), Is.EqualTo(Enumerable.Range(1, 8)));
        Assert.That(questions.Select(question => question.Part), Is.Ordered);
    }

    [Test]
    public void Numeric_options_are_in_ascending_order()
    {
        var plan = QuizPlanner.Plan(SampleDecks.Large(24), new QuizOptions(Versions: 2));

        var years = plan.Versions.SelectMany(version => version.Questions).Where(question => question.Card.AnswerKind == AnswerKind.Year).ToArray();

        Assert.That(years, Is.Not.Empty);
        Assert.That(years.Select(question => question.Options), Has.All.EqualTo(new[] { "2014", "2015", "2017", "2019" }));
    }

    [Test]
    public void A_count_picks_cards_from_every_stretch_of_the_deck_in_deck_order()
    {
        var deck = SampleDecks.Large(60);

        var plan = QuizPlanner.Plan(deck, new QuizOptions(Count: 10, Seed: 9));
        var indexes = plan.Versions[0].Questions.Select(question => deck.Cards.ToList().FindIndex(card => card.Id == question.Card.Id)).Order().ToArray();

        Assert.That(indexes, Has.Length.EqualTo(10));
        Assert.That(indexes.Select((index, stretch) => index / 6 == stretch), Has.All.True);
    }

    [Test]
    public void The_same_seed_gives_the_same_plan_and_another_seed_another()
    {
        static string[] Order(int seed) => QuizPlanner.Plan(SampleDecks.Large(30), new QuizOptions(Seed: seed)).Versions[0].Questions
            .Select(question => question.Card.Id + string.Concat(question.Options)).ToArray();

        var first = Order(4);
        var again = Order(4);
        var other = Order(5);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [Test]
    public void Asking_for_more_questions_than_cards_fails_with_a_message_that_says_so()
    {
        var exception = Assert.Throws<StudyDecksException>(() => QuizPlanner.Plan(SampleDecks.Coalition(), new QuizOptions(Count: 9)));

        Assert.That(exception!.Message, Does.Contain("8 cards").And.Contain("--count"));
    }
}

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Generation.Kinds.WhQuestions;

namespace StudyDecks.Core.Tests.Generation.Kinds.WhQuestions;

public class ClauseParserTests
{
    [Test]
    public void Splits_a_fronted_phrase_subject_adverb_past_verb_and_remainder()
    {
        // Act
        var clause = ClauseParser.Parse("In 1971, Nixon finally ended the convertibility of the dollar", Lexicon.Default);

        // Assert
        Assert.That(clause, Is.Not.Null);
        Assert.That((clause!.Lead, clause.Subject, clause.Adverbs, clause.Verb.Shape, clause.Verb.Verb?.Base, clause.Remainder),
            Is.EqualTo(("In 1971", "Nixon", "finally", VerbShape.SimplePast, "end", "the convertibility of the dollar")));
    }

    [Test]
    public void An_auxiliary_takes_its_participles_along()
    {
        // Act
        var clause = ClauseParser.Parse("Iraq has also repatriated 10,400 of its citizens", Lexicon.Default);

        // Assert
        Assert.That(clause, Is.Not.Null);
        Assert.That((clause!.Subject, clause.Verb.Shape, clause.Verb.Finite, clause.Verb.Chain, clause.Remainder),
            Is.EqualTo(("Iraq", VerbShape.Auxiliary, "has", "also repatriated", "10,400 of its citizens")));
    }

    [Test]
    public void There_is_the_subject_of_an_existential_clause()
    {
        // Act
        var clause = ClauseParser.Parse("There were 31,000 fighters in the camp", Lexicon.Default);

        // Assert
        Assert.That(clause, Is.Not.Null);
        Assert.That((clause!.Subject, clause.Verb.Shape, clause.Remainder), Is.EqualTo(("there", VerbShape.Copula, "31,000 fighters in the camp")));
    }

    [TestCase("The meeting held in Rome was attended by 80 ministers", TestName = "A participle before the real verb makes the clause ambiguous")]
    [TestCase("The attack, which shocked France, killed 130 people", TestName = "A comma inside the subject is more than a noun phrase")]
    [TestCase("It killed 130 people", TestName = "A pronoun is no subject to ask about")]
    [TestCase("The army beleaguered 12 villages", TestName = "A verb outside the lexicon is not recognised")]
    [TestCase("In 2017 the coalition dismantled the stronghold", TestName = "A fronted phrase without its comma is not split")]
    [TestCase("The two convicted reportedly murdered Aitchison on November 23, 2011", TestName = "A past form after an adverb after the verb makes the clause ambiguous")]
    public void Clauses_that_are_not_plain_give_nothing(string body)
    {
        // Act
        var clause = ClauseParser.Parse(body, Lexicon.Default);

        // Assert
        Assert.That(clause, Is.Null);
    }
}

using StudyDecks.Core.Analysis;
using StudyDecks.Core.Facts;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Facts;

public class QuoteFinderTests
{
    private static List<QuoteFact> Quotes(string body)
    {
        var (analysis, _) = ArticleText.Resolve(body);
        return new QuoteFinder(Lexicon.Default).Find(analysis);
    }

    [Test]
    public void He_said_refers_to_the_one_person_the_sentence_before_names()
    {
        // Arrange
        const string Body = "Professor Cres Eastman studies iodine. Professor Eastman says manufacturers could easily remedy the situation. "
            + "\"I suspect they won't do that on a voluntary basis unless the law makes them,\" he said.";

        // Act
        var quote = Quotes(Body).Single(fact => fact.ReportingVerb is null);

        // Assert
        Assert.That((quote.Speaker.Canonical, quote.Quote), Is.EqualTo(("Cres Eastman", "I suspect they won't do that on a voluntary basis unless the law makes them")));
    }

    [Test]
    public void He_said_is_not_attributed_when_the_sentence_before_names_two_people()
    {
        // Arrange
        const string Body = "Lydia Buchtmann met Professor Mu Li in Sydney last year. "
            + "\"We need to make sure there is sufficient iodine added into the food supply,\" she said.";

        // Act
        var quotes = Quotes(Body);

        // Assert
        Assert.That(quotes, Is.Empty);
    }

    [Test]
    public void A_sentence_that_is_all_quotation_continues_the_last_speaker()
    {
        // Arrange
        const string Body = "“Congratulations to the PACE team on a successful launch,” said NASA Administrator Bill Nelson. "
            + "“Missions like this are supporting the climate agenda and helping us answer urgent questions.”";

        // Act
        var quotes = Quotes(Body);

        // Assert
        Assert.That(quotes.Select(fact => (fact.Sentence.Index, fact.Speaker.Canonical)), Is.EqualTo(new[] { (0, "Bill Nelson"), (1, "Bill Nelson") }));
    }

    [Test]
    public void A_quotation_after_narration_is_not_given_a_speaker()
    {
        // Arrange
        const string Body = "“Congratulations to the PACE team on a successful launch,” said NASA Administrator Bill Nelson. "
            + "The satellite carries two instruments. “Missions like this are supporting the climate agenda and helping us answer urgent questions.”";

        // Act
        var quotes = Quotes(Body);

        // Assert
        Assert.That(quotes.Select(fact => fact.Sentence.Index), Is.EqualTo(new[] { 0 }));
    }

    [Test]
    public void A_titled_surname_before_said_is_the_speaker()
    {
        // Arrange
        const string Body = "Professor Cres Eastman leads the study. "
            + "\"The effects of iodine deficiency are dependent upon how severe it is and when it occurs,\" Professor Eastman said.";

        // Act
        var quote = Quotes(Body).Single(fact => fact.Sentence.Index == 1);

        // Assert
        Assert.That(quote.Speaker.Canonical, Is.EqualTo("Cres Eastman"));
    }

    [Test]
    public void Reported_speech_opening_with_the_speaker_is_a_statement_of_theirs()
    {
        // Arrange
        const string Body = "Professor Cres Eastman leads the study. "
            + "Professor Eastman says iodine is added to only 10 per cent of Australian salt in contravention of a recommendation.";

        // Act
        var quote = Quotes(Body).Single();

        // Assert
        Assert.That((quote.Speaker.Canonical, quote.ReportingVerb, quote.Quote), Is.EqualTo(("Cres Eastman", "says", "iodine is added to only 10 per cent of Australian salt in contravention of a recommendation")));
    }

    [Test]
    public void Reported_speech_opened_by_he_belongs_to_the_one_person_the_sentence_before_names()
    {
        // Arrange
        const string Body = "Professor Cres Eastman leads the national study. He says manufacturers could easily remedy the shortage by using iodised salt.";

        // Act
        var quote = Quotes(Body).Single();

        // Assert
        Assert.That((quote.Sentence.Index, quote.Speaker.Canonical, quote.Quote), Is.EqualTo((1, "Cres Eastman", "manufacturers could easily remedy the shortage by using iodised salt")));
    }

    [TestCase("Professor Cres Eastman said he is alarmed by what they found in the survey of schools.")]
    [TestCase("Lydia Buchtmann spoke for the agency. She says the issue is complicated and will take time to get right.")]
    [TestCase("Professor Cres Eastman told reporters the salt supply should be iodised by law.")]
    [TestCase("Professor Cres Eastman says salt matters.")]
    public void Reported_speech_that_does_not_stand_alone_is_not_kept(string sentence)
    {
        // Act
        var quotes = Quotes(sentence);

        // Assert
        Assert.That(quotes, Is.Empty);
    }
}

using StudyDecks.Core.Generation.Repairs;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation;

public class PronounResolverTests
{
    [Test]
    public void Names_the_one_person_of_the_sentence_before()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("On August 15, 1971, President Richard Nixon spoke on television. He also ordered that an extra 10 percent tariff be levied on all imports.");
        var sentence = analysis.Sentences[1];

        // Act
        var stem = PronounResolver.Resolve(analysis, sentence, "He also ordered that an extra _____ tariff be levied on all imports.");

        // Assert
        Assert.That(stem, Is.EqualTo("Richard Nixon also ordered that an extra _____ tariff be levied on all imports."));
    }

    [Test]
    public void Leaves_the_pronoun_when_the_sentence_before_names_two_people()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Antony Blinken met Fuad Hussein in Washington. He also visited the Kurdistan Region.");
        var sentence = analysis.Sentences[1];

        // Act
        var stem = PronounResolver.Resolve(analysis, sentence, "He also visited the _____.");

        // Assert
        Assert.That(stem, Is.Null);
    }
}
